/** The persona's invocation form: parse, format, recognise. */
export { type Invocation, SUPPORTED_PERSONAS } from './invocation.js';
export { parseInvocation, type InvocationResult } from './parse-invocation.js';
export { formatInvocation } from './format-invocation.js';
export { looksLikeInvocation } from './looks-like-invocation.js';
export { type PatternId, patternIds, resolvePattern, isPatternId } from './pattern-ids.js';
