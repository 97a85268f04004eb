// Which records of an import need a look, and paging through the stored report.
import type { ImportRecordJson } from '../db/schema';

export type RecordFilter = 'all' | 'attention' | 'created' | 'merged' | 'skipped' | 'failed';

export function needsAttention(r: ImportRecordJson): boolean {
  return (
    r.outcome === 'failed' ||
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
