// `linchpin import|export|restore` as real processes with --data, on the embedded database (the data
// directory and its lock are what is tested, so this runs in the PGlite project only).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linchpin, seededDataDir, startServe } from '../../../test/cli';

const dir = mkdtempSync(join(tmpdir(), 'linchpin-import-process-'));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};

const LINKEDIN = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engine.example,Engines,Analyst,09 Oct 2024',
  'Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,10 Oct 2024',
].join('\n');

describe('the contract, as a real process', () => {
  it('imports, exports and restores with --data, also while a server holds the directory', async () => {
    const data = await seededDataDir();
    const fresh = await seededDataDir();
    file('Connections.csv', LINKEDIN);
    expect(
      (
        await linchpin([
          'user',
          'create',
          '--email',
          'me@example.com',
          '--password',
          'correct horse battery',
          '--data',
          data,
        ])
      ).code,
    ).toBe(0);
    const imported = await linchpin(['import', 'Connections.csv', '--data', data], { cwd: dir });
    expect(imported.stderr).toBe('');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain('2 created');
    const exported = await linchpin(['export', '--format', 'json', '--data', data], { cwd: dir });
    writeFileSync(join(dir, 'real-backup.json'), exported.stdout);
    expect(
      (
        await linchpin([
          'user',
          'create',
          '--email',
          'me@example.com',
          '--password',
          'correct horse battery',
          '--data',
          fresh,
        ])
      ).code,
    ).toBe(0);
    const restored = await linchpin(['restore', 'real-backup.json', '--data', fresh], { cwd: dir });
    expect(restored).toMatchObject({ code: 0 });
    const server = await startServe(['--data', fresh]);
    try {
      const again = await linchpin(['export', '--format', 'json', '--data', fresh], { cwd: dir });
      const strip = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '');
      expect(strip(again.stdout)).toBe(strip(exported.stdout));
      const forwarded = await linchpin(['import', 'Connections.csv', '--data', fresh], { cwd: dir });
      expect(forwarded.code).toBe(0);
      expect(forwarded.stdout).toContain('0 created, 0 merged, 2 skipped, 0 failed');
    } finally {
      await server.stop();
    }
  }, 120_000);
});
