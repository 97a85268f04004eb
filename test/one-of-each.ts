// One of every kind of thing an account owns, made through the API: the sweeps that call every route
// (isolation, fuzzed bodies) need a real id for each `{id}` in a path.
import { bodyOf, type TestAccount, type TestApp } from './app';
import { interactionInput, needInput, offerInput, personInput } from './factories';

export interface OneOfEach {
  person: string;
  /** A second person, the other side of the introduction and the referral. */
  other: string;
  need: string;
  offer: string;
  interaction: string;
  introduction: string;
  referral: string;
  introRequest: string;
}

export async function seedOneOfEach(t: TestApp, owner: TestAccount): Promise<OneOfEach> {
  const as = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
    t.call(method, path, { token: owner.token, body });
  const person = bodyOf(await as('POST', '/api/v1/people', personInput()), 201).id;
  const other = bodyOf(await as('POST', '/api/v1/people', personInput()), 201).id;
  const need = bodyOf(await as('POST', `/api/v1/people/${person}/needs`, needInput()), 201).id;
  const offer = bodyOf(await as('POST', `/api/v1/people/${person}/offers`, offerInput()), 201).id;
  const interaction = bodyOf(
    await as('POST', `/api/v1/people/${person}/interactions`, interactionInput()),
    201,
  ).id;
  const introduction = bodyOf(
    await as('POST', '/api/v1/introductions', {
      personAId: person,
      personBId: other,
      kind: 'peers',
      reason: 'r',
    }),
    201,
  ).id;
  const referral = bodyOf(
    await as('POST', '/api/v1/referrals', { direction: 'given', toPersonId: other, currency: 'EUR' }),
    201,
  ).id;
  // A request arrives the way a visitor's browser sends it, through the public link.
  const link = new URL(bodyOf(await as('POST', '/api/v1/intro-request-link'), 201).url).pathname;
  await t.app.request(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      name: 'Asker',
      email: 'asker@example.com',
      wantsToMeet: 'x',
      why: 'y',
      about: 'z',
    }),
  });
  const introRequest = bodyOf(await as('GET', '/api/v1/intro-requests'), 200).items[0]?.id;
  if (!introRequest) throw new Error('the request sent through the public link did not arrive');
  return { person, other, need, offer, interaction, introduction, referral, introRequest };
}
