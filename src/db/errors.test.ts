import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isUniqueViolation, uniqueViolation } from './errors';

describe('uniqueViolation', () => {
  it('finds SQLSTATE 23505 on the error itself, with the constraint the driver named', () => {
    expect(uniqueViolation({ code: '23505', constraint: 'introductions_open_pair_key' })).toEqual({
      constraint: 'introductions_open_pair_key',
    });
  });

  it('finds it wrapped in causes (as Drizzle wraps the driver error)', () => {
    const driver = Object.assign(new Error('duplicate key'), { code: '23505' });
    const wrapped = new Error('Failed query', { cause: new Error('outer', { cause: driver }) });
    expect(uniqueViolation(wrapped)).toEqual({});
    expect(isUniqueViolation(wrapped)).toBe(true);
  });

  it('is undefined for other database errors and for things that are not errors', () => {
    expect(uniqueViolation({ code: '23503', constraint: 'fk' })).toBeUndefined();
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['57P01 admin shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['57P03 cannot connect now', withCode('57P03', 'the database system is starting up')],
    ['08006 connection failure', withCode('08006')],
    ['08001 cannot establish', withCode('08001')],
    ['ECONNREFUSED', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['ECONNRESET', withCode('ECONNRESET', 'read ECONNRESET')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a broken client', new Error('Client has encountered a connection error and is not queryable')],
    ['wrapped by Drizzle', new Error('Failed query: select 1', { cause: withCode('57P01') })],
    ['any address of several refused', new AggregateError([withCode('ECONNREFUSED')], 'refused')],
  ])('says yes for %s', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a query cancelled by statement timeout', withCode('57014')],
    ['a serialization failure', withCode('40001')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('says no for %s', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it('ends on a cause loop', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
