/** The rule catalog as the MCP server shows it (list_rules, kestra://rules): `kestra rules --format json`. */

/** The rules matching `filter` and their catalog entries. */
export async function ruleCatalog(filter: { layer?: string | undefined; severity?: string | undefined } = {}) {
  const { builtInRules } = await import('../rules/registry.js');
  const rules = builtInRules.filter((rule) => (filter.layer === undefined || rule.meta.layer === filter.layer) && (filter.severity === undefined || rule.meta.severity === filter.severity));
  return { rules, entries: rules.map(({ meta }) => ({ id: meta.id, layer: meta.layer, severity: meta.severity, title: meta.title, rationale: meta.rationale, remediation: meta.remediation, references: [...meta.references] })) };
}
