// Type-level tests of the harness's response types (`routes.ts`), checked by `tsc --noEmit -p
// tsconfig.json`: a test reads a body as the type its route declares, so a renamed or removed response
// field fails the typecheck. The one `@ts-expect-error` below is the assertion that an undeclared field is
// an error; it fails the typecheck if that line ever compiles.
import { describe, expectTypeOf, test } from 'vitest';
import type { Answer, Problem, TestApp } from './app';
import type { ErrorStatus, RouteOf, SuccessBody, WithStatus } from './routes';

// Never run: only their inferred types are checked.
const getPerson = (t: TestApp, id: string) => t.call('GET', `/api/v1/people/${id}`);
const listPeople = (t: TestApp, q: string) => t.call('GET', `/api/v1/people?q=${q}&limit=5`);
const deletePerson = (t: TestApp, id: string) => t.call('DELETE', `/api/v1/people/${id}`);
const health = (t: TestApp) => t.call('GET', '/healthz');

type Resolved<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

describe('a call is typed by the route it reaches', () => {
  test('a template-string path finds its route, with or without a query', () => {
    expectTypeOf<RouteOf<'GET', `/api/v1/people/${string}`>>().toEqualTypeOf<'/api/v1/people/:id'>();
    expectTypeOf<
      RouteOf<'GET', `/api/v1/people/${string}/needs?limit=${number}`>
    >().toEqualTypeOf<'/api/v1/people/:id/needs'>();
    expectTypeOf<RouteOf<'POST', `/api/v1/people`>>().toEqualTypeOf<'/api/v1/people'>();
  });

  test('a literal segment beats a parameter, as in the router', () => {
    expectTypeOf<RouteOf<'GET', '/api/v1/people/sources'>>().toEqualTypeOf<'/api/v1/people/sources'>();
  });

  test('a parameter takes one segment only, and the method must be the route’s', () => {
    expectTypeOf<RouteOf<'GET', `/api/v1/people/${string}/nothing-here`>>().toBeNever();
    expectTypeOf<RouteOf<'PUT', `/api/v1/people/${string}`>>().toBeNever();
  });

  test('the body of a status is what the route declares for it', () => {
    type Ok = WithStatus<Resolved<typeof getPerson>, 200>;
    expectTypeOf<Ok['status']>().toEqualTypeOf<200>();
    expectTypeOf<Ok['body']['name']>().toEqualTypeOf<string>();
    expectTypeOf<Ok['body']['emails']>().toEqualTypeOf<string[]>();
    expectTypeOf<WithStatus<Resolved<typeof listPeople>, 200>['body']['total']>().toEqualTypeOf<number>();
    expectTypeOf<WithStatus<Resolved<typeof getPerson>, 404>['body']>().toEqualTypeOf<Problem>();
    // No content: the harness reads the empty body as text.
    expectTypeOf<WithStatus<Resolved<typeof deletePerson>, 204>['body']>().toEqualTypeOf<string>();
  });

  test('until narrowed, a body is the union of every status’s', () => {
    expectTypeOf<Resolved<typeof getPerson>['status']>().toEqualTypeOf<200 | ErrorStatus>();
    expectTypeOf<Resolved<typeof getPerson>['body']>().not.toHaveProperty('name');
  });

  test('a field the route does not declare is an error', () => {
    const read = (ok: WithStatus<Resolved<typeof getPerson>, 200>) =>
      // @ts-expect-error: people have no `fullName`
      ok.body.fullName;
    expectTypeOf(read).returns.toBeAny();
  });

  test('an error status the route does not type (CSRF, database, disk) is a problem', () => {
    expectTypeOf<WithStatus<Resolved<typeof deletePerson>, 403>['body']>().toEqualTypeOf<Problem>();
    expectTypeOf<WithStatus<Resolved<typeof deletePerson>, 507>['body']>().toEqualTypeOf<Problem>();
  });

  test('a call that succeeded (e2e seeding) reads its 2xx body, and only that', () => {
    expectTypeOf<SuccessBody<Resolved<typeof getPerson>>['name']>().toEqualTypeOf<string>();
    expectTypeOf<SuccessBody<Resolved<typeof getPerson>>>().not.toHaveProperty('errors');
    expectTypeOf<SuccessBody<Resolved<typeof deletePerson>>>().toEqualTypeOf<string>();
    expectTypeOf<SuccessBody<Resolved<typeof health>>>().toBeUnknown();
  });

  test('a path no declared route serves answers any status with a body a test must check', () => {
    expectTypeOf<Resolved<typeof health>>().toEqualTypeOf<Answer<number, unknown>>();
  });
});
