/** Fills `{name}` placeholders of a message template. */

/** Replaces every `{name}` in `template` with `data[name]`; a missing value is a bug in the rule, so it throws. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z0-9_.:-]+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    return String(value);
  });
}

/** The placeholder names a template uses, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_.:-]+)\}/g)].map((match) => match[1] ?? '');
}
