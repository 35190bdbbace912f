/** A resource the Kestra MCP server offers: a fixed URI and a function that reads its text. */
export interface KestraResource {
  /** e.g. "kestra://schema/spec.json". */
  readonly uri: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly mimeType: string;
  read(): Promise<string>;
}

/** A file shipped with the package (docs/, examples/), found from this module's place in src/ or dist/. */
export function packageFile(relative: string): URL {
  return new URL(`../../../${relative}`, import.meta.url);
}
