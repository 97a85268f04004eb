import { describe, expect, it } from 'vitest';
import { bufferedIo } from './io';
import { collect, fileArg, intArg } from './options';

describe('option parsers', () => {
  it('resolves file arguments against the caller’s directory, which is forwarded with the command', () => {
    const io = bufferedIo({ cwd: '/home/ada/contacts', env: {} });
    expect(fileArg(io)('export.vcf')).toBe('/home/ada/contacts/export.vcf');
    expect(fileArg(io)('../backup.json')).toBe('/home/ada/backup.json');
    expect(fileArg(io)('/tmp/x.csv')).toBe('/tmp/x.csv');
    expect(fileArg(io)('-')).toBe('-');
  });

  it('keeps non-numbers as text so validation names the field', () => {
    expect(intArg('4')).toBe(4);
    expect(intArg(' 12 ')).toBe(12);
    expect(intArg('-1')).toBe(-1);
    expect(intArg('4.5')).toBe('4.5');
    expect(intArg('high')).toBe('high');
  });

  it('collects repeated options in order', () => {
    expect(collect('b', collect('a'))).toEqual(['a', 'b']);
  });
});
