/**
 * The shape of the hardware catalog: what a model name implies, each figure with the vendor page it
 * comes from. A value used from the catalog is always reported as an Assumption with its source,
 * because the unit in front of the user may differ from the datasheet (a swapped CPU, added RAM).
 */

/** A vendor figure and the page that states it. */
export interface Sourced<T> {
  readonly value: T;
  /** Vendor specification page (or the vendor's own statement) the value comes from. */
  readonly source: string;
}

/** A catalog entry: how to recognise the model in free text, and what it implies. */
export interface CatalogEntry<Facts> {
  /** Stable key, e.g. "lenovo-m720q"; used in assumption ids. */
  readonly key: string;
  /** The model as a vendor names it, e.g. "Lenovo ThinkCentre M720q Tiny". */
  readonly name: string;
  /** Matches the model in what people write ("M720q", "ThinkCentre M720q Tiny"). Case-insensitive. */
  readonly match: RegExp;
  readonly facts: Facts;
}

/** Processor figures (Intel ARK, AMD product pages). */
export interface CpuFacts {
  readonly cores: Sourced<number>;
  readonly threads: Sourced<number>;
}

/** A built-in network port group, e.g. two 2.5 GbE ports. */
export interface PortGroup {
  readonly count: number;
  /** Text the rate parser reads, e.g. "2.5GbE". */
  readonly speed: string;
}

/** Figures of a complete machine: mini PCs, NAS units and small servers. */
export interface MachineFacts {
  readonly hostRole?: 'hypervisor' | 'nas' | 'server';
  /** The CPU, only for machines sold with one CPU (NAS units, fixed-SoC mini PCs); the model text for the CPU catalog. */
  readonly cpu?: Sourced<string>;
  /** Most memory the vendor supports, as text such as "64GB". */
  readonly maxMemory?: Sourced<string>;
  /** Built-in Ethernet ports. */
  readonly nics?: Sourced<readonly PortGroup[]>;
  readonly eccMemory?: Sourced<boolean>;
}

/** Figures of switches, gateways and access points. */
export interface NetworkDeviceFacts {
  readonly kind: 'router' | 'firewall' | 'gateway' | 'switch' | 'access-point';
  readonly vendor: string;
  readonly ports?: Sourced<readonly (PortGroup & { readonly poe?: boolean })[]>;
}

/** Figures of a UPS: its ratings and its battery. */
export interface UpsFacts {
  readonly va: Sourced<string>;
  readonly watts: Sourced<string>;
  /** Nominal battery energy (volts × amp-hours of the replacement cartridge), as text such as "216Wh". */
  readonly batteryWh?: Sourced<string>;
  readonly chemistry: 'lead-acid' | 'lithium';
}

/** What a disk model line implies about its recording technology. */
export interface DiskFacts {
  readonly kind: 'hdd' | 'ssd' | 'nvme';
  /** Shingled magnetic recording; undefined when the line does not tell. */
  readonly smr?: Sourced<boolean>;
}
