// Interleaved: open a fresh in-memory PGlite with and without the two extensions, N times each.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
const N = Number(process.env.N ?? 7);
const times = { plain: [], ext: [] };
for (let i = 0; i < N; i++) {
  for (const kind of i % 2 ? ['ext', 'plain'] : ['plain', 'ext']) {
    const t0 = performance.now();
    const db = await PGlite.create(kind === 'ext' ? { extensions: { unaccent, pg_trgm } } : {});
    await db.query('select 1');
    times[kind].push(performance.now() - t0);
    await db.close();
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
console.log(`plain median ${med(times.plain)} ms, with unaccent+pg_trgm median ${med(times.ext)} ms (N=${N}) load ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
