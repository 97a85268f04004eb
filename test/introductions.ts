// Builders for introduction tests: two people and a proposal between them, mail delivery wired to a
// real SMTP server, and helpers to pull links out of messages.
import type { Introduction, IntroductionDetail } from '../src/introductions/schema';
import type { DeliveryDeps } from '../src/mail/delivery';
import { smtpTransport } from '../src/mail/transport';
import type { Person } from '../src/people/schema';
import type { Called, TestAccount, TestApp } from './app';
import { personInput } from './factories';

export async function addPerson(
  t: TestApp,
  me: TestAccount,
  overrides: Record<string, unknown> = {},
): Promise<Person> {
  // Arranging a test's people: added as the test says, even when one repeats another's details.
  const res = await t.call('POST', '/api/v1/people', {
    token: me.token,
    body: { ...personInput(overrides), allowDuplicate: true },
  });
  if (res.status !== 201) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function propose(
  t: TestApp,
  me: TestAccount,
  opts: { a?: Record<string, unknown>; b?: Record<string, unknown>; body?: Record<string, unknown> } = {},
) {
  const a = await addPerson(t, me, { name: 'Alice Seeker', ...opts.a });
  const b = await addPerson(t, me, { name: 'Bob Provider', ...opts.b });
  const res = await t.call('POST', '/api/v1/introductions', {
    token: me.token,
    body: {
      personAId: a.id,
      personBId: b.id,
      kind: 'seeker_provider',
      reason: 'Alice needs what Bob does.',
      order: 'sequential',
      ...opts.body,
    },
  });
  if (res.status !== 201) throw new Error(`propose: ${res.status} ${JSON.stringify(res.body)}`);
  const intro: Introduction = res.body;
  return { a, b, intro };
}

export function post<P extends string>(
  t: TestApp,
  me: TestAccount,
  path: P,
  body?: unknown,
): Promise<Called<'POST', P>>;
export function post(t: TestApp, me: TestAccount, path: string, body?: unknown) {
  return t.call('POST', path, { token: me.token, ...(body === undefined ? {} : { body }) });
}

export async function detail(t: TestApp, me: TestAccount, id: string): Promise<IntroductionDetail> {
  const res = await t.call('GET', `/api/v1/introductions/${id}`, { token: me.token });
  if (res.status !== 200) throw new Error(`detail: ${res.status}`);
  return res.body;
}

/** The path (/r/<token>) of the first link in the message whose label starts with `label`. */
export function linkPath(message: { links: { label: string; url: string }[] }, label: string): string {
  const link = message.links.find((l) => l.label.startsWith(label));
  if (!link) throw new Error(`no "${label}" link in ${JSON.stringify(message.links)}`);
  const u = new URL(link.url);
  return u.pathname;
}

/** The messages of one introduction sent to one address, oldest first. */
export function mailsTo<M extends { to: string[]; kind: string }>(
  emails: M[],
  address: string,
  kind?: string,
): M[] {
  return emails.filter((m) => m.to.includes(address) && (!kind || m.kind === kind));
}

/** Posts a form the way a browser does from the answer page. */
export function postForm<P extends string>(
  t: TestApp,
  path: P,
  fields: Record<string, string>,
  headers?: Record<string, string>,
): Promise<Called<'POST', P>>;
export function postForm(
  t: TestApp,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  // The page's hidden field holds the token as the server read it from the path (decoded).
  const token = decodeURIComponent(path.split('/').pop()!);
  return t.call('POST', path, {
    rawBody: new URLSearchParams({ token, ...fields }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

export function deliveryDeps(t: TestApp, smtpUrl: string | null): DeliveryDeps {
  return {
    db: t.database.db,
    clock: t.clock,
    log: t.deps.log,
    settings: t.deps.config.mail,
    transport: smtpUrl ? smtpTransport(smtpUrl) : null,
  };
}
