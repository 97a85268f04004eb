// The PostgreSQL extensions the schema uses (migration 0011: accent folding and trigrams for searching
// people). PostgreSQL has them installed; PGlite loads each bundle when it is constructed, so every
// PGlite that opens a Linchpin database must be given these.
import type { Extensions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const pgliteExtensions = { unaccent, pg_trgm } satisfies Extensions;
