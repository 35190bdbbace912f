/**
 * Where the UniFi controller goes when the gateway that hosted it is replaced: the UniFi Network
 * Application in a container on the existing servers, or no controller (the access points and
 * switches keep their last configuration but can no longer be changed or updated centrally).
 */
import { GiB, bytes } from '../../../model/quantities.js';
import type { Model, Workload } from '../../../model/types.js';
import type { Column, Decision, Option } from '../../blueprint.js';
import { checkColumns, optionFigures } from '../../figures.js';
import { BLUEPRINT } from './hardware-options.js';

/** Memory assumed for the UniFi Network Application (Java and MongoDB); a planning figure. */
export const CONTROLLER_MEMORY = bytes(2 * GiB);

export type ControllerChoice = { readonly kind: 'container'; readonly runsOn?: string; readonly host?: string; readonly storage?: string } | { readonly kind: 'none' };

const columns: readonly Column[] = [
  { key: 'memory', label: 'Memory it takes', unit: 'bytes', better: 'lower' },
  { key: 'managed', label: 'Devices stay manageable', unit: 'boolean', better: 'higher' },
  { key: 'cost', label: 'Purchase cost', unit: 'money', better: 'lower' },
];

/** The controller decision; undefined when the old gateway controls nothing. */
export function controllerDecision(model: Model, managed: readonly string[], currency: string): { readonly decision: Decision; readonly choice: ControllerChoice } | undefined {
  if (managed.length === 0) return undefined;
  const dockerVm: Workload | undefined = model.workloads.find((workload) => workload.kind === 'vm' && /docker/iu.test(`${workload.id} ${workload.name ?? ''}`));
  const hypervisor = model.hosts.find((host) => host.role === 'hypervisor');
  const pool = model.storage.zfs.find((candidate) => candidate.host === hypervisor?.id);
  const where = dockerVm ? `in ${dockerVm.id}` : hypervisor ? `as an LXC container on ${hypervisor.id}` : undefined;
  const make = (option: string) => optionFigures(BLUEPRINT, 'controller', option, 'network');
  const options: Option[] = [
    {
      id: 'container',
      title: `UniFi Network Application ${where ?? 'on a server'}`,
      summary: 'Self-hosted controller; re-adopt the devices with set-inform.',
      figures: [
        make('container')('memory', { label: 'Memory it takes', unit: 'bytes', value: CONTROLLER_MEMORY, formula: 'UniFi Network Application with MongoDB (assumed 2 GiB)', inputs: [{ name: 'memory', value: CONTROLLER_MEMORY, unit: 'bytes', assumed: true }] }),
        make('container')('managed', { label: 'Devices stay manageable', unit: 'boolean', value: true, formula: 'the controller keeps running' }),
        make('container')('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency, formula: 'runs on existing servers' }),
      ],
      pros: ['Firmware updates, Wi-Fi and switch-port changes keep working', 'Backed up with the server'],
      cons: ['Devices must be re-adopted (set-inform) once'],
      viable: where !== undefined,
      whyNot: where === undefined ? ['No server to run it on'] : [],
    },
    {
      id: 'none',
      title: 'No controller',
      summary: 'The devices keep their last configuration.',
      figures: [
        make('none')('memory', { label: 'Memory it takes', unit: 'bytes', value: 0, formula: 'nothing runs' }),
        make('none')('managed', { label: 'Devices stay manageable', unit: 'boolean', value: false, formula: 'no controller' }),
        make('none')('cost', { label: 'Purchase cost', unit: 'money', value: 0, currency, formula: 'nothing to buy' }),
      ],
      pros: ['Nothing to run'],
      cons: [`${managed.join(', ')} can no longer be changed or updated; a factory reset loses their configuration for good`],
      viable: true,
      whyNot: [],
    },
  ];
  checkColumns(columns, options);
  const chosen = (options[0] as Option).viable ? (options[0] as Option) : (options[1] as Option);
  return {
    decision: {
      id: 'controller',
      question: `Where does the controller of ${managed.join(', ')} go?`,
      columns,
      options,
      choice: { optionId: chosen.id, rationale: chosen.id === 'container' ? `The old gateway hosts the UniFi controller; without one, ${managed.join(', ')} cannot be changed or updated. It fits ${where} for no purchase.` : 'No server can host the controller; the devices run on their last configuration.', cites: { rules: [], facts: chosen.figures.map((figure) => figure.fact.id) } },
    },
    choice: chosen.id === 'container' ? { kind: 'container', ...(dockerVm ? { runsOn: dockerVm.id } : { ...(hypervisor ? { host: hypervisor.id } : {}), ...(pool ? { storage: pool.id } : {}) }) } : { kind: 'none' },
  };
}
