/**
 * Spots secrets in an inventory line before anything reads it: a key naming a password or token,
 * "password is …" in prose, or a value shaped like a key (src/intake/secrets.ts). Such a line is not
 * interpreted and its text never reaches any output.
 */
import { isSecretKey, secretShapeOf } from '../secrets.js';
import { splitKeyValue } from './text-values.js';

const secretWords = /\b(pass(word|wd|phrase)?|pwd|pw|pin|secret|tokens?|api[\s_-]?keys?|apikey|private[\s_-]?key|psk|pre[\s_-]?shared[\s_-]?key|wpa2?[\s_-]?(key|pass\w*)|credentials?|auth[\s_-]?key|access[\s_-]?key|ssh[\s_-]?key|license[\s_-]?key|enrol?lment[\s_-]?key|community\s+string)\b/i;

/** Why `text` holds a secret (never the secret itself), or undefined. */
export function secretInLine(text: string): string | undefined {
  const pair = splitKeyValue(text);
  if (pair && pair.value !== '' && (isSecretKey(pair.key.replace(/\s+/g, '_')) || secretWords.test(pair.key))) return `the key "${pair.key.slice(0, 40)}" names a secret`;
  if (secretWords.test(text) && /\b(pass(word|wd|phrase)?|pwd|pw|pin|secret|token|key|psk)\b\s*(is|=|:|was|->)?\s*["'`]?\S{4,}/i.test(text)) return 'the line gives a password, token or key';
  const shape = secretShapeOf(text);
  return shape ? `the line holds ${shape}` : undefined;
}
