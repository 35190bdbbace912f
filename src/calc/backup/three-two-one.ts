/**
 * The 3-2-1 rule (US-CERT "Data Backup Options", Ruggiero and Heckathorn, 2012): "Keep 3 copies of
 * any important file: 1 primary and 2 backups… on 2 different media types… Store 1 copy offsite",
 * copy at https://docslib.org/doc/1223610/data-backup-options-paul-ruggiero-and-matthew-a. The
 * vendor convention 3-2-1-1-0 (Veeam,
 * https://community.veeam.com/blogs-and-podcasts-57/the-3-2-1-1-0-rule-in-practice-how-to-actually-implement-it-with-veeam-12799)
 * adds one offline/air-gapped/immutable copy and zero errors on recovery verification.
 */

/** What is known about the copies of one piece of data. The primary counts as one copy. */
export interface CopyCensus {
  /** Primary + backup copies. */
  readonly copies: number;
  /** Distinct media among them. */
  readonly media: number;
  /** Copies at another site. */
  readonly offsite: number;
  /** Immutable or offline copies. */
  readonly immutable: number;
  /** Restores are verified (verify jobs or restore tests) with no errors. */
  readonly verified: boolean;
}

export interface RuleVerdict {
  readonly passes: boolean;
  /** What is short, one phrase each, e.g. "2 of 3 copies". */
  readonly shortfalls: readonly string[];
}

/** 3 copies, 2 media, 1 offsite. */
export function evaluateThreeTwoOne(census: CopyCensus): RuleVerdict {
  const shortfalls = [
    ...(census.copies < 3 ? [`${census.copies} of 3 copies`] : []),
    ...(census.media < 2 ? [`${census.media} of 2 media`] : []),
    ...(census.offsite < 1 ? ['no offsite copy'] : []),
  ];
  return { passes: shortfalls.length === 0, shortfalls };
}

/** 3-2-1 plus 1 immutable/offline copy and 0 errors on verified restores. */
export function evaluateThreeTwoOneOneZero(census: CopyCensus): RuleVerdict {
  const base = evaluateThreeTwoOne(census);
  const shortfalls = [
    ...base.shortfalls,
    ...(census.immutable < 1 ? ['no immutable or offline copy'] : []),
    ...(census.verified ? [] : ['restores are not verified']),
  ];
  return { passes: shortfalls.length === 0, shortfalls };
}
