// The calendar feed from outside: made in one call, read without signing in, parsed by ical.js (a real
// iCalendar parser), the same events and UIDs on every request, SEQUENCE rising when an event changes,
// dates on the account's local days, a rotated or revoked secret answering 404, and a per-address limit.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { needInput } from '../../test/factories';
import { addPerson, post, propose } from '../../test/introductions';
import { problemResponse } from '../http/problem';
import { createRequestLimiter } from '../http/rate-limit';
import { ProblemError } from '../shared/errors';
import { calendarRoutes } from './routes';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  t.clock.set('2026-02-10T12:00:00Z');
});
afterAll(() => t.close());

interface FeedEvent {
  uid: string;
  date: string;
  summary: string;
  sequence: number;
}

/** Reads the feed as a calendar app would: no credentials, parsed by ical.js. */
async function readFeed(path: string) {
  const res = await t.app.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await res.text();
  const cal = new ICAL.Component(ICAL.parse(text));
  const events: FeedEvent[] = cal.getAllSubcomponents('vevent').map((v) => {
    const ev = new ICAL.Event(v);
    expect(ev.startDate.isDate).toBe(true);
    expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
    return {
      uid: ev.uid,
      date: ev.startDate.toString(),
      summary: ev.summary,
      sequence: ev.sequence,
    };
  });
  return { text, name: cal.getFirstPropertyValue('x-wr-calname'), events };
}

const byUid = (events: FeedEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe('the calendar feed', () => {
  let feedPath = '';
  let needId = '';
  let keepInTouchId = '';
  let introducedId = '';
  let snoozedId = '';

  it('shows follow-ups, check-backs, needed-by and keep-in-touch dates on local days, parsed by ical.js', async () => {
    // Auckland is UTC+13 in February: an instant at 12:00 UTC is already the next local day.
    const patched = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { timeZone: 'Pacific/Auckland' },
    });
    expect(bodyOf(patched, 200).timeZone).toBe('Pacific/Auckland');

    const introduced = await propose(t, me);
    introducedId = introduced.intro.id;
    await post(t, me, `/api/v1/introductions/${introducedId}/request`);
    for (const p of [introduced.a, introduced.b]) {
      await post(t, me, `/api/v1/introductions/${introducedId}/answers`, { personId: p.id, answer: 'yes' });
    }
    expect(bodyOf(await post(t, me, `/api/v1/introductions/${introducedId}/introduce`), 200).state).toBe(
      'introduced',
    );

    const snoozed = await propose(t, me, { a: { name: 'Carol Later' }, b: { name: 'Dan Provider' } });
    snoozedId = snoozed.intro.id;
    await post(t, me, `/api/v1/introductions/${snoozedId}/request`);
    const later = await post(t, me, `/api/v1/introductions/${snoozedId}/answers`, {
      personId: snoozed.a.id,
      answer: 'later',
      until: '2026-03-01',
    });
    expect(bodyOf(later, 200).state).toBe('snoozed');

    const ada = await addPerson(t, me, { name: 'Ada Lovelace', keepInTouch: { idealDays: 30, maxDays: 45 } });
    keepInTouchId = ada.id;
    const need = await t.call('POST', `/api/v1/people/${ada.id}/needs`, {
      token: me.token,
      body: needInput({ text: 'a designer for the launch', neededBy: '2026-02-20' }),
    });
    needId = bodyOf(need, 201).id;

    const made = await t.call('POST', '/api/v1/calendar-feed', { token: me.token });
    expectStatus(made, 201);
    feedPath = new URL(made.body.url).pathname;
    expect(feedPath).toMatch(/^\/calendar\/lpcal_[A-Za-z0-9_-]+\.ics$/);
    expect(bodyOf(await t.call('GET', '/api/v1/calendar-feed', { token: me.token }), 200).active).toBe(true);

    const feed = await readFeed(feedPath);
    expect(feed.name).toBe('Linchpin');
    expect(feed.text).toContain('\r\nSEQUENCE:');
    const events = byUid(feed.events);
    // Introduced 10 February 12:00 UTC + 7 days = 18 February 01:00 in Auckland.
    expect(events.get(`follow_up-${introducedId}@linchpin`)).toMatchObject({
      date: '2026-02-18',
      summary: 'Follow up: Alice Seeker & Bob Provider',
    });
    expect(events.get(`check_back-${snoozedId}@linchpin`)).toMatchObject({
      date: '2026-03-01',
      summary: 'Check back: Carol Later & Dan Provider',
    });
    expect(events.get(`need-${needId}@linchpin`)).toMatchObject({
      date: '2026-02-20',
      summary: 'Needed by today: Ada Lovelace, a designer for the launch',
    });
    expect(events.get(`keep_in_touch-${keepInTouchId}@linchpin`)?.summary).toBe(
      'Get in touch with Ada Lovelace',
    );
  });

  it('keeps UIDs and SEQUENCE across requests, and raises SEQUENCE for the event that changed', async () => {
    const first = byUid((await readFeed(feedPath)).events);
    t.clock.advance(60_000);
    const again = byUid((await readFeed(feedPath)).events);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [uid, e] of again) expect(e.sequence).toBe(first.get(uid)!.sequence);

    t.clock.advance(60_000);
    const moved = await t.call('PATCH', `/api/v1/needs/${needId}`, {
      token: me.token,
      body: { neededBy: '2026-02-25' },
    });
    expect(moved.status).toBe(200);
    const after = byUid((await readFeed(feedPath)).events);
    const uid = `need-${needId}@linchpin`;
    expect(after.get(uid)!.date).toBe('2026-02-25');
    expect(after.get(uid)!.sequence).toBeGreaterThan(first.get(uid)!.sequence);
    expect(after.get(`follow_up-${introducedId}@linchpin`)!.sequence).toBe(
      first.get(`follow_up-${introducedId}@linchpin`)!.sequence,
    );
  });

  it("shows another account nothing of this one's", async () => {
    const other = await t.account();
    const made = await t.call('POST', '/api/v1/calendar-feed', { token: other.token });
    const feed = await readFeed(new URL(bodyOf(made, 201).url).pathname);
    expect(feed.events).toEqual([]);
  });

  it('answers 404 problem+json to a replaced, revoked, unknown or malformed secret', async () => {
    const rotated = await t.call('POST', '/api/v1/calendar-feed', { token: me.token });
    const newPath = new URL(bodyOf(rotated, 201).url).pathname;
    expect(newPath).not.toBe(feedPath);
    const old = await t.call('GET', feedPath);
    expect(old.status).toBe(404);
    expect(old.headers.get('content-type')).toContain('application/problem+json');
    await readFeed(newPath);

    expect((await t.call('DELETE', '/api/v1/calendar-feed', { token: me.token })).status).toBe(204);
    expect((await t.call('GET', newPath)).status).toBe(404);
    expect((await t.call('GET', '/api/v1/calendar-feed', { token: me.token })).body).toEqual({
      active: false,
      createdAt: null,
    });
    expect((await t.call('DELETE', '/api/v1/calendar-feed', { token: me.token })).status).toBe(404);
    for (const bad of ['/calendar/nothing.ics', `${newPath.slice(0, -4)}`, '/calendar/lpcal_x.ics']) {
      expect((await t.call('GET', bad)).status).toBe(404);
    }
  });

  it('limits requests per client address', async () => {
    const routes = calendarRoutes(t.deps, createRequestLimiter({ points: 2, windowSeconds: 60 }));
    routes.onError((err, c) => {
      if (err instanceof ProblemError) return problemResponse(c, err);
      throw err;
    });
    const from = (remoteAddress: string) =>
      routes.request('/calendar/nothing.ics', {}, { incoming: { socket: { remoteAddress } } });
    expect((await from('198.51.100.7')).status).toBe(404);
    expect((await from('198.51.100.7')).status).toBe(404);
    const limited = await from('198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await from('198.51.100.8')).status).toBe(404);
  });
});
