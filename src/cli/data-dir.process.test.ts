// A mistyped --data must not quietly create an empty database: only commands that start one may.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linchpin } from '../../test/cli';

describe('a data directory without a database', () => {
  it('is reported, not created, by a command that only reads', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'linchpin-typo-')), 'linchpn-data');
    const r = await linchpin(['people', 'list', '--data', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`There is no Linchpin database in ${missing}. Check --data`);
    expect(r.stdout).toBe('');
    expect(existsSync(missing)).toBe(false);
  });
});
