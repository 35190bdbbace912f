/** Everything Kestra reads from NetBox, as the API returned it; the mapping is pure over this. */
type Json = Record<string, unknown>;

export interface NetboxSnapshot {
  /** "4.1.6"; undefined when the server did not say. */
  readonly version?: string;
  readonly devices: readonly Json[];
  readonly interfaces: readonly Json[];
  readonly cables: readonly Json[];
  readonly vlans: readonly Json[];
  readonly prefixes: readonly Json[];
  readonly virtualMachines: readonly Json[];
  readonly clusters: readonly Json[];
  readonly powerPorts: readonly Json[];
  readonly powerFeeds: readonly Json[];
  readonly powerPanels: readonly Json[];
  /** The --site filter, when one was given. */
  readonly site?: string;
}
