// What the people list can be sorted and filtered by: one list of values for the API, CLI and web app.
import type { PersonSourceKind } from '../db/schema/people';

export const PEOPLE_SORTS = ['name', 'last-contact', 'trust', 'added'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** The direction a sort takes unless told: names A–Z; the latest contact, highest trust and newest first. */
export const DEFAULT_DIRECTION: Record<PeopleSort, SortDirection> = {
  name: 'asc',
  'last-contact': 'desc',
  trust: 'desc',
  added: 'desc',
};

/**
 * A source as the list filters by it: `hand`, `demo`, `request`, `import` (people imported before
 * imports were recorded on them) or an import's id.
 */
export interface SourceFilter {
  kind: PersonSourceKind;
  importId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SOURCE_KEY_PATTERN =
  /^(hand|demo|request|import|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/** The key that names a source in a query (`?source=`, `--source`): the import's id, else the kind. */
export const sourceKey = (s: SourceFilter): string => s.importId ?? s.kind;

export function parseSourceKey(key: string): SourceFilter | null {
  if (UUID.test(key)) return { kind: 'import', importId: key.toLowerCase() };
  if (key === 'hand' || key === 'demo' || key === 'request' || key === 'import')
    return { kind: key, importId: null };
  return null;
}
