/**
 * Mini PCs, NAS units and small servers seen in homelabs: the CPU where the model comes with only
 * one, the most memory the vendor supports, and the built-in Ethernet ports. Machines sold with a
 * choice of CPUs (ThinkCentre Tiny, MS-01, MicroServer) do not imply a CPU: the inventory must say.
 * Power draw is left out on purpose: vendors publish PSU ratings, not measured idle/load draw.
 * Sources are the model's own vendor page or datasheet; verification status: docs/hardware-catalog.md.
 */
import type { CatalogEntry, MachineFacts } from './catalog-entry.js';

const psref = (model: string) => `https://psref.lenovo.com/Product/ThinkCentre/ThinkCentre_${model}`;
/** Lenovo's PSREF specification sheet of the M720 Tiny (the M720q). */
const psrefM720Tiny = 'https://psref.lenovo.com/syspool/Sys/PDF/ThinkCentre/ThinkCentre_M720_Tiny/ThinkCentre_M720_Tiny_Spec.pdf';
/**
 * Intel's page of a NUC kit by its product id (the id of its specification page, e.g. .../sku/205594/intel-nuc-11-pro-kit-nuc11tnhi5/...),
 * in ARK's short form: the name part of the long form is known for the NUC 11 only.
 */
const nucKit = (id: number) => `https://ark.intel.com/products/${id}`;
const nuc11Pro = nucKit(205594);
const nuc12Pro = nucKit(121626);
const nuc13Pro = nucKit(233098);
const synology = (model: string) => `https://www.synology.com/en-global/products/${model}#specs`;
const ds920Sheet = 'https://global.download.synology.com/download/Document/Hardware/DataSheet/DiskStation/20-year/DS920+/enu/Synology_DS920_Plus_Data_Sheet_enu.pdf';

/** Complete machines by model name. */
export const machineCatalog: readonly CatalogEntry<MachineFacts>[] = [
  {
    key: 'lenovo-m720q',
    name: 'Lenovo ThinkCentre M720q Tiny',
    match: /\bm720q\b/i,
    facts: {
      maxMemory: { value: '32GB', source: psrefM720Tiny },
      nics: { value: [{ count: 1, speed: '1GbE' }], source: psrefM720Tiny },
    },
  },
  {
    key: 'lenovo-m920q',
    name: 'Lenovo ThinkCentre M920q Tiny',
    match: /\bm920q\b/i,
    facts: {
      maxMemory: { value: '32GB', source: psref('M920q') },
      nics: { value: [{ count: 1, speed: '1GbE' }], source: psref('M920q') },
    },
  },
  {
    key: 'intel-nuc-11-pro',
    name: 'Intel NUC 11 Pro (NUC11TNH)',
    match: /\bnuc\s*11\s*pro\b|\bnuc11tn/i,
    facts: {
      maxMemory: { value: '64GB', source: nuc11Pro },
      nics: { value: [{ count: 1, speed: '2.5GbE' }], source: nuc11Pro },
    },
  },
  {
    key: 'intel-nuc-12-pro',
    name: 'Intel NUC 12 Pro (NUC12WSH)',
    match: /\bnuc\s*12\s*pro\b|\bnuc12ws/i,
    facts: {
      maxMemory: { value: '64GB', source: nuc12Pro },
      nics: { value: [{ count: 1, speed: '2.5GbE' }], source: nuc12Pro },
    },
  },
  {
    key: 'intel-nuc-13-pro',
    name: 'Intel NUC 13 Pro (NUC13ANH)',
    match: /\bnuc\s*13\s*pro\b|\bnuc13an/i,
    facts: {
      maxMemory: { value: '64GB', source: nuc13Pro },
      nics: { value: [{ count: 1, speed: '2.5GbE' }], source: nuc13Pro },
    },
  },
  {
    key: 'minisforum-ms-01',
    name: 'Minisforum MS-01',
    match: /\bms-?01\b/i,
    facts: {
      hostRole: 'hypervisor',
      maxMemory: { value: '64GB', source: 'https://store.minisforum.com/products/minisforum-ms-01' },
      nics: {
        value: [
          { count: 2, speed: '10GbE' },
          { count: 2, speed: '2.5GbE' },
        ],
        source: 'https://store.minisforum.com/products/minisforum-ms-01',
      },
    },
  },
  {
    key: 'beelink-eq12',
    name: 'Beelink EQ12',
    match: /\beq12\b(?!\s*pro)/i,
    // Beelink's pages are per CPU (this one is the N100 variant): the name EQ12 alone does not imply the CPU.
    facts: {
      nics: { value: [{ count: 2, speed: '2.5GbE' }], source: 'https://www.bee-link.com/products/beelink-eq12-n100' },
    },
  },
  {
    key: 'hpe-microserver-gen10-plus',
    name: 'HPE ProLiant MicroServer Gen10 Plus',
    match: /\bmicro\s*server\s*gen\s*10\s*plus\b|\bmicroserver\s*gen10\+/i,
    facts: {
      hostRole: 'server',
      maxMemory: { value: '32GB', source: 'https://www.hpe.com/psnow/doc/a00073554enw' },
      eccMemory: { value: true, source: 'https://www.hpe.com/psnow/doc/a00073554enw' },
      nics: { value: [{ count: 4, speed: '1GbE' }], source: 'https://www.hpe.com/psnow/doc/a00073554enw' },
    },
  },
  {
    key: 'synology-ds220plus',
    name: 'Synology DS220+',
    match: /\bds220\+/i,
    facts: {
      hostRole: 'nas',
      cpu: { value: 'Intel Celeron J4025', source: synology('DS220+') },
      maxMemory: { value: '6GB', source: synology('DS220+') },
      nics: { value: [{ count: 2, speed: '1GbE' }], source: synology('DS220+') },
    },
  },
  {
    key: 'synology-ds224plus',
    name: 'Synology DS224+',
    match: /\bds224\+/i,
    facts: {
      hostRole: 'nas',
      cpu: { value: 'Intel Celeron J4125', source: synology('DS224+') },
      maxMemory: { value: '6GB', source: synology('DS224+') },
      nics: { value: [{ count: 2, speed: '1GbE' }], source: synology('DS224+') },
    },
  },
  {
    key: 'synology-ds920plus',
    name: 'Synology DS920+',
    match: /\bds920\+/i,
    facts: {
      hostRole: 'nas',
      cpu: { value: 'Intel Celeron J4125', source: ds920Sheet },
      maxMemory: { value: '8GB', source: ds920Sheet },
      nics: { value: [{ count: 2, speed: '1GbE' }], source: ds920Sheet },
    },
  },
  {
    key: 'synology-ds923plus',
    name: 'Synology DS923+',
    match: /\bds923\+/i,
    facts: {
      hostRole: 'nas',
      cpu: { value: 'AMD Ryzen Embedded R1600', source: synology('DS923+') },
      maxMemory: { value: '32GB', source: synology('DS923+') },
      eccMemory: { value: true, source: synology('DS923+') },
      nics: { value: [{ count: 2, speed: '1GbE' }], source: synology('DS923+') },
    },
  },
  {
    key: 'qnap-ts-464',
    name: 'QNAP TS-464',
    match: /\bts-?464\b/i,
    facts: {
      hostRole: 'nas',
      cpu: { value: 'Intel Celeron N5095', source: 'https://www.qnap.com/en/product/ts-464/specs/hardware' },
      maxMemory: { value: '16GB', source: 'https://www.qnap.com/en/product/ts-464/specs/hardware' },
      nics: { value: [{ count: 2, speed: '2.5GbE' }], source: 'https://www.qnap.com/en/product/ts-464/specs/hardware' },
    },
  },
];
