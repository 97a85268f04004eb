// Generates the demo network: a pure function of (seed, now). Same inputs, same network, so the demo
// looks the same on every machine and tests can pin what it contains.

import { INTERACTION_TYPES } from '../domain/interaction/types';
import type { InteractionType } from '../interactions/schema';
import type { PersonInput } from '../people/schema';
import { interactionFor } from './interactions';
import { planIntroductions } from './introductions';
import { INNER_CIRCLE } from './keep-in-touch';
import {
  CAVEATS,
  CITIES,
  type City,
  EVENTS,
  FIRST_NAMES,
  LAST_NAMES,
  PRIVATE_NOTES,
  VALUED_HELP,
  VOUCH_CRITERIA,
} from './names';
import { PROFESSIONS, type Profession } from './professions';
import { fill, Random } from './random';
import { TOPICS, type TopicKey } from './topics';
import type { DemoNeed, DemoNetwork, DemoOffer, DemoPerson } from './types';

export type { DemoNeed, DemoNetwork, DemoOffer, DemoPerson } from './types';

export const DEFAULT_DEMO_SIZE = 240;
const DAY = 86_400_000;

/** `timeZone`: the account's, so what falls due "today" in the demo does so on its local day. */
export function generateDemoNetwork(opts: {
  seed: number;
  now: Date;
  size?: number;
  timeZone?: string;
}): DemoNetwork {
  const r = new Random(opts.seed);
  const size = opts.size ?? DEFAULT_DEMO_SIZE;
  const usedNames = new Set<string>();
  const used: Used = { names: usedNames, phones: new Set(), emails: new Set() };
  const typeCycle = { next: 0 };
  const people: DemoPerson[] = [];
  const weights = PROFESSIONS.map((p, i) => [i, p.weight] as const);
  for (let i = 0; i < size; i++) {
    // The first few cycle through every profession, so each is present whatever the seed or size.
    const profession = PROFESSIONS[i < PROFESSIONS.length ? i : r.weighted(weights)]!;
    people.push(generatePerson(r, profession, opts.now, used, typeCycle));
  }
  ensureEveryNeedHasAnOffer(r, people, opts.now);
  ensureNeedsFallDue(people, opts.now);
  return { people, introductions: planIntroductions(people, { ...opts, timeZone: opts.timeZone ?? 'UTC' }) };
}

/** What must stay unique across the network: names, and every phone and email (each is someone's identity). */
interface Used {
  names: Set<string>;
  phones: Set<string>;
  emails: Set<string>;
}

function generatePerson(
  r: Random,
  prof: Profession,
  now: Date,
  used: Used,
  typeCycle: { next: number },
): DemoPerson {
  let first: string;
  let last: string;
  do {
    first = r.pick(FIRST_NAMES);
    last = r.pick(LAST_NAMES);
  } while (used.names.has(`${first} ${last}`));
  used.names.add(`${first} ${last}`);

  const city = r.pick(CITIES);
  const org = prof.organisation(r, last);
  const title = r.pick(prof.titles);
  const focus = r.pick(prof.focus);
  const years = String(r.int(3, 22));
  const year = String(now.getUTCFullYear() - r.int(1, 12));
  const aTitle = `${/^[AEIOU]/.test(title) ? 'an' : 'a'} ${title}`;
  const values = {
    first,
    last,
    org,
    title,
    aTitle,
    focus: focus.replace(/-/g, ' '),
    city: city.name,
    years,
    year,
  };

  const trust = r.weighted([
    [0, 18],
    [1, 4],
    [2, 10],
    [3, 30],
    [4, 26],
    [5, 12],
  ] as const);
  const person: PersonInput = {
    name: `${first} ${last}`,
    emails: emails(r, first, last, org, used.emails),
    phones: r.chance(0.55) ? phone(city, r.int(0, 9999), used.phones) : [],
    company: org === 'Independent' || org === 'Freelance' ? '' : org,
    title,
    location: `${city.name}, ${city.country}`,
    links: links(r, first, last, org),
    blurb: fill(r.pick(prof.blurbs), values),
    tags: tags(r, prof, focus, trust),
    trust: trust === 0 ? null : trust,
    vouchCriteria: r.chance(0.5)
      ? r
          .sample(VOUCH_CRITERIA, r.int(1, 3))
          .map((label) => ({ label, met: r.chance(trust >= 4 ? 0.85 : 0.4) }))
      : [],
    privateNotes: r.chance(0.35) ? privateNote(r, values, city) : '',
    caveats: r.chance(0.2) ? r.sample(CAVEATS, r.int(1, 2)).map((text) => ({ text })) : [],
    introPreferences: introPreferences(r, prof),
    keepInTouch: keepInTouch(r, trust),
  };

  const needTopics = prof.needs.filter((t) => !TOPICS[t].requiresFocus || TOPICS[t].requiresFocus === focus);
  const needs = r
    .sample(
      needTopics,
      r.weighted([
        [0, 40],
        [1, 35],
        [2, 18],
        [3, 7],
      ] as const),
    )
    .map((topic) => need(r, topic, values.focus, focus, now));
  const offers = r
    .sample(
      prof.offers,
      r.weighted([
        [0, 30],
        [1, 45],
        [2, 25],
      ] as const),
    )
    .map((topic) => offer(r, topic, prof.key, values.focus, focus, now));

  const topicLabels = [...prof.offers, ...needTopics].map((t) => TOPICS[t].label);
  const count = Math.max(0, r.int(0, 3) + (trust === 0 ? 1 : trust * 2) - (r.chance(0.2) ? 3 : 0));
  const interactions = Array.from({ length: count }, () =>
    interactionFor(r, {
      type: typeCycle.next < ALL_TYPES.length ? ALL_TYPES[typeCycle.next++]! : undefined,
      now,
      topic: r.pick(topicLabels),
      focus: values.focus,
      event: r.pick(EVENTS),
      city: city.name,
      service: TOPICS[r.pick(prof.offers)].label,
    }),
  );

  return { profession: prof.key, person, needs, offers, interactions };
}

const ALL_TYPES: readonly InteractionType[] = INTERACTION_TYPES;

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');

// Addresses and sites use the reserved .example domain, so nothing in the demo can email a real person.
// Names are unique, so the full-name forms are too; the short personal form falls back to the full one.
function emails(r: Random, first: string, last: string, org: string, used: Set<string>): string[] {
  const work = `${slug(first)}.${slug(last)}@${slug(org) || 'mail'}.example`;
  const out = r.chance(0.92) ? [work] : [];
  if (r.chance(0.15) || out.length === 0) {
    const short = `${slug(first)}${slug(last).slice(0, 1)}@personal.example`;
    out.push(used.has(short) ? `${slug(first)}.${slug(last)}@personal.example` : short);
  }
  for (const e of out) used.add(e);
  return out;
}

/**
 * A fictional number of the city's country that nobody else has: two different people sharing a number
 * would look like one person to the identity rule. None when the country's fictional range is used up.
 */
function phone(city: City, start: number, used: Set<string>): string[] {
  for (let k = 0; k < 10_000; k++) {
    const candidate = city.phone(start + k);
    if (used.has(candidate)) continue;
    used.add(candidate);
    return [candidate];
  }
  return [];
}

function links(r: Random, first: string, last: string, org: string): PersonInput['links'] {
  const out: PersonInput['links'] = [];
  if (r.chance(0.5)) {
    out.push({
      kind: 'linkedin',
      url: `https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${r.hex(5)}`,
    });
  }
  if (r.chance(0.25) && slug(org)) out.push({ kind: 'website', url: `https://${slug(org)}.example` });
  return out;
}

function tags(r: Random, prof: Profession, focus: string, trust: number): string[] {
  const extra = r.chance(0.3)
    ? [r.pick(['mentor', 'speaker', 'angel', 'alumni', 'remote', 'board-member'])]
    : [];
  const second = r.chance(0.25) ? [r.pick(prof.focus)] : [];
  // The closest few carry the tag the demo gives the tightest keep-in-touch cadence (DEMO_TAG_CADENCES).
  const inner = trust === 5 && r.chance(0.6) ? [INNER_CIRCLE] : [];
  return [...new Set([prof.tag, focus, ...second, ...extra, ...inner])];
}

function privateNote(r: Random, values: Record<string, string>, city: City): string {
  return fill(r.pick(PRIVATE_NOTES), {
    ...values,
    event: r.pick(EVENTS),
    city: r.pick(CITIES.filter((c) => c !== city)).name,
    field: values.focus!,
  });
}

function introPreferences(r: Random, prof: Profession): PersonInput['introPreferences'] {
  const askFirst = r.chance(prof.askFirstChance);
  return {
    askFirst,
    maxRequestsPerMonth: askFirst ? r.int(1, 4) : r.chance(0.05) ? r.int(3, 8) : null,
    doNotIntroduce: r.chance(0.03),
    valuedHelp: r.chance(0.4) ? r.sample(VALUED_HELP, r.int(1, 3)) : [],
  };
}

function keepInTouch(r: Random, trust: number): PersonInput['keepInTouch'] {
  if (!r.chance(trust >= 4 ? 0.8 : 0.45)) return { idealDays: null, maxDays: null };
  const ideal = r.pick([14, 30, 45, 60, 90, 180]);
  return { idealDays: ideal, maxDays: r.chance(0.7) ? ideal * 2 : null };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function need(r: Random, topic: TopicKey, focusText: string, focusTag: string, now: Date): DemoNeed {
  const t = TOPICS[topic];
  const status = r.weighted([
    ['open', 70],
    ['met', 20],
    ['dropped', 10],
  ] as const);
  const createdAt = new Date(now.getTime() - r.int(1, 400) * DAY);
  let neededBy: string | null = null;
  if (status === 'open' && r.chance(0.45)) neededBy = isoDate(new Date(now.getTime() + r.int(7, 150) * DAY));
  else if (status !== 'open' && r.chance(0.3))
    neededBy = isoDate(new Date(createdAt.getTime() + r.int(10, 90) * DAY));
  return {
    input: {
      text: fill(r.pick(t.needs), { focus: focusText }),
      tags: r.chance(0.3) ? [...new Set([t.tag, focusTag])] : [t.tag],
      urgency: r.weighted([
        ['low', 25],
        ['normal', 50],
        ['high', 25],
      ] as const),
      neededBy,
      status,
    },
    createdAt,
  };
}

function offer(
  r: Random,
  topic: TopicKey,
  profession: string,
  focusText: string,
  focusTag: string,
  now: Date,
): DemoOffer {
  const t = TOPICS[topic];
  const theirs = t.offers.filter((o) => !o.by || o.by.includes(profession));
  const o = r.pick(theirs.length ? theirs : t.offers);
  return {
    input: {
      text: fill(o.text, { focus: focusText }),
      tags: r.chance(0.3) ? [...new Set([t.tag, focusTag])] : [t.tag],
      idealCounterpart: fill(o.counterpart, { focus: focusText }),
      status: r.weighted([
        ['active', 85],
        ['paused', 10],
        ['withdrawn', 5],
      ] as const),
    },
    createdAt: new Date(now.getTime() - r.int(1, 500) * DAY),
  };
}

/**
 * Today shows needs whose needed-by date is near or past: the first open needs with a date are made due in
 * three days and two days ago, whatever the seed, so the demo always has both.
 */
function ensureNeedsFallDue(people: DemoPerson[], now: Date): void {
  const dated = people.flatMap((p) => p.needs).filter((n) => n.input.status === 'open' && n.input.neededBy);
  const [soon, past] = dated;
  if (soon) soon.input.neededBy = isoDate(new Date(now.getTime() + 3 * DAY));
  if (past) past.input.neededBy = isoDate(new Date(now.getTime() - 2 * DAY));
}

/** Every open need gets at least one active offer about the same topic from someone else. */
function ensureEveryNeedHasAnOffer(r: Random, people: DemoPerson[], now: Date): void {
  const topicByTag = new Map(Object.entries(TOPICS).map(([key, t]) => [t.tag, key as TopicKey]));
  for (const [seekerIndex, seeker] of people.entries()) {
    for (const n of seeker.needs) {
      if (n.input.status !== 'open') continue;
      const tag = n.input.tags[0]!;
      const answered = people.some(
        (p, i) =>
          i !== seekerIndex &&
          p.offers.some((o) => o.input.status === 'active' && o.input.tags.includes(tag)),
      );
      if (answered) continue;
      const topic = topicByTag.get(tag)!;
      const candidates = people.filter(
        (p, i) =>
          i !== seekerIndex && PROFESSIONS.find((x) => x.key === p.profession)!.offers.includes(topic),
      );
      const provider = candidates.length ? r.pick(candidates) : people[(seekerIndex + 1) % people.length]!;
      const focusTag = provider.person.tags[1] ?? tag;
      const made = offer(r, topic, provider.profession, focusTag.replace(/-/g, ' '), focusTag, now);
      provider.offers.push({ ...made, input: { ...made.input, status: 'active' } });
    }
  }
}
