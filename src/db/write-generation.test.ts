// Which statements count as writes for what Today keeps: only a single plain `select`, or the execution of
// a statement prepared from one, is a read; anything that might change what a read answers is a write.
import { describe, expect, it } from 'vitest';
import { isPlainRead, preparedReadName } from './write-generation';

const none = new Set<string>();

describe('a statement is a plain read', () => {
  it.each([
    'select 1',
    '  SELECT * from people where id = $1',
    '-- why\n/* and how */ select count(*) from people;',
  ])('%j', (text) => expect(isPlainRead(text, none)).toBe(true));

  it('when it executes a statement prepared from a select', () => {
    expect(preparedReadName('prepare today_read_ab12 as select 1')).toBe('today_read_ab12');
    expect(isPlainRead("execute today_read_ab12(E'x', 1)", new Set(['today_read_ab12']))).toBe(true);
  });
});

describe('a statement is a write', () => {
  it.each([
    'insert into people (name) values ($1)',
    'update people set note = $1',
    'delete from needs',
    'with gone as (delete from needs returning id) select count(*) from gone',
    'begin',
    'commit',
    'create index x on people (name)',
    'vacuum analyze',
    'prepare today_read_ab12 as select 1',
    'select 1; delete from people',
    '/* select */ update people set note = null',
    'selectivity_probe()',
  ])('%j', (text) => expect(isPlainRead(text, none)).toBe(false));

  it('when it executes a statement not known to be prepared from a select', () => {
    expect(preparedReadName('prepare bump as update people set note = null')).toBeUndefined();
    expect(isPlainRead('execute bump', new Set(['today_read_ab12']))).toBe(false);
  });
});
