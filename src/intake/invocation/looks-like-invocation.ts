/** Tells a persona invocation from a command name or a file path, so `kestra "Persona: …"` runs plan. */

/** True when `argument` starts with, or contains after punctuation, a "Persona:", "Task:" or "Inputs:" label. */
export function looksLikeInvocation(argument: string): boolean {
  return /(?:^|[.;,\n]\s*)(?:persona|task|inputs?)\s*:/i.test(argument.trimStart());
}
