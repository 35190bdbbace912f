/**
 * Mean time to data loss of disk arrays, the classic Markov approximations with repair (Patterson,
 * Gibson and Katz 1988, "A Case for Redundant Arrays of Inexpensive Disks (RAID)"; checked against
 * the worked examples of reference MT1–MT6). They ignore unrecoverable read errors during rebuild
 * and correlated failures, so real arrays lose data sooner. Times are in hours (any one unit).
 */

/** n devices that are all needed: MTTF / n (MT1). */
export function seriesMttf(mttf: number, devices: number): number {
  checkPositive(mttf, devices);
  return mttf / devices;
}

/** Two-way mirror with repair: MTTF² / (2·MTTR) (MT2). */
export function mirrorMttdl(mttf: number, mttr: number): number {
  checkPositive(mttf, 2, mttr);
  return mttf ** 2 / (2 * mttr);
}

/** Single parity (RAID5, RAIDZ1) over N disks: MTTF² / (N(N−1)·MTTR) (MT4, MT6). */
export function singleParityMttdl(mttf: number, disks: number, mttr: number): number {
  checkPositive(mttf, disks, mttr);
  if (disks < 2) throw new RangeError('single parity needs at least 2 disks');
  return mttf ** 2 / (disks * (disks - 1) * mttr);
}

/** Double parity (RAID6, RAIDZ2) over N disks: MTTF³ / (N(N−1)(N−2)·MTTR²) (MT6). */
export function doubleParityMttdl(mttf: number, disks: number, mttr: number): number {
  checkPositive(mttf, disks, mttr);
  if (disks < 3) throw new RangeError('double parity needs at least 3 disks');
  return mttf ** 3 / (disks * (disks - 1) * (disks - 2) * mttr ** 2);
}

/** n identical devices in parallel without repair: MTTF × (1 + 1/2 + … + 1/n) (MT3). */
export function parallelMttfWithoutRepair(mttf: number, devices: number): number {
  checkPositive(mttf, devices);
  if (!Number.isInteger(devices)) throw new RangeError('the device count must be whole');
  let harmonic = 0;
  for (let i = 1; i <= devices; i += 1) harmonic += 1 / i;
  return mttf * harmonic;
}

function checkPositive(mttf: number, devices: number, mttr = 1): void {
  if (!(mttf > 0) || !(devices >= 1) || !(mttr > 0)) throw new RangeError('MTTF, MTTR and the device count must be positive');
}
