// Which records of an import need a look, and paging through the stored report.
import type { ImportRecordJson, StoredImportRecord } from '../db/schema';

export type RecordFilter = 'all' | 'attention' | 'created' | 'merged' | 'skipped' | 'failed';

export function needsAttention(r: ImportRecordJson): boolean {
  return (
    r.outcome === 'failed' ||
    // Skipped with no one to point at: a row left out on purpose (an organisation), which the user may want
    // imported after all. A record skipped as imported before names its person and needs no look.
    (r.outcome === 'skipped' && r.personId === null) ||
    r.conflicts.length > 0 ||
    r.warnings.length > 0 ||
    r.possibleDuplicates.length > 0
  );
}

export function matchesFilter(r: ImportRecordJson, filter: RecordFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'attention') return needsAttention(r);
  return r.outcome === filter;
}

/** The stored form of a report entry: without the empty lists and a null person id. */
export function compactRecord(r: ImportRecordJson): StoredImportRecord {
  const out: StoredImportRecord = { seq: r.seq, lines: r.lines, outcome: r.outcome, name: r.name };
  if (r.personId !== null) out.personId = r.personId;
  if (r.reasons.length) out.reasons = r.reasons;
  if (r.warnings.length) out.warnings = r.warnings;
  if (r.conflicts.length) out.conflicts = r.conflicts;
  if (r.possibleDuplicates.length) out.possibleDuplicates = r.possibleDuplicates;
  return out;
}

/** A stored report entry as the API shows it, every field present. */
export function expandRecord(s: StoredImportRecord): ImportRecordJson {
  return {
    seq: s.seq,
    lines: s.lines,
    outcome: s.outcome,
    personId: s.personId ?? null,
    name: s.name,
    reasons: s.reasons ?? [],
    warnings: s.warnings ?? [],
    conflicts: s.conflicts ?? [],
    possibleDuplicates: s.possibleDuplicates ?? [],
  };
}
