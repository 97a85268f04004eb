// Suggested introductions in the web app, in real Chromium against the real server: the empty state of a
// fresh account; a small network seeded through the API (a seeker's CFO need, a provider's CFO offer, a
// baseball coach as a distractor; the seeker's vouch criteria unmet, which must not mark the suggestion: only a provider's count) shown as "updating" until the matching
// refresh has run, then the pair with its reasons; "Not a fit" and Undo; who could help on the person
// pages; candidates first in "Introduce…" and in "Find a provider"; the section on Today; the number per
// week; a draft introduction whose reason is the need and the offer, never the private reasons; and a
// provider held back by a recorded no-show, whose page says so and offers to suggest them again; a need
// with an introduction under way, left out of Suggestions and named on the seeker's page; and both
// matching settings in Settings.
// The harness runs no background work, so the test runs the refresh itself, as the job would.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { refreshPending } from '../../src/matching/refresh';
// Named for what it is: biome reads a `use…` call as a React hook.
import { useEmbedder as universalSentenceEncoder } from '../../src/matching/use-embedder';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  gone,
  screenshot,
  seedCall,
  seen,
  setUpOwner,
  startE2E,
} from './harness';

const OWNER = { email: 'mira.matchmaker@example.com', password: 'correct horse battery staple' };
const DANA = 'Dana Reyes';
const LEE = 'Lee Park';
const SAM = 'Sam Rivera';
const NEED = 'fractional CFO for our seed-stage startup';
const OFFER = 'part-time CFO for early-stage companies';
/** What a draft from the suggestion says: the need and the offer, quoted. */
const REASON = `${DANA} is looking for help: “${NEED}”. ${LEE} offers: “${OFFER}”.`;
const PAIR = `${DANA} → ${LEE}`;

let e2e: E2E;
let token = '';
const ids = { dana: '', lee: '', sam: '' };
const embedder = universalSentenceEncoder();

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

/** Runs the matching refresh as the background job does, and checks the status then says it is current. */
async function refreshMatching(): Promise<void> {
  const { db } = e2e.testApp.deps;
  await refreshPending({ db, clock: e2e.testApp.clock, embedder });
  expect(await api('GET', '/api/v1/matching/status')).toEqual({ pending: 0 });
}

describe('suggested introductions in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
    await embedder.embed(['load the model before the first test']);
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test('a fresh account: Suggestions is in the navigation and says how to get suggestions', async () => {
    const { page } = e2e;
    await page.goto('/today');
    await page.getByRole('link', { name: 'Suggestions' }).first().click();
    await seen(page.getByRole('heading', { name: 'Suggestions', level: 1 }));
    await seen(page.getByText('No suggestions yet'));
    await seen(
      page.getByText('Add needs and offers to your people, and Linchpin will suggest', { exact: false }),
    );
    await seen(page.getByRole('link', { name: 'Open your people' }));
    // Today has nothing to suggest, so it shows no section for it.
    await screenshot(page, 'suggestions-empty');
    const asked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/suggestions');
    await page.goto('/today');
    await seen(page.getByText('Nothing needs you today'));
    expect(await (await asked).json()).toEqual({ items: [], updating: false });
    expect(await page.getByRole('heading', { name: 'Suggested introductions' }).count()).toBe(0);
  });

  test('says it is updating until the refresh has run, then shows the pair with its reasons', async () => {
    const { page } = e2e;
    const dana = await api('POST', '/api/v1/people', {
      name: DANA,
      emails: ['dana@sunbeam.example'],
      title: 'CEO',
      company: 'Sunbeam Robotics',
      blurb: 'Runs a seed-stage robotics startup.',
      tags: ['robotics'],
      trust: 4,
      // Unmet, but Dana is the seeker: only a provider's criteria mark a suggestion.
      vouchCriteria: [{ label: 'Has a signed term sheet', met: false }],
    });
    const lee = await api('POST', '/api/v1/people', {
      name: LEE,
      emails: ['lee@ledgerly.example'],
      title: 'Fractional CFO',
      company: 'Ledgerly',
      blurb: 'Finance leader for early-stage startups.',
      tags: ['finance'],
      trust: 4,
    });
    const sam = await api('POST', '/api/v1/people', {
      name: SAM,
      emails: ['sam@littleleague.example'],
      title: 'Baseball coach',
      company: 'Little League',
      blurb: 'Teaches kids to throw.',
      tags: ['sports'],
      trust: 4,
    });
    Object.assign(ids, { dana: dana.id, lee: lee.id, sam: sam.id });
    await api('POST', `/api/v1/people/${dana.id}/needs`, { text: NEED, tags: ['finance'] });
    await api('POST', `/api/v1/people/${lee.id}/offers`, { text: OFFER, tags: ['finance'] });
    await api('POST', `/api/v1/people/${sam.id}/offers`, {
      text: 'Baseball pitching lessons for children',
      tags: [],
    });
    expect((await api('GET', '/api/v1/matching/status')).pending).toBeGreaterThan(0);

    await page.goto('/suggestions');
    await seen(page.getByRole('status', { name: 'Updating suggestions' }));
    await screenshot(page, 'suggestions-updating');

    await refreshMatching();
    // The page polls while it says "updating": the pair appears without a reload.
    const card = page.getByRole('article', { name: PAIR });
    await seen(card);
    await gone(page.getByRole('status', { name: 'Updating suggestions' }));
    await seen(card.getByText(NEED));
    await seen(card.getByText(OFFER));
    const reasons = card.getByRole('list', { name: 'Why' }).getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThan(0);
    const first = await reasons.first().textContent();
    expect(first).toContain(`${DANA} needs “`);
    expect(first).toContain(`${LEE} offers “`);
    const meter = card.getByRole('meter', { name: 'Match score' });
    const value = Number(await meter.getAttribute('aria-valuenow'));
    expect(value).toBeGreaterThan(0);
    expect(await meter.textContent()).toBe(`${value}% match`);
    expect(await card.getByText('Vouch criteria not met').count()).toBe(0);
    expect(await page.getByRole('article', { name: new RegExp(SAM) }).count()).toBe(0);
    await screenshot(page, 'suggestions');
    // Loaded at phone size, so the sidebar is not caught mid-way closing.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await seen(card);
    await screenshot(page, 'suggestions-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('the number of suggestions per week is saved as it is chosen', async () => {
    const { page } = e2e;
    await page.goto('/suggestions');
    const perWeek = page.getByRole('combobox', { name: 'Suggestions per week' });
    await seen(perWeek);
    // The select fills in when the settings have been read.
    await expect.poll(() => perWeek.inputValue()).toBe('5');
    await perWeek.click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    await seen(page.getByText('Up to 10 suggestions a week'));
    expect(await api('GET', '/api/v1/matching/settings')).toMatchObject({ suggestionsPerWeek: 10 });
    await page.reload();
    await seen(page.getByRole('article', { name: PAIR }));
    await expect.poll(() => perWeek.inputValue()).toBe('10');
  });

  test('“Not a fit” removes the suggestion at once, even while the list is slow to reload; Undo (in full) brings it back', async () => {
    const { page } = e2e;
    await page.goto('/suggestions');
    const card = page.getByRole('article', { name: PAIR });
    await seen(card);
    // A busy server: the list read again after the dismissal comes back late. Until it does, the dismissed
    // card must not stay on the page with its "Draft introduction" still working.
    const theList = (url: URL) => url.pathname === '/api/v1/suggestions';
    await page.route(theList, async (route) => {
      await new Promise((r) => setTimeout(r, 4_000));
      await route.continue();
    });
    await card.getByRole('button', { name: `Not a fit: ${DANA} and ${LEE}` }).click();
    await seen(page.getByText(`Not a fit: ${LEE} for ${DANA}`, { exact: false }));
    await gone(card, 1_500);
    // Let the late answers arrive (the page must not keep a slow network for the rest of the file).
    await page.unrouteAll({ behavior: 'wait' });
    const undo = page.getByRole('button', { name: 'Undo' });
    await screenshot(page, 'suggestions-not-a-fit-undo');
    // The notification's sentence is long: its Undo button (and the label inside it, which clips) must
    // still show the whole word.
    const clipped = await undo.evaluate((b) =>
      [b, ...b.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth),
    );
    expect(clipped, 'Undo is cut off').toBe(false);
    expect(await api('GET', '/api/v1/suggestions')).toMatchObject({ items: [] });
    await undo.click();
    await seen(page.getByText(`${LEE} is suggested for ${DANA} again`));
    // Undoing marks the need for matching again: the refresh brings the pair back, and the page shows it.
    await refreshMatching();
    await seen(card);
    await seen(card.getByText(OFFER));
  });

  test('the person pages show who could help the seeker and whom the provider could help', async () => {
    const { page } = e2e;
    await page.goto(`/people/${ids.dana}`);
    await seen(page.getByRole('heading', { name: DANA, level: 1 }));
    const couldHelp = page.getByRole('region', { name: `Who could help ${DANA}` });
    const forNeed = couldHelp.getByRole('group', { name: `Who could help with “${NEED}”` });
    const lee = forNeed.getByRole('article', { name: PAIR });
    await seen(lee);
    await seen(lee.getByRole('link', { name: LEE }));
    await seen(lee.getByText(OFFER));
    await seen(lee.getByRole('button', { name: `Draft introduction: ${DANA} and ${LEE}` }));
    // In a card of the page, the first reason shows; the others on request.
    const why = lee.getByRole('list', { name: 'Why' }).getByRole('listitem');
    expect(await why.count()).toBe(1);
    await lee.getByRole('button', { name: /^\d+ more reasons?$/ }).click();
    await expect.poll(() => why.count()).toBeGreaterThan(1);
    await seen(lee.getByText('you trust both (4/5)', { exact: false }));
    expect(await lee.getByText('vouch criteria not met', { exact: false }).count()).toBe(0);
    expect(await couldHelp.getByRole('article', { name: new RegExp(SAM) }).count()).toBe(0);
    await screenshot(page, 'suggestions-person-seeker');

    await page.goto(`/people/${ids.lee}`);
    const theyHelp = page.getByRole('region', { name: `Whom ${LEE} could help` });
    const dana = theyHelp.getByRole('article', { name: PAIR });
    await seen(dana.getByRole('link', { name: DANA }));
    await seen(dana.getByText(NEED));
    await screenshot(page, 'suggestions-person-provider');
  });

  test('“Introduce…” from the provider’s page proposes the seeker first, with the reason', async () => {
    const { page } = e2e;
    await page.goto(`/people/${ids.lee}`);
    await page.getByRole('link', { name: 'Introduce…' }).click();
    await seen(page.getByRole('heading', { name: 'Propose an introduction', level: 1 }));
    await page.getByRole('combobox', { name: /Provider/ }).click();
    const option = page.getByRole('option', { name: new RegExp(DANA) });
    await seen(option);
    expect(await option.textContent()).toContain(`${DANA} needs “`);
    // The suggested person is listed before everyone else.
    expect(await page.getByRole('option').first().textContent()).toContain(DANA);
    await screenshot(page, 'suggestions-introduce-candidates');
    await option.click();
    // Dana is the seeker, so the two change places; the need is linked and the need and the offer are the
    // reason (the reasons themselves hold the connector's private figures).
    await seen(page.getByText(`Answers ${DANA}’s need: “${NEED}”`));
    expect(await page.getByRole('combobox', { name: /Seeker/ }).inputValue()).toContain(DANA);
    expect(await page.getByRole('combobox', { name: /Provider/ }).inputValue()).toContain(LEE);
    expect(await page.getByRole('textbox', { name: 'Why should they meet?' }).inputValue()).toBe(REASON);
  });

  test('“Find a provider” lists the matcher’s providers; choosing one takes the need and its offer as the reason', async () => {
    const { page } = e2e;
    await page.goto(`/people/${ids.dana}`);
    await page.getByRole('link', { name: `Find a provider for “${NEED}”` }).click();
    await seen(page.getByRole('heading', { name: 'Find a provider', level: 1 }));
    const providers = page.getByRole('region', { name: 'Suggested providers' });
    const lee = providers.getByRole('article', { name: LEE });
    await seen(lee.getByText(OFFER));
    await seen(lee.getByRole('list', { name: 'Why' }));
    await seen(lee.getByRole('button', { name: `Not a fit: ${DANA} and ${LEE}` }));
    expect(await providers.getByRole('article', { name: SAM }).count()).toBe(0);
    await screenshot(page, 'suggestions-find-a-provider');
    const reason = page.getByRole('textbox', { name: 'Why should they meet?' });
    expect(await reason.inputValue()).toBe(`${DANA} is looking for help: “${NEED}”.`);
    await lee.getByRole('button', { name: `Choose ${LEE}` }).click();
    await expect.poll(() => reason.inputValue()).toBe(REASON);
    expect(await page.getByRole('combobox', { name: /Provider/ }).inputValue()).toContain(LEE);
  });

  test('Today shows the week’s top suggestions and the way to the rest', async () => {
    const { page } = e2e;
    await page.goto('/today');
    const section = page.getByRole('region', { name: 'Suggested introductions' });
    await seen(section.getByRole('article', { name: PAIR }));
    await seen(section.getByRole('link', { name: 'All suggestions' }));
    await screenshot(page, 'suggestions-today');
    await section.getByRole('link', { name: 'All suggestions' }).click();
    await seen(page.getByRole('heading', { name: 'Suggestions', level: 1 }));
  });

  test('“Draft introduction” opens a draft whose reason is the need and the offer, without the trust shown on the card; the pair is no longer suggested, and the seeker’s page says why', async () => {
    const { page } = e2e;
    await page.goto('/suggestions');
    const card = page.getByRole('article', { name: PAIR });
    await card.getByRole('button', { name: `Draft introduction: ${DANA} and ${LEE}` }).click();
    await seen(page.getByRole('heading', { name: `${DANA} and ${LEE}`, level: 1 }));
    expect(new URL(page.url()).pathname).toMatch(/^\/introductions\/[^/]+$/);
    await seen(page.getByLabel('State: Draft'));
    await seen(page.getByText(REASON));
    expect(await page.getByText('you trust both', { exact: false }).count()).toBe(0);
    await screenshot(page, 'suggestions-draft');

    // An open introduction keeps the pair out of the suggestions: all caught up.
    await page.goto('/suggestions');
    await seen(page.getByText('All caught up'));
    expect(await page.getByRole('article', { name: PAIR }).count()).toBe(0);
    await screenshot(page, 'suggestions-all-caught-up');

    // Dana's page says why no one is suggested for her need: the introduction under way, not "no one".
    await page.goto(`/people/${ids.dana}`);
    const group = page.getByRole('group', { name: `Who could help with “${NEED}”` });
    await seen(group.getByText(`${LEE} could help, but an introduction between them is under way (Draft).`));
    expect(await group.getByText('No one in your network answers this yet').count()).toBe(0);
    await group.getByRole('link', { name: 'Open the introduction' }).click();
    await seen(page.getByRole('heading', { name: `${DANA} and ${LEE}`, level: 1 }));
  });

  test('once Lee says no, Dana’s page says who declined and when, not “no one answers this”', async () => {
    const { page } = e2e;
    const [draft] = (await api('GET', `/api/v1/introductions?personId=${ids.dana}`)).items;
    if (!draft) throw new Error('the draft of the test before is gone');
    await api('PATCH', `/api/v1/introductions/${draft.id}`, { order: 'parallel' });
    await api('POST', `/api/v1/introductions/${draft.id}/request`);
    const declined = await api('POST', `/api/v1/introductions/${draft.id}/answers`, {
      personId: ids.lee,
      answer: 'no',
    });
    expect(declined.state).toBe('declined');

    await page.goto(`/people/${ids.dana}`);
    const group = page.getByRole('group', { name: `Who could help with “${NEED}”` });
    await seen(
      group.getByText(
        new RegExp(
          // The day as the server writes days in its sentences ("7 Dec 2026"), whatever the browser's locale.
          `^${LEE} could help, but said no to an introduction between them on \\d{1,2} \\w{3} \\d{4}\\.`,
        ),
      ),
    );
    expect(await group.getByText('No one in your network answers this yet').count()).toBe(0);
    // Her card of it: over, so her open question is not shown as still awaited.
    const card = page.getByRole('link', { name: new RegExp(`^${DANA} to ${LEE}, Declined`) });
    await seen(card.getByText('Asked, had not answered'));
    expect(await card.getByText('no answer yet').count()).toBe(0);
    await screenshot(page, 'suggestions-person-declined');
  });

  test('editing a need on the person page shows it being matched, not the providers found for its old words, then its new ones', async () => {
    const { page } = e2e;
    const eve = await api('POST', '/api/v1/people', {
      name: 'Eve Moreau',
      emails: ['eve@brightloaf.example'],
      title: 'Founder',
      company: 'Brightloaf',
      blurb: 'Runs a bakery chain raising its first round.',
      tags: ['food'],
      trust: 4,
    });
    const oldText = 'A part-time CFO to get our books ready for investors';
    const newText = 'Pitching lessons for my kids’ baseball team';
    await api('POST', `/api/v1/people/${eve.id}/needs`, { text: oldText, tags: [] });
    await refreshMatching();
    await page.goto(`/people/${eve.id}`);
    await seen(page.getByRole('heading', { name: 'Eve Moreau', level: 1 }));
    const before = page.getByRole('group', { name: `Who could help with “${oldText}”` });
    await seen(before.getByRole('article', { name: `Eve Moreau → ${LEE}` }));

    await page.getByRole('button', { name: `Actions for need “${oldText}”` }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit need' });
    await form.getByRole('textbox', { name: 'What do they need?' }).fill(newText);
    await form.getByRole('button', { name: 'Save need' }).click();
    await gone(form);

    const after = page.getByRole('group', { name: `Who could help with “${newText}”` });
    await seen(after.getByText('Being matched…'));
    expect(await after.getByRole('article').count()).toBe(0);
    await screenshot(page, 'suggestions-need-edited-matching');

    await refreshMatching();
    // The page polls while it says "updating": the new answer appears without a reload.
    await seen(after.getByRole('article', { name: `Eve Moreau → ${SAM}` }));
    expect(await after.getByRole('article', { name: `Eve Moreau → ${LEE}` }).count()).toBe(0);
    await screenshot(page, 'suggestions-need-edited');
  });

  test('a provider with a recorded no-show: their page says why no need is suggested, not that none matches, and “Suggest them again” brings their match back', async () => {
    const { page } = e2e;
    const kit = await api('POST', '/api/v1/people', {
      name: 'Kit Okoro',
      emails: ['kit@ledgerwise.example'],
      title: 'Fractional CFO',
      company: 'Ledgerwise',
      blurb: 'Finance leader for seed-stage startups.',
      tags: ['finance'],
      trust: 4,
    });
    const ava = await api('POST', '/api/v1/people', {
      name: 'Ava Lind',
      emails: ['ava@northwind.example'],
      title: 'Founder',
      company: 'Northwind Freight',
      blurb: 'Building a logistics startup.',
      tags: ['logistics'],
      trust: 4,
    });
    await api('POST', `/api/v1/people/${ava.id}/needs`, { text: NEED, tags: ['finance'] });
    await api('POST', `/api/v1/people/${kit.id}/offers`, { text: OFFER, tags: ['finance'] });
    // Kit was introduced to Sam before and did not show up.
    const intro = await api('POST', '/api/v1/introductions', {
      personAId: ids.sam,
      personBId: kit.id,
      kind: 'peers',
      reason: 'They should meet.',
      order: 'parallel',
    });
    await api('POST', `/api/v1/introductions/${intro.id}/request`);
    for (const personId of [ids.sam, kit.id]) {
      await api('POST', `/api/v1/introductions/${intro.id}/answers`, { personId, answer: 'yes' });
    }
    await api('POST', `/api/v1/introductions/${intro.id}/introduce`);
    await api('POST', `/api/v1/introductions/${intro.id}/outcome`, {
      outcome: 'no_show',
      noShowPersonId: kit.id,
    });
    await refreshMatching();

    await page.goto(`/people/${kit.id}`);
    await seen(page.getByRole('heading', { name: 'Kit Okoro', level: 1 }));
    const theyHelp = page.getByRole('region', { name: 'Whom Kit Okoro could help' });
    await seen(
      theyHelp.getByText(
        'Kit Okoro did not show up to an introduction, so Linchpin does not suggest them as a provider until you vouch for them again.',
      ),
    );
    expect(await theyHelp.getByText('No one’s open need matches', { exact: false }).count()).toBe(0);
    await screenshot(page, 'suggestions-person-no-show');

    await theyHelp.getByRole('button', { name: 'Suggest them again' }).click();
    await expect.poll(async () => (await api('GET', '/api/v1/matching/status')).pending).toBeGreaterThan(0);
    await refreshMatching();
    // The page polls while it says "updating": Ava's need appears without a reload.
    await seen(theyHelp.getByRole('article', { name: 'Ava Lind → Kit Okoro' }));
    await screenshot(page, 'suggestions-person-no-show-overridden');
  });

  test('a need with an introduction under way leaves Suggestions; the seeker’s page names that introduction and still lists who else could help', async () => {
    const { page } = e2e;
    const noor = await api('POST', '/api/v1/people', {
      name: 'Noor Haddad',
      emails: ['noor@brightpath.example'],
      title: 'CEO',
      company: 'Brightpath Health',
      blurb: 'Runs a growing health startup.',
      tags: ['healthcare'],
    });
    const coaches = [];
    for (const [name, offer] of [
      ['Eli Brandt', 'Coaches founders and new executives'],
      ['Ines Moreau', 'Executive coaching for leadership teams'],
    ] as const) {
      const coach = await api('POST', '/api/v1/people', {
        name,
        emails: [`${name.split(' ')[0]!.toLowerCase()}@coaching.example`],
        title: 'Executive coach',
        company: 'Northstar Coaching',
        blurb: 'Coaches leaders of fast-growing companies.',
        tags: ['coaching'],
      });
      await api('POST', `/api/v1/people/${coach.id}/offers`, { text: offer, tags: ['coaching'] });
      coaches.push(coach);
    }
    const coachNeed = 'An executive coach for our leadership team';
    const need = await api('POST', `/api/v1/people/${noor.id}/needs`, {
      text: coachNeed,
      tags: ['coaching'],
    });
    await refreshMatching();
    const [first, second] = (await api('GET', `/api/v1/needs/${need.id}/suggestions`)).items;
    if (!first || !second) throw new Error('both coaches should answer the need');
    expect(
      (await api('GET', '/api/v1/suggestions?limit=50')).items.some(
        (s: { needId: string }) => s.needId === need.id,
      ),
    ).toBe(true);
    const drafted = await api('POST', '/api/v1/suggestions/draft', {
      needId: need.id,
      providerId: first.personId,
      offerId: first.offerId,
    });

    await page.goto('/suggestions');
    await seen(page.getByRole('heading', { name: 'Suggestions', level: 1 }));
    await gone(page.getByRole('article', { name: /^Noor Haddad → / }));

    await page.goto(`/people/${noor.id}`);
    const group = page.getByRole('group', { name: `Who could help with “${coachNeed}”` });
    const note = group.getByRole('note');
    await seen(note.getByText('An introduction for this need is under way:', { exact: false }));
    await seen(note.getByText('(draft)', { exact: false }));
    await seen(group.getByRole('article', { name: `Noor Haddad → ${second.person.name}` }));
    await screenshot(page, 'suggestions-need-under-way');
    await note.getByRole('link', { name: `Noor Haddad and ${first.person.name}` }).click();
    await seen(page.getByRole('heading', { name: `Noor Haddad and ${first.person.name}`, level: 1 }));
    expect(new URL(page.url()).pathname).toBe(`/introductions/${drafted.id}`);
  });

  test('Settings has both matching settings: the suggestions a week and the days a pair rests after a no', async () => {
    const { page } = e2e;
    const before = await api('GET', '/api/v1/matching/settings');
    await page.goto('/settings');
    const card = page.getByRole('region', { name: 'Suggestions' });
    const perWeek = card.getByRole('textbox', { name: 'Suggestions a week' });
    const rest = card.getByRole('textbox', { name: 'Rest after a no (days)' });
    await seen(perWeek);
    await expect.poll(() => perWeek.inputValue()).toBe(String(before.suggestionsPerWeek));
    expect(await rest.inputValue()).toBe(String(before.declineCooldownDays));
    await perWeek.fill('7');
    await rest.fill('90');
    await card.getByRole('button', { name: 'Save suggestion settings' }).click();
    await seen(page.getByText('Up to 7 suggestions a week; a pair rests 90 days after a no'));
    expect(await api('GET', '/api/v1/matching/settings')).toEqual({
      suggestionsPerWeek: 7,
      declineCooldownDays: 90,
    });
    await screenshot(page, 'settings-matching');
    await page.reload();
    await expect.poll(() => perWeek.inputValue()).toBe('7');
    expect(await rest.inputValue()).toBe('90');
  });
});
