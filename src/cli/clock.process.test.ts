// LINCHPIN_NOW moves the app's clock, so someone trying Linchpin can see a "not now, ask me in March"
// come due without waiting until March. Real processes on one data directory: the setting is read the
// way a user sets it, from the environment.
import { describe, expect, it } from 'vitest';
import { inProcessCli, linchpin, seededDataDir } from '../../test/cli';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { systemClock } from '../shared/clock';
import { silentLogger } from '../shared/logger';

describe('LINCHPIN_NOW', () => {
  it('makes a check-back due on the day it names, and only then', async () => {
    const data = await seededDataDir();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const until = day(100);

    // The setup runs in this process on the same directory (closed before the real processes open it).
    const database = await openDatabase({ kind: 'pglite', dataDir: data });
    const inProcess = inProcessCli({
      db: database.db,
      clock: systemClock,
      config: loadConfig({ data }, {}),
      log: silentLogger,
    });
    const json = async (args: string[]) => {
      const r = await inProcess([...args, '--json'], { env: { LINCHPIN_PASSWORD: 'correct horse battery' } });
      if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    await json(['user', 'create', '--email', 'me@example.com']);
    const ada = await json(['people', 'add', '--name', 'Ada Seeker', '--email', 'ada@example.com']);
    const bob = await json(['people', 'add', '--name', 'Bob Provider', '--email', 'bob@example.com']);
    const intro = await json([
      'intro',
      'propose',
      '--a',
      ada.id,
      '--b',
      bob.id,
      '--reason',
      'Ada needs a bookkeeper',
      '--send',
    ]);
    await json(['intro', 'answer', intro.id, '--person', ada.id, '--answer', 'later', '--until', until]);
    await database.close();

    const agenda = async (env: Record<string, string>) => {
      const r = await linchpin(['intro', 'agenda', '--json', '--data', data], { env });
      if (r.code !== 0) throw new Error(`agenda → ${r.code}: ${r.stderr}`);
      return JSON.parse(r.stdout).items as { kind: string; introductionId: string }[];
    };
    const checkBacks = (items: { kind: string; introductionId: string }[]) =>
      items.filter((i) => i.kind === 'check_back' && i.introductionId === intro.id);
    expect(checkBacks(await agenda({}))).toEqual([]);
    expect(checkBacks(await agenda({ LINCHPIN_NOW: day(99) }))).toEqual([]);
    const due = checkBacks(await agenda({ LINCHPIN_NOW: until }));
    expect(due).toHaveLength(1);
    expect(JSON.stringify(due[0])).toContain('Ada Seeker');

    const bad = await linchpin(['intro', 'agenda', '--data', data], { env: { LINCHPIN_NOW: 'March' } });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('LINCHPIN_NOW must be a date (YYYY-MM-DD)');
  }, 60_000);
});
