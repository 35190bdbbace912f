/**
 * The step for a change kind without its own template: add, remove or change the entity, with the
 * generic checks every step has (the spec validates, the analysis shows the intended figures).
 */
import { collectionNouns } from '../../model/collections.js';
import type { Change } from '../plan-types.js';
import { MINUTE, draft, listText, type StepDraft } from './step-draft.js';

/** Add, remove or change `change.subject` in words. */
export function genericTemplate(change: Change): StepDraft[] {
  const noun = change.collection !== undefined ? collectionNouns[change.collection] : change.subject;
  const op = change.kind.endsWith('.add') ? 'add' : change.kind.endsWith('.remove') ? 'remove' : 'modify';
  const what = op === 'add' ? `Add ${noun} ${change.subject}` : op === 'remove' ? `Remove ${noun} ${change.subject}` : `Change ${noun} ${change.subject}`;
  return [
    draft(change, {
      title: what,
      action: { summary: op === 'modify' ? `Set ${listText(change.fields.map((field) => field.path))} as the target spec says.` : `${what} as the target spec describes it.`, commands: [] },
      validation: [`kestra validate on the updated spec passes and kestra analyze shows ${change.subject} as intended`],
      rollback: [op === 'add' ? `Remove ${change.subject} again` : op === 'remove' ? `Restore ${change.subject} from the previous spec and configuration backup` : 'Set the previous values again'],
      duration: 30 * MINUTE,
    }),
  ];
}
