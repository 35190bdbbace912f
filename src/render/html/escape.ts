/** HTML escaping for every string that comes from the input or the report: text and attribute values alike. */

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values; control characters become spaces. */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** A string usable as an element id (letters, digits, "-", "_"), prefixed so it never starts with a digit. */
export function htmlId(prefix: string, value: string): string {
  return `${prefix}-${value.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
