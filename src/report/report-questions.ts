/**
 * Open questions the report itself raises when a figure or an analysis it needs is missing. They are how
 * the self-review's revision makes a gap explicit instead of silent (DESIGN.md: "a fact Kestra needs but
 * does not have becomes an open question").
 */
import type { OpenQuestion } from '../model/types.js';

export const reportQuestions = {
  'report/figures/cpu': 'What CPU allocation and overcommit does each host carry? No compute analysis ran, so vCPU per thread is not computed.',
  'report/figures/ram': 'How much memory is left on each host after its guests and the hypervisor? No compute analysis ran, so memory headroom is not computed.',
  'report/figures/throughput': 'What throughput do the links and the WAN give backups and migrations? No network analysis ran, so transfer times are not computed.',
  'report/figures/cost': 'What does the site cost to run per year? No power analysis ran, so energy use and cost are not computed.',
  'report/failure-analysis': 'Which components are single points of failure, and what goes down with each? No failure analysis ran, so single points of failure and blast radius are not computed; the failure-domain diagram under Risks shows what shares power, a switch or a host.',
  'report/rules': 'Which guardrails does the site break? No rules ran, so there are no findings and no remediation steps.',
} as const satisfies Record<string, string>;

export type ReportQuestionId = keyof typeof reportQuestions;

/** The open question for `id`. */
export function reportQuestion(id: ReportQuestionId): OpenQuestion {
  return { id, text: reportQuestions[id] };
}
