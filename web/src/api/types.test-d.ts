// Type-level tests, checked by `npm run typecheck` (tsc) and `vitest --typecheck`: the web client's types
// come from the server's OpenAPI document, so a call that does not match a route fails to compile. Each
// `@ts-expect-error` below fails the typecheck if the line it marks ever compiles.
import { describe, expectTypeOf, test } from 'vitest';
import { api } from './client';
import type { IntroductionDetail, MatchingSettings, Person, ResponseOf, TagCount } from './types';

describe('the web client is typed by the server’s routes', () => {
  test('a call resolves to what its route answers', () => {
    expectTypeOf(() =>
      api.get('/api/v1/people/{id}', { path: { id: 'p' } }),
    ).returns.resolves.toEqualTypeOf<Person>();
    expectTypeOf(() =>
      api.post('/api/v1/introductions', {
        body: { personAId: 'a', personBId: 'b', kind: 'peers', reason: 'r' },
      }),
    ).returns.resolves.toEqualTypeOf<IntroductionDetail>();
    expectTypeOf(() => api.get('/api/v1/tags')).returns.resolves.toEqualTypeOf<{ items: TagCount[] }>();
    // 204 No Content
    expectTypeOf(() =>
      api.delete('/api/v1/people/{id}', { path: { id: 'p' } }),
    ).returns.resolves.toBeUndefined();
  });

  test('a list route answers a page of its items with the cursor of the next', () => {
    expectTypeOf<ResponseOf<'/api/v1/needs'>>().toHaveProperty('nextCursor').toEqualTypeOf<string | null>();
    // The people list also says how many match in all.
    expectTypeOf<ResponseOf<'/api/v1/people'>>().toEqualTypeOf<{
      items: Person[];
      nextCursor: string | null;
      total: number;
    }>();
  });

  test('an account is never null where the server always answers one (only the session may have none)', () => {
    expectTypeOf<ResponseOf<'/api/v1/account'>>().not.toBeNullable();
    expectTypeOf<ResponseOf<'/api/v1/session'>['account']>().toBeNullable();
  });

  test('a field the server does not declare does not exist', () => {
    expectTypeOf<Person>().toHaveProperty('name').toEqualTypeOf<string>();
    expectTypeOf<Person>().not.toHaveProperty('fullName');
    // A tuple stays a tuple: the first and last line of an imported record.
    expectTypeOf<ResponseOf<'/api/v1/imports/{id}/records'>['items'][number]['lines']>().toEqualTypeOf<
      [number, number]
    >();
  });

  test('a PUT route is called with put, and only with put', () => {
    expectTypeOf(() =>
      api.put('/api/v1/matching/settings', { body: { suggestionsPerWeek: 10 } }),
    ).returns.resolves.toEqualTypeOf<MatchingSettings>();
    // @ts-expect-error the matching settings are not changed with PATCH
    expectTypeOf(() => api.patch('/api/v1/matching/settings', { body: {} })).toBeFunction();
  });

  test('paths, parameters, queries and bodies are checked', () => {
    // @ts-expect-error not a route the server serves
    expectTypeOf(() => api.get('/api/v1/persons')).toBeFunction();
    // @ts-expect-error the route needs its path parameter
    expectTypeOf(() => api.get('/api/v1/people/{id}')).toBeFunction();
    // @ts-expect-error no such query parameter
    expectTypeOf(() => api.get('/api/v1/people', { query: { order: 'name' } })).toBeFunction();
    // @ts-expect-error not an order the list knows
    expectTypeOf(() => api.get('/api/v1/people', { query: { sort: 'age' } })).toBeFunction();
    // @ts-expect-error a body field the schema does not have
    expectTypeOf(() => api.post('/api/v1/people', { body: { fullName: 'Ada' } })).toBeFunction();
    // @ts-expect-error the body is required
    expectTypeOf(() => api.post('/api/v1/people')).toBeFunction();
    // @ts-expect-error an upload takes a file, not its name
    expectTypeOf(() => api.post('/api/v1/restore', { form: { file: 'backup.json' } })).toBeFunction();
  });
});
