/**
 * Words that show a step carries a validation, a rollback or a pre-check, and that a risk carries a
 * mitigation. Read over the step's or risk's whole text (nested bullets and code included).
 */

/** A validation: the words people use, or a command that inspects state. */
export const validationPattern = new RegExp(
  [
    String.raw`\b(?:validat\w*|verif\w*|confirm\w*|checks?\b|checked|expect(?:ed)?|smoke[- ]?tests?|post-?checks?|health[- ]?checks?|acceptance|success criteria)`,
    String.raw`\bshould (?:now )?(?:show|return|report|print|list|be|see|reach|respond|resolve|answer)`,
    String.raw`\btest (?:that|the|it|failover|restore|a restore)`,
    String.raw`\b(?:zpool (?:status|list)|zfs list|pvecm (?:status|nodes)|ha-manager status|ceph (?:-s|status|health)|systemctl status|journalctl|smartctl|iperf3?|ping|dig|nslookup|curl|upsc|apcaccess|pveversion|qm status|pct status)\b`,
  ].join('|'),
  'i',
);

/** A rollback: how to undo the step. */
export const rollbackPattern =
  /\b(?:roll(?:ed|ing)?[- ]?back|rollbacks?|revert\w*|undo|back[- ]?out|restore (?:from|the|it|them)|fall[- ]?back|abort|reverse (?:the|this)|put (?:it|them) back|switch back|go back to|re-?attach|re-?add)\b/i;

/** A pre-check: what must hold before the step runs. */
export const precheckPattern =
  /\b(?:pre-?checks?|pre-?flight|prerequisites?|pre-?requisites?|before (?:you |starting|proceeding|continuing|making|changing|the change|anything)|(?:make sure|confirm|verify|check) .{0,60}\bbefore\b|(?:confirm|verify|check)\w* (?:that )?(?:the |a |last night's |tonight's )?(?:latest |last |recent |fresh |current )?(?:backups?|versions?|firmware|free (?:space|capacity)|quorum))/i;

/** A mitigation: the words people use to say what reduces a risk. */
export const mitigationPattern =
  /\b(?:mitigat\w*|countermeasures?|remediat\w*|workarounds?|contingency|fallback|addressed by|reduced? by|prevent\w*|fix(?:ed)? by|resolved? by|response|treatment|in place)\b|→|->|⇒/i;

/** A label that starts a mitigation line attached to the risk before it ("Mitigation: …"). */
export const mitigationLabelPattern = /^\s*(?:mitigations?|countermeasures?|response|fix|remediation|treatment)\b/i;

/** A table header naming the mitigation column of a risk table. */
export const mitigationHeaderPattern = /mitigat|countermeasure|remediat|response|treatment|control|fix|action|plan/i;
/** A table header naming the validation column of a runbook table. */
export const validationHeaderPattern = /validat|verif|check|test|expect|success/i;
/** A table header naming the rollback column of a runbook table. */
export const rollbackHeaderPattern = /roll ?back|revert|undo|back-?out|fallback/i;
/** A table header naming the pre-check column of a runbook table. */
export const precheckHeaderPattern = /pre-?check|prereq|pre-?condition|before/i;
/** A table whose header has one of these is a runbook: its rows are steps. */
export const stepTableHeaderPattern = /^(?:#|no\.?|step|action|task|change|command|what)\b/i;

/** A cell that says nothing: empty, a dash, "TBD", "n/a". */
export const placeholderPattern = /^\s*(?:|-+|—|–|n\/?a|none|tbd|tba|todo|to do|\?+|…|\.\.\.|pending|later)\s*\.?\s*$/i;
