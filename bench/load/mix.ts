// The load mix (issue 8): the targets it runs on (a fresh embedded data directory or PostgreSQL database,
// seeded), the weighted read/write operations, and the closed-loop driver against the real `linchpin serve`
// process. `load.ts` runs it at full size and prints the tables; `load.process.test.ts` runs a short version
// in `npm test`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_WORDS, peopleOf, seedPeople } from '../lib/people';
import { startServer } from '../lib/server-process';

const person = peopleOf(BENCH_WORDS);
const QUERIES = ['ada', 'hopper', 'globex', 'climate', 'fundraising lawyer', 'investor', 'müll', 'kim'];

export interface LoadTarget {
  name: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  token: string;
  cleanUp: () => Promise<void>;
}

/** A fresh data directory with `people` people. */
export async function embedded(people: number, fairQueue = true): Promise<LoadTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-load-'));
  const token = await seedPeople({ kind: 'pglite', dataDir }, people, person, 'load@example.com');
  return {
    name: fairQueue ? 'embedded (PGlite)' : 'embedded (PGlite), baseline without the fair query queue',
    dataDir,
    env: fairQueue ? {} : { LINCHPIN_PGLITE_FAIR_QUEUE: '0' },
    token,
    cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A fresh PostgreSQL database beside `adminUrl`'s with `people` people, dropped by cleanUp. */
export async function postgres(adminUrl: string, people: number): Promise<LoadTarget> {
  const name = `linchpin_load_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const token = await seedPeople(
    { kind: 'postgres', url: url.toString() },
    people,
    person,
    'load@example.com',
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-load-pg-'));
  return {
    name: 'PostgreSQL 15',
    dataDir,
    env: { DATABASE_URL: url.toString() },
    token,
    cleanUp: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}

/** A small deterministic generator, so both databases get the same mix. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Op {
  name: string;
  weight: number;
  run(ctx: Ctx, r: () => number): Promise<number>;
}
interface Ctx {
  url: string;
  auth: Record<string, string>;
  personIds: string[];
  links: string[];
}

const pickFrom = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
/** Sends one request and reads its whole body; the status. */
async function send(url: string, init: RequestInit = {}): Promise<number> {
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return res.status;
}

export const OPS: Op[] = [
  {
    name: 'people list',
    weight: 20,
    run: (c) => send(`${c.url}/api/v1/people?limit=25`, { headers: c.auth }),
  },
  {
    name: 'search',
    weight: 20,
    run: (c, r) =>
      send(`${c.url}/api/v1/people?q=${encodeURIComponent(pickFrom(QUERIES, r))}&limit=20`, {
        headers: c.auth,
      }),
  },
  {
    name: 'person page (person + interactions + needs + offers)',
    weight: 20,
    run: async (c, r) => {
      const id = pickFrom(c.personIds, r);
      const statuses = await Promise.all(
        [`people/${id}`, `people/${id}/interactions`, `people/${id}/needs`, `people/${id}/offers`].map((p) =>
          send(`${c.url}/api/v1/${p}`, { headers: c.auth }),
        ),
      );
      return Math.max(...statuses);
    },
  },
  {
    name: 'agenda',
    weight: 10,
    run: (c) => send(`${c.url}/api/v1/introductions/agenda`, { headers: c.auth }),
  },
  {
    name: 'add interaction',
    weight: 20,
    run: (c, r) =>
      send(`${c.url}/api/v1/people/${pickFrom(c.personIds, r)}/interactions`, {
        method: 'POST',
        headers: { ...c.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'call', direction: 'outbound', note: 'load test' }),
      }),
  },
  {
    name: 'consent answer (page + yes)',
    weight: 10,
    run: async (c, r) => {
      const link = pickFrom(c.links, r);
      const token = new URL(link).pathname.split('/').pop() ?? '';
      const page = await send(`${c.url}/r/${token}?answer=yes`);
      const answered = await send(`${c.url}/r/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: c.url },
        body: new URLSearchParams({ token, answer: 'yes' }).toString(),
      });
      return Math.max(page, answered);
    },
  },
];

async function prepare(url: string, token: string, intros: number): Promise<Ctx> {
  const auth = { authorization: `Bearer ${token}` };
  const personIds: string[] = [];
  let cursor: string | null = null;
  do {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = (await (await fetch(`${url}/api/v1/people?limit=100${q}`, { headers: auth })).json()) as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    personIds.push(...page.items.map((p) => p.id));
    cursor = personIds.length < 2_000 ? page.nextCursor : null;
  } while (cursor);
  // Introductions asking both people at once, so consent links exist to answer.
  const links: string[] = [];
  for (let i = 0; i < intros; i++) {
    const res = await fetch(`${url}/api/v1/introductions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        personAId: personIds[2 * i],
        personBId: personIds[2 * i + 1],
        kind: 'peers',
        reason: 'You both work on climate; worth a coffee.',
        order: 'parallel',
      }),
    });
    const intro = (await res.json()) as { id: string };
    await send(`${url}/api/v1/introductions/${intro.id}/request`, { method: 'POST', headers: auth });
    const outbox = (await (
      await fetch(`${url}/api/v1/outbox?introductionId=${intro.id}`, { headers: auth })
    ).json()) as { items: { links: { url: string }[] }[] };
    for (const m of outbox.items) {
      const consent = m.links.find((l) => l.url.includes('/r/'));
      if (consent) links.push(consent.url);
    }
  }
  return { url, auth, personIds, links };
}

function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface LoadOptions {
  clients: number;
  seconds: number;
  /** Introductions proposed and asked first, so consent links exist to answer. */
  intros: number;
  port: number;
}

export interface LoadResult {
  byOp: Map<string, number[]>;
  statuses: Record<number, number>;
  elapsed: number;
  peakRss: number;
}

/** Starts `linchpin serve` on the target, runs the mix with `clients` closed-loop clients, stops it. */
export async function drive(target: LoadTarget, o: LoadOptions): Promise<LoadResult> {
  // One load generator stands in for many recipients answering from their own addresses, so the
  // per-address limit of the consent pages (CONSENT_PAGE_RATE_PER_MINUTE) is lifted for the run.
  const server = await startServer(target.dataDir, o.port, {
    ...target.env,
    CONSENT_PAGE_RATE_PER_MINUTE: '0',
  });
  try {
    const ctx = await prepare(server.url, target.token, o.intros);
    const pid = server.child.pid ?? 0;
    let peakRss = rssMb(pid);
    const rssTimer = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(pid));
    }, 500);
    const byOp = new Map<string, number[]>(OPS.map((o) => [o.name, []]));
    const statuses: Record<number, number> = {};
    const totalWeight = OPS.reduce((s, o) => s + o.weight, 0);
    const choose = (x: number): Op => {
      let left = x;
      for (const o of OPS) {
        left -= o.weight;
        if (left < 0) return o;
      }
      return OPS[0]!;
    };
    const started = performance.now();
    const deadline = started + o.seconds * 1000;
    const client = async (n: number) => {
      const r = rng(n + 1);
      while (performance.now() < deadline) {
        const op = choose(r() * totalWeight);
        const t0 = performance.now();
        let status: number;
        try {
          status = await op.run(ctx, r);
        } catch {
          status = 599; // the connection failed
        }
        byOp.get(op.name)!.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: o.clients }, (_, n) => client(n)));
    const elapsed = performance.now() - started;
    clearInterval(rssTimer);
    peakRss = Math.max(peakRss, rssMb(pid));
    return { byOp, statuses, elapsed, peakRss };
  } finally {
    await server.stop();
  }
}
