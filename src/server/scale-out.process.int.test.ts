// Scale-out on PostgreSQL: two `serve --no-worker` processes and two `linchpin worker` processes share one
// database and one local SMTP server. Introductions are driven through both app processes alternately,
// from request through both consent answers (posted on the public /r/ links taken from the mails received)
// to the introduction and the follow-up (sent by the connector at once, so no clock control is needed,
// then answered by both on their links). It proves every
// email reached the SMTP server exactly once by Message-ID, and that the database agrees: every outbox
// row sent once, every introduction in the same state.
//
// SCALE_INTROS sets how many introductions (default 20, the `npm test` size; `npm run test:scale-out`
// runs 200). PGlite is one process, so this runs only in the postgres project.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cliEnv,
  freshPostgresDatabase,
  lastWord,
  linchpin,
  linchpinBin,
  type ServeProcess,
  startServe,
} from '../../test/cli';
import { testDbKind } from '../../test/db';
import { type Received, startMailServer, type TestMailServer } from '../../test/mail-server';
import type { IntroductionDetail } from '../introductions/schema';
import { WORKER_NEEDS_POSTGRES } from './worker';

const kind = testDbKind();
const INTROS = Number(process.env.SCALE_INTROS ?? 20);
/** Introductions in flight at once: enough to make the processes contend, few enough for 2 cores. */
const IN_FLIGHT = 8;
/** Mails per introduction: consent request to A and to B, the introduction, a follow-up to each. */
const MAILS_PER_INTRO = 5;
const OWNER = 'owner@scale.test';

interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [linchpinBin, 'worker'], {
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in time:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('Linchpin worker is running')) {
        clearTimeout(timer);
        resolve({ child, output: () => out, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} before starting:\n${out}`));
    });
  });
}

describe.skipIf(kind !== 'postgres')(
  `scale-out: 2 app + 2 worker processes, ${INTROS} introductions (PostgreSQL only: PGlite is one process)`,
  () => {
    let smtp: TestMailServer;
    let database: { url: string; drop(): Promise<void> };
    const apps: ServeProcess[] = [];
    const workers: WorkerProcess[] = [];
    let token = '';

    beforeAll(async () => {
      smtp = await startMailServer();
      database = await freshPostgresDatabase();
      const env = {
        DATABASE_URL: database.url,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'linchpin@scale.test',
        CONSENT_PAGE_RATE_PER_MINUTE: '0',
      };
      const owner = await linchpin(
        ['user', 'create', '--email', OWNER, '--password', 'correct horse battery'],
        {
          env,
        },
      );
      expect(owner.code, owner.stderr).toBe(0);
      const made = await linchpin(['token', 'create', '--email', OWNER], { env });
      expect(made.code, made.stderr).toBe(0);
      token = lastWord(made.stdout);
      apps.push(
        ...(await Promise.all([startServe(['--no-worker'], { env }), startServe(['--no-worker'], { env })])),
      );
      // Links in mails name the first app; the test posts each answer to whichever app it picks.
      const workerEnv = { ...env, PUBLIC_URL: apps[0]!.url };
      workers.push(...(await Promise.all([startWorker(workerEnv), startWorker(workerEnv)])));
    }, 120_000);

    /** SIGTERM, then SIGKILL after 20 s; resolves with the exit code (null when killed by a signal). */
    function stop(child: ChildProcess): Promise<number | null> {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', (code) => {
          clearTimeout(force);
          resolve(code);
        });
        child.kill('SIGTERM');
      });
    }

    afterAll(async () => {
      await Promise.all([...apps, ...workers].map((p) => stop(p.child)));
      await smtp?.close();
      await database?.drop();
    }, 60_000);

    async function api<T>(app: ServeProcess, method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${app.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path} on ${app.url}: ${res.status} ${text}`);
      return JSON.parse(text) as T;
    }

    /** Posts an answer on a public link the way the page's form does. */
    async function answer(app: ServeProcess, link: string, fields: Record<string, string>): Promise<void> {
      const path = new URL(link).pathname;
      const linkToken = decodeURIComponent(path.split('/').pop()!);
      const res = await fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: linkToken, ...fields }).toString(),
      });
      const html = await res.text();
      if (res.status !== 200) throw new Error(`answer on ${path}: ${res.status} ${html.slice(0, 500)}`);
    }

    async function mailTo(address: string, subject: RegExp, timeoutMs = 60_000): Promise<Received> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = smtp.received.find(
          (r) => r.envelopeTo.includes(address) && subject.test(r.parsed.subject ?? ''),
        );
        if (found) return found;
        if (Date.now() > until) throw new Error(`no mail "${subject}" to ${address} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    function linkAfter(mail: Received, label: string): string {
      const line = (mail.parsed.text ?? '').split('\n').find((l) => l.startsWith(`${label}: `));
      if (!line) throw new Error(`no "${label}" link in:\n${mail.parsed.text}`);
      return line.slice(label.length + 2).trim();
    }

    const detail = (app: ServeProcess, id: string) =>
      api<IntroductionDetail>(app, 'GET', `/api/v1/introductions/${id}`);
    const state = async (app: ServeProcess, id: string) => (await detail(app, id)).state;

    async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
      const end = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /** One introduction from proposal to both follow-up answers; `i` picks the app for each step. */
    async function drive(i: number): Promise<string> {
      const [mine, other] = i % 2 === 0 ? [apps[0]!, apps[1]!] : [apps[1]!, apps[0]!];
      const a = `a${i}@people.scale.test`;
      const b = `b${i}@people.scale.test`;
      const person = (name: string, email: string) =>
        api<{ id: string }>(mine, 'POST', '/api/v1/people', { name, emails: [email] });
      const [pa, pb] = [await person(`Alice ${i}`, a), await person(`Bob ${i}`, b)];
      const intro = await api<{ id: string }>(mine, 'POST', '/api/v1/introductions', {
        personAId: pa.id,
        personBId: pb.id,
        kind: 'seeker_provider',
        reason: `Alice ${i} needs what Bob ${i} does.`,
        order: 'sequential',
      });
      await api(mine, 'POST', `/api/v1/introductions/${intro.id}/request`);
      await answer(other, linkAfter(await mailTo(a, /^Would you like to meet/), 'Yes, introduce us'), {
        answer: 'yes',
      });
      await answer(mine, linkAfter(await mailTo(b, /^Would you like to meet/), 'Yes, introduce us'), {
        answer: 'yes',
      });
      await until(async () => (await state(other, intro.id)) === 'ready', `introduction ${i} ready`);
      await api(other, 'POST', `/api/v1/introductions/${intro.id}/introduce`);
      const made = await mailTo(a, /^(?!Would you like|How did it go)/);
      expect(made.envelopeTo).toContain(b);
      await api(mine, 'POST', `/api/v1/introductions/${intro.id}/follow-up`);
      await answer(other, linkAfter(await mailTo(a, /^How did it go/), 'We met and it helped'), {
        answer: 'met_helpful',
      });
      await answer(mine, linkAfter(await mailTo(b, /^How did it go/), 'We met and it helped'), {
        answer: 'met_helpful',
      });
      return intro.id;
    }

    it(
      'delivers every email exactly once (by Message-ID) and leaves every introduction consistent',
      async () => {
        const ids: string[] = [];
        let next = 0;
        await Promise.all(
          Array.from({ length: Math.min(IN_FLIGHT, INTROS) }, async () => {
            while (next < INTROS) ids.push(await drive(next++));
          }),
        );
        expect(ids).toHaveLength(INTROS);

        // Everything was asked for; give a late duplicate (a second claim) the time to show up.
        const expected = INTROS * MAILS_PER_INTRO;
        await smtp.waitFor(expected, 30_000);
        await new Promise((r) => setTimeout(r, 3_000));
        const messageIds = smtp.received.map((r) => r.parsed.messageId);
        expect(messageIds.every((m) => typeof m === 'string' && m.length > 0)).toBe(true);
        expect(new Set(messageIds).size).toBe(messageIds.length);
        expect(smtp.received).toHaveLength(expected);

        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const outbox = await client.query<{ message_id: string; status: string; attempts: number }>(
            'select message_id, status, attempts from outbox_messages',
          );
          expect(outbox.rows).toHaveLength(expected);
          expect(outbox.rows.filter((r) => r.status !== 'sent' || r.attempts !== 1)).toEqual([]);
          expect(new Set(outbox.rows.map((r) => r.message_id))).toEqual(new Set(messageIds));
        } finally {
          await client.end();
        }

        // Either app process reads the state both answers left: consent from both, follow-up answered by
        // both, waiting for the connector to record the outcome.
        const details = await Promise.all(ids.map((id, i) => detail(apps[(i + 1) % 2]!, id)));
        for (const d of details) {
          expect({
            state: d.state,
            consent: [d.consent.a.status, d.consent.b.status],
            followUp: [d.followUpAnswers.a?.answer, d.followUpAnswers.b?.answer],
          }).toEqual({
            state: 'following_up',
            consent: ['yes', 'yes'],
            followUp: ['met_helpful', 'met_helpful'],
          });
        }
        for (const w of workers) expect(w.child.exitCode).toBeNull();
        for (const a of apps) expect(a.child.exitCode).toBeNull();
      },
      Math.max(120_000, INTROS * 3_000),
    );

    it('stops every app and worker process gracefully on SIGTERM (exit code 0)', async () => {
      const codes = await Promise.all([...apps, ...workers].map((p) => stop(p.child)));
      expect(codes).toEqual([0, 0, 0, 0]);
      for (const w of workers) expect(w.output()).toContain('Stopped.');
    }, 60_000);
  },
);

describe.runIf(kind === 'pglite')('linchpin worker on the embedded database', () => {
  it('refuses with a clear message and exit code 1, as PGlite belongs to one process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linchpin-worker-'));
    try {
      const ran = await linchpin(['worker', '--data', dir]);
      expect(ran).toMatchObject({ code: 1, stdout: '' });
      expect(ran.stderr).toBe(`error: ${WORKER_NEEDS_POSTGRES}\n`);
      expect(existsSync(join(dir, 'pgdata'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
