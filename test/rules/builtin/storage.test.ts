import { cephFewerThanThreeNodes } from '../../../src/rules/builtin/storage/ceph-fewer-than-three-nodes.js';
import { cephNoRoomToReheal } from '../../../src/rules/builtin/storage/ceph-no-room-to-reheal.js';
import { cephPoolReplication } from '../../../src/rules/builtin/storage/ceph-pool-replication.js';
import { criticalDataWithoutRedundancy } from '../../../src/rules/builtin/storage/critical-data-without-redundancy.js';
import { poolAboveFillLimit } from '../../../src/rules/builtin/storage/pool-above-fill-limit.js';
import { poolFillsWithinSixMonths } from '../../../src/rules/builtin/storage/pool-fills-within-six-months.js';
import { raidz1LargeDisks } from '../../../src/rules/builtin/storage/raidz1-large-disks.js';
import { singleParityRaidLargeDisks } from '../../../src/rules/builtin/storage/single-parity-raid-large-disks.js';
import { smrDiskInZfs } from '../../../src/rules/builtin/storage/smr-disk-in-zfs.js';
import { HEADER, documentedExamples, fact, ruleTester } from '../../helpers/rule-tester.js';

const noPools = `${HEADER}hosts:\n  - { id: nas, role: nas }\n`;

ruleTester.run(smrDiskInZfs, {
  ...documentedExamples(smrDiskInZfs, [{ messageId: 'smr', subject: 'tank', line: 9, column: 7 }]),
  notApplicable: [{ name: 'no ZFS pools', spec: noPools }],
});

const raidz = (size: string, layout: string) => `${HEADER}hosts:
  - { id: nas, role: nas, disks: [{ id: hdd, size: ${size}, kind: hdd, count: 4 }] }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: ${layout}, disks: [hdd] }] }
`;

ruleTester.run(raidz1LargeDisks, {
  valid: [
    { name: 'RAIDZ1 of 4 TB disks is under the 8 TB threshold', spec: raidz('4TB', 'raidz1') },
    { name: 'threshold lowered by option still passes 2 TB disks', spec: raidz('2TB', 'raidz1'), options: { minDiskSize: '4TB' } },
  ],
  invalid: [
    ...documentedExamples(raidz1LargeDisks, [{ messageId: 'raidz1', subject: 'tank', line: 7, column: 7 }]).invalid,
    { name: 'exactly 8 TB counts as large', spec: raidz('8TB', 'raidz1'), errors: [{ messageId: 'raidz1', subject: 'tank', line: 7, column: 7 }] },
    { name: 'option lowers the threshold', spec: raidz('4TB', 'raidz1'), options: { minDiskSize: '4TB' }, errors: [{ messageId: 'raidz1', subject: 'tank', line: 7, column: 7 }] },
  ],
  notApplicable: [{ name: 'RAIDZ2 only', spec: raidz('8TB', 'raidz2') }],
});

ruleTester.run(singleParityRaidLargeDisks, {
  valid: [{ name: 'RAID 5 of 4 TB disks', spec: singleParityRaidLargeDisks.meta.examples.failing.replace('size: 8TB', 'size: 4TB') }],
  invalid: documentedExamples(singleParityRaidLargeDisks, [{ messageId: 'singleParity', subject: 'volume1', line: 7, column: 7 }]).invalid,
  notApplicable: [{ name: 'SHR-2', spec: singleParityRaidLargeDisks.meta.examples.passing }],
});

ruleTester.run(criticalDataWithoutRedundancy, {
  valid: [
    criticalDataWithoutRedundancy.meta.examples.passing,
  ].map((spec) => ({ name: 'mirror', spec })),
  invalid: [
    { name: 'documented failing example', spec: criticalDataWithoutRedundancy.meta.examples.failing, errors: [{ messageId: 'noRedundancy', subject: 'local', line: 7, column: 7 }] },
    {
      name: 'through shared storage to a size-1 Ceph pool',
      spec: `${HEADER}hosts:
  - { id: pve1, role: hypervisor }
storage:
  ceph:
    - { id: ceph, pools: [{ id: rbd, size: 1, minSize: 1 }] }
clusters:
  proxmox:
    - { id: lab, nodes: [pve1], sharedStorage: [{ id: ceph-vm, kind: ceph, source: rbd }] }
workloads:
  - { id: db, kind: vm, host: pve1, storage: ceph-vm, criticality: high }
`,
      errors: [{ messageId: 'noRedundancy', subject: 'rbd', line: 7, column: 7 }],
    },
    {
      name: 'the fault-tolerance fact wins over the layout',
      spec: criticalDataWithoutRedundancy.meta.examples.passing,
      facts: [fact('storage/local/fault-tolerance', 0, 'count')],
      errors: [{ messageId: 'noRedundancy', subject: 'local', line: 7, column: 7 }],
    },
  ],
  notApplicable: [
    { name: 'only low workloads', spec: criticalDataWithoutRedundancy.meta.examples.failing.replace('criticality: critical', 'criticality: low') },
  ],
});

const fillFacts = (fill: number, days?: number) => [fact('storage/tank/fill', fill, 'ratio'), ...(days === undefined ? [] : [fact('storage/tank/days-to-fill-limit', days, 'days')])];

ruleTester.run(poolAboveFillLimit, {
  valid: [
    { name: '80 % exactly is at, not above, the limit', spec: poolAboveFillLimit.meta.examples.passing, facts: fillFacts(0.8) },
    { name: 'a pool fill limit of 90 %', spec: poolAboveFillLimit.meta.examples.failing.replace('used: 3.4TB', 'used: 3.4TB, fillLimit: 90%'), facts: fillFacts(0.87) },
  ],
  invalid: [{ name: 'documented failing example at 87 %', spec: poolAboveFillLimit.meta.examples.failing, facts: fillFacts(0.87), errors: [{ messageId: 'full', subject: 'tank', line: 7, column: 7 }] }],
  notApplicable: [{ name: 'no fill fact (storage analyzer not run)', spec: poolAboveFillLimit.meta.examples.failing }],
});

ruleTester.run(poolFillsWithinSixMonths, {
  valid: [
    { name: 'two years away', spec: poolFillsWithinSixMonths.meta.examples.passing, facts: fillFacts(0.3, 730) },
    { name: 'already past (the other rule reports it)', spec: poolFillsWithinSixMonths.meta.examples.failing, facts: fillFacts(0.9, 0) },
  ],
  invalid: [{ name: 'three months away', spec: poolFillsWithinSixMonths.meta.examples.failing, facts: fillFacts(0.7, 91.4), errors: [{ messageId: 'soon', subject: 'tank', line: 7, column: 7 }] }],
  notApplicable: [{ name: 'growth unknown', spec: poolFillsWithinSixMonths.meta.examples.failing, facts: fillFacts(0.7) }],
});

ruleTester.run(cephFewerThanThreeNodes, {
  ...documentedExamples(cephFewerThanThreeNodes, [
    { messageId: 'monitors', subject: 'ceph', line: 8, column: 7 },
    { messageId: 'hosts', subject: 'ceph', line: 8, column: 7 },
  ]),
  notApplicable: [{ name: 'no Ceph', spec: noPools }],
});

ruleTester.run(cephPoolReplication, {
  valid: [
    { name: 'size 3, min_size 2', spec: cephPoolReplication.meta.examples.passing },
    { name: 'defaults (3/2)', spec: `${HEADER}storage:\n  ceph:\n    - { id: ceph, pools: [{ id: vm }] }\n` },
  ],
  invalid: [
    {
      name: 'size 2 / min_size 1',
      spec: cephPoolReplication.meta.examples.failing,
      errors: [
        { messageId: 'minSize', subject: 'vm', line: 5, column: 7 },
        { messageId: 'size', subject: 'vm', line: 5, column: 7 },
      ],
    },
    { name: 'size 2 defaults min_size to 1', spec: `${HEADER}storage:\n  ceph:\n    - { id: ceph, pools: [{ id: vm, size: 2 }] }\n`, errors: [{ messageId: 'minSize', subject: 'vm', line: 5, column: 7 }, { messageId: 'size', subject: 'vm', line: 5, column: 7 }] },
  ],
  notApplicable: [{ name: 'erasure-coded pool only', spec: `${HEADER}storage:\n  ceph:\n    - { id: ceph, pools: [{ id: ec, type: erasure, k: 2, m: 2 }] }\n` }],
});

ruleTester.run(cephNoRoomToReheal, {
  valid: [{ name: 'four hosts', spec: cephNoRoomToReheal.meta.examples.passing, facts: [fact('storage/ceph/can-reheal-after-host-loss', true, 'boolean')] }],
  invalid: [
    {
      name: 'three hosts for size 3',
      spec: cephNoRoomToReheal.meta.examples.failing,
      facts: [fact('storage/ceph/can-reheal-after-host-loss', false, 'boolean'), fact('storage/ceph/hosts', 3, 'count')],
      errors: [{ messageId: 'noRoom', subject: 'ceph', line: 9, column: 7 }],
    },
  ],
  notApplicable: [{ name: 'no fact', spec: cephNoRoomToReheal.meta.examples.failing }],
});
