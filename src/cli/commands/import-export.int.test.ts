// `linchpin import|export|restore`, in-process against a real test database (both databases). The contract
// as a real process with --data is in import-export.process.test.ts.
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import type { ImportRecordReport } from '../../imports/schema';
import { parseCorrections, parseMap } from './import-export-actions';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/imports/contacts-csv/wild', import.meta.url));

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
const dir = mkdtempSync(join(tmpdir(), 'linchpin-import-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return name;
};

const LINKEDIN = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engine.example,Engines,Analyst,09 Oct 2024',
  'Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,10 Oct 2024',
].join('\n');
const VCARDS =
  'BEGIN:VCARD\nVERSION:3.0\nFN:Grace Hopper\nEMAIL:grace@navy.example\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nNOTE:no name\nEND:VCARD\n';

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps, dir);
  await t.account('owner@example.com');
  await t.account('second@example.com');
  await t.account('third@example.com');
});
afterAll(() => t.close());

describe('linchpin import', () => {
  it('imports a file, prints a summary with the records that need a look, exits 0', async () => {
    file('Connections.csv', LINKEDIN);
    const dry = await cli(['import', 'Connections.csv', '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toContain(
      'Dry run of Connections.csv (LinkedIn connections): 2 created, 0 merged, 0 skipped, 0 failed',
    );
    expect(dry.stdout).toContain('Nothing was written (dry run).');
    expect((await cli(['people', 'list', '--json'])).stdout).toContain('"items": []');

    const real = await cli(['import', 'Connections.csv']);
    expect(real.stdout).toContain('Imported Connections.csv (LinkedIn connections): 2 created');
    const again = await cli(['import', 'Connections.csv', '--json']);
    const report = JSON.parse(again.stdout);
    expect(report).toMatchObject({
      status: 'succeeded',
      counts: { created: 0, merged: 0, skipped: 2, failed: 0 },
    });
    expect(report.records.map((r: ImportRecordReport) => [r.lines, r.outcome])).toEqual([
      [[2, 2], 'skipped'],
      [[3, 3], 'skipped'],
    ]);
  });

  it('exits 0 with failed records listed by line, and 1 for a file it cannot read', async () => {
    file('cards.vcf', VCARDS);
    const ok = await cli(['import', 'cards.vcf', '--account', 'second@example.com']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 created, 0 merged, 0 skipped, 1 failed');
    expect(ok.stdout).toContain('lines 6–9: failed: No name, email address or phone number');

    const missing = await cli(['import', 'nope.vcf']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.vcf: no such file/);
    file('garbage.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 9, 0, 0, 0, 1]));
    const binary = await cli(['import', 'garbage.bin']);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/binary file/);
    file('empty.csv', '');
    expect((await cli(['import', 'empty.csv'])).stderr).toMatch(/empty/);
  });

  it("refuses a device, a pipe and a folder at once, and reads no more than the limit whatever a file's size says", async () => {
    // A forwarded command is read by the server: /dev/zero filled its memory, a pipe froze it.
    await t.account('devices@example.com');
    const pipe = join(dir, 'contacts.pipe');
    execFileSync('mkfifo', [pipe]);
    for (const command of ['import', 'restore']) {
      for (const [path, said] of [
        ['/dev/zero', /cannot read \/dev\/zero: it is not a file/],
        [pipe, /it is not a file/],
        [dir, /it is a folder/],
      ] as const) {
        const res = await cli([command, path, '--account', 'devices@example.com']);
        expect(res.code, `${command} ${path}`).toBe(1);
        expect(res.stderr).toMatch(said);
      }
    }
    // A /proc file says it holds 0 bytes: the limit is kept by what is read, not by what stat says.
    vi.stubEnv('LINCHPIN_MAX_IMPORT_MB', '0.001');
    try {
      const res = await cli(['import', '/proc/self/maps', '--account', 'devices@example.com']);
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/larger than 1 KB; files are limited to 1 KB/);
    } finally {
      vi.unstubAllEnvs();
    }
    const people = await cli(['people', 'list', '--json', '--account', 'devices@example.com']);
    expect(JSON.parse(people.stdout).total).toBe(0);
  });

  it('reads a generic CSV through --map', async () => {
    file('people.csv', 'Full Name;Mail;Org, Inc\nKatherine Johnson;kj@nasa.example;NASA\n');
    file('unknown.csv', 'Kunde;Wert\nKatherine Johnson;17\n');
    const noMap = await cli(['import', 'unknown.csv', '--account', 'third@example.com']);
    expect(noMap.code).toBe(1);
    expect(noMap.stderr).toMatch(/column mapping.*Kunde, Wert/);
    const res = await cli([
      'import',
      'people.csv',
      '--map',
      'name=Full Name,email=Mail,company=Org, Inc',
      '--account',
      'third@example.com',
      '--json',
    ]);
    expect(JSON.parse(res.stdout).counts.created).toBe(1);
    const list = JSON.parse(
      (await cli(['people', 'list', '--json', '--account', 'third@example.com'])).stdout,
    );
    expect(list.items[0]).toMatchObject({
      name: 'Katherine Johnson',
      emails: ['kj@nasa.example'],
      company: 'NASA',
    });
  });

  it('a dry run of an LDIF file says which entries it leaves out and why (a mailing list)', async () => {
    file(
      'book.ldif',
      'dn: cn=Ada Byron,mail=ada@engine.example\ncn: Ada Byron\nmail: ada@engine.example\n\ndn: cn=Friends\nobjectclass: groupOfNames\ncn: Friends\n',
    );
    const dry = await cli(['import', 'book.ldif', '--dry-run', '--account', 'second@example.com']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toContain(
      'Dry run of book.ldif (LDIF address book): 1 created, 0 merged, 1 skipped, 0 failed',
    );
    expect(dry.stdout).toMatch(
      /lines 5–7: skipped Friends: This entry is a mailing list \(objectclass: groupOfNames\)/,
    );
  });

  it('--dry-run prints the guessed columns of an unknown CSV, and --map corrects one of them', async () => {
    file('wild.csv', readFileSync(join(FIXTURES, 'generic-export.csv')));
    const dry = await cli(['import', 'wild.csv', '--dry-run', '--account', 'second@example.com']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toMatch(/^Columns \(matched by their names and contents; correct any with --map/);
    expect(dry.stdout).toMatch(/^ {2}Display Name +→ name$/m);
    expect(dry.stdout).toMatch(/^ {2}Email Work +→ email$/m);
    expect(dry.stdout).toMatch(/^ {2}Home Mobile +→ phone$/m);
    expect(dry.stdout).toMatch(/^ {2}Home City +→ city$/m);
    expect(dry.stdout).toMatch(/^ {2}Position +→ not imported \(“Job Title” is already the job title\)$/m);
    expect(dry.stdout).toContain('3 created, 0 merged, 0 skipped, 0 failed');
    expect(dry.stdout).toMatch(
      /line 2: created Amara Okafor: Column "Pager": 3 values are not a phone number/,
    );
    expect(dry.stdout).toContain('Nothing was written (dry run).');

    const fixed = await cli([
      'import',
      'wild.csv',
      '--dry-run',
      '--map',
      'Position=title,Pager=ignore',
      '--account',
      'second@example.com',
    ]);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/^ {2}Position +→ title \(your --map\)$/m);
    expect(fixed.stdout).toMatch(/^ {2}Job Title +→ not imported \(its field went to another column/m);
    expect(fixed.stdout).toMatch(/^ {2}Pager +→ not imported \(your --map\)$/m);
    expect(fixed.stdout).not.toContain('Column "Pager"');
    // A dry run writes nothing.
    const list = JSON.parse(
      (await cli(['people', 'list', '--json', '--account', 'second@example.com'])).stdout,
    );
    expect(list.items.map((p: { name: string }) => p.name)).not.toContain('Amara Okafor');
  });

  it('parses --map pairs, repeated fields and commas inside column names', () => {
    expect(parseMap(['name=Full Name,email=Mail,email=Mail 2', 'company=Org, Inc'])).toEqual({
      name: 'Full Name',
      email: ['Mail', 'Mail 2'],
      company: 'Org, Inc',
    });
    expect(() => parseMap(['nom=X'])).toThrow(/not a field/);
    expect(parseCorrections(['Department=tags,Pager=ignore', 'company=Org, Inc'])).toEqual([
      { column: 'Department', field: 'tags' },
      { column: 'Pager', field: null },
      { column: 'Org, Inc', field: 'company' },
    ]);
  });
});

describe('linchpin export and restore', () => {
  it('exports vCard to stdout and a JSON backup to a file, and restores it into an empty account', async () => {
    const vcf = await cli(['export', '--format', 'vcard']);
    expect(vcf.code).toBe(0);
    expect(vcf.stdout.match(/BEGIN:VCARD/g)).toHaveLength(2);
    const csv = await cli(['export', '--format', 'csv', '--tag', 'nobody']);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(1);

    const out = await cli(['export', '--format', 'json', '--out', 'backup.json']);
    expect(out).toMatchObject({ code: 0, stdout: '' });
    const backup = readFileSync(join(dir, 'backup.json'), 'utf8');
    expect(JSON.parse(backup).tables.people).toHaveLength(2);

    const busy = await cli(['restore', 'backup.json']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/no people/);
    await t.account('empty@example.com');
    const restored = await cli(['restore', 'backup.json', '--account', 'empty@example.com']);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored into empty@example.com: 2 people/);
    const again = await cli(['export', '--format', 'json', '--account', 'empty@example.com']);
    const strip = (s: string) => s.replace(/"exportedAt": "[^"]+"/, '');
    expect(strip(again.stdout)).toBe(strip(backup));
  });

  it('restore says what came back in words, one of each in the singular, never a table name', async () => {
    const as = ['--account', 'words@example.com'];
    await t.account('words@example.com');
    const add = async (name: string) =>
      JSON.parse(
        (await cli(['people', 'add', '--name', name, '--email', `${name}@x.example`, '--json', ...as]))
          .stdout,
      ).id as string;
    const seeker = await add('seeker');
    const provider = await add('provider');
    expect((await cli(['needs', 'add', '--person', seeker, '--text', 'A bookkeeper', ...as])).code).toBe(0);
    const intro = JSON.parse(
      (
        await cli([
          'intro',
          'propose',
          '--a',
          seeker,
          '--b',
          provider,
          '--reason',
          'Books',
          '--send',
          '--json',
          ...as,
        ])
      ).stdout,
    ).id as string;
    expect((await cli(['intro', 'answer', intro, '--person', seeker, '--answer', 'yes', ...as])).code).toBe(
      0,
    );
    expect((await cli(['export', '--format', 'json', '--out', 'words.json', ...as])).code).toBe(0);

    await t.account('words-restored@example.com');
    const restored = await cli(['restore', 'words.json', '--account', 'words-restored@example.com']);
    expect(restored.code).toBe(0);
    const said = restored.stdout.split('\n')[0]!;
    expect(said).toMatch(/^Restored into words-restored@example\.com: 2 people, 1 need, /);
    expect(said).toContain('1 introduction,');
    expect(said).toMatch(/\d+ consent answers?\b/);
    expect(said).not.toMatch(/_|consent log|\b1 (needs|introductions|emails|consent answers)\b/);
  });

  it('export --out a folder, or into a folder that does not exist: exit 1 naming the path, no file left, no hang', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    for (const out of [folder, join(dir, 'missing', 'backup.json')]) {
      const r = await cli(['export', '--format', 'json', '--out', out, '--account', 'owner@example.com']);
      expect(r.code, out).toBe(1);
      expect(r.stderr, out).toContain(`cannot write ${out}`);
    }
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('export --out a pipe or through a symbolic link writes to what it names, and keeps the pipe and the link', async () => {
    // A FIFO another program reads (as /dev/stdout is a device): a file renamed over it left the reader
    // waiting forever; as root, `--out /dev/full` replaced the device with a file.
    const fifo = join(dir, 'backup.fifo');
    execFileSync('mkfifo', [fifo]);
    const read = readFile(fifo, 'utf8');
    const viaFifo = await cli([
      'export',
      '--format',
      'json',
      '--out',
      fifo,
      '--account',
      'owner@example.com',
    ]);
    expect(viaFifo).toMatchObject({ code: 0, stderr: `Wrote ${fifo}\n` });
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('(nothing came)'), 5_000));
    expect(await Promise.race([read, timeout])).toMatch(/^\{\n {2}"format": "linchpin-backup"/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    // A link to the latest backup: the file it names gets the new backup, the link stays a link.
    mkdirSync(join(dir, 'backups'));
    const real = join(dir, 'backups', 'latest.json');
    writeFileSync(real, 'an older backup');
    const link = join(dir, 'latest-link.json');
    symlinkSync(real, link);
    const viaLink = await cli([
      'export',
      '--format',
      'json',
      '--out',
      link,
      '--account',
      'owner@example.com',
    ]);
    expect(viaLink.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^\{\n {2}"format": "linchpin-backup"/);
    expect(readdirSync(join(dir, 'backups'))).toEqual(['latest.json']);
  });

  it('refuses a file that is not a backup', async () => {
    await t.account('fourth@example.com');
    file('notes.txt', 'hello');
    const res = await cli(['restore', 'notes.txt', '--account', 'fourth@example.com']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/not valid JSON/);
  });
});
