// The options that set a person's fields, shared by `people add` and `people edit`, and their mapping
// to the API's field names.
import type { Command } from 'commander';
import type { Person } from '../../people/schema';
import { defined, type FlagNames } from '../input';
import { collect, intArg } from '../options';

export interface PersonFieldOptions {
  name?: string;
  email?: string[];
  phone?: string[];
  company?: string;
  title?: string;
  location?: string;
  link?: string[];
  blurb?: string;
  tag?: string[];
  trust?: number | string;
  vouch?: string[];
  vouched?: string[];
  notes?: string;
  caveat?: string[];
  askFirst?: boolean;
  doNotIntroduce?: boolean;
  maxRequests?: number | string;
  values?: string[];
  keepInTouch?: number | string;
  keepInTouchMax?: number | string;
}

export const personFlags: FlagNames = {
  name: '--name',
  emails: '--email',
  phones: '--phone',
  company: '--company',
  title: '--title',
  location: '--location',
  links: '--link',
  blurb: '--blurb',
  tags: '--tag',
  trust: '--trust',
  vouchCriteria: '--vouch/--vouched',
  privateNotes: '--notes',
  caveats: '--caveat',
  'introPreferences.askFirst': '--ask-first',
  'introPreferences.maxRequestsPerMonth': '--max-requests',
  'introPreferences.doNotIntroduce': '--do-not-introduce',
  'introPreferences.valuedHelp': '--values',
  keepInTouch: '--keep-in-touch-max',
  'keepInTouch.idealDays': '--keep-in-touch',
  'keepInTouch.maxDays': '--keep-in-touch-max',
};

// "none" clears a number field. Commander turns a parser's null into '', so the word is kept here and
// becomes null in personFields.
const NONE = 'none';
const numberOrNone = (value: string) => (/^(none|null)$/i.test(value.trim()) ? NONE : intArg(value));
const orNull = (v: number | string | undefined) => (v === NONE ? null : v);

export function addPersonFieldOptions(cmd: Command): Command {
  return cmd
    .option('--name <name>', 'full name')
    .option('--email <email>', 'email address (repeat for several)', collect)
    .option('--phone <phone>', 'phone number (repeat for several)', collect)
    .option('--company <company>', 'company or organisation')
    .option('--title <title>', 'job title')
    .option('--location <place>', 'city, region or country')
    .option('--link <url>', 'LinkedIn, website, GitHub… (repeat for several)', collect)
    .option('--blurb <text>', 'the paragraph you use when introducing them')
    .option('--tag <tag>', 'a tag (repeat for several)', collect)
    .option('--trust <1-5>', 'how much you trust them, 1 to 5 ("none" to clear)', numberOrNone)
    .option('--vouch <criterion>', 'a vouch criterion not met yet (repeat)', collect)
    .option(
      '--vouched <criterion>',
      'a vouch criterion already met, e.g. "worked with them" (repeat)',
      collect,
    )
    .option('--notes <text>', 'private notes (never leave your account)')
    .option('--caveat <text>', 'an honest downside, private unless you disclose it (repeat)', collect)
    .option('--ask-first', 'busy: ask them first in an introduction')
    .option('--no-ask-first', 'not busy')
    .option('--do-not-introduce', 'never suggest introductions to them')
    .option('--no-do-not-introduce', 'introductions are fine again')
    .option(
      '--max-requests <n>',
      'introduction requests per month at most ("none" for no limit)',
      numberOrNone,
    )
    .option('--values <kind>', 'a kind of help they value (repeat)', collect)
    .option('--keep-in-touch <days>', 'ideal days between contacts ("none" to clear)', numberOrNone)
    .option('--keep-in-touch-max <days>', 'longest acceptable gap in days ("none" to clear)', numberOrNone);
}

export function linkFromUrl(url: string) {
  const host = /^https?:\/\/([^/]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  const kind = host.endsWith('linkedin.com')
    ? 'linkedin'
    : host.endsWith('github.com')
      ? 'github'
      : host.endsWith('twitter.com') || host === 'x.com'
        ? 'twitter'
        : host
          ? 'website'
          : 'other';
  return { kind, url: url.trim() };
}

/**
 * The fields the options set, in API shape. Nested objects (intro preferences, keep-in-touch) are
 * merged onto `current` when editing, because the API replaces them as a whole.
 */
export function personFields(o: PersonFieldOptions, current?: Person): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: o.name,
    emails: o.email,
    phones: o.phone,
    company: o.company,
    title: o.title,
    location: o.location,
    links: o.link?.map(linkFromUrl),
    blurb: o.blurb,
    tags: o.tag,
    trust: orNull(o.trust),
    privateNotes: o.notes,
    caveats: o.caveat?.map((text) => ({ text })),
  };
  if (o.vouch || o.vouched) {
    out.vouchCriteria = [
      ...(o.vouched ?? []).map((label) => ({ label, met: true })),
      ...(o.vouch ?? []).map((label) => ({ label, met: false })),
    ];
  }
  const prefs = {
    askFirst: o.askFirst,
    doNotIntroduce: o.doNotIntroduce,
    maxRequestsPerMonth: orNull(o.maxRequests),
    valuedHelp: o.values,
  };
  if (Object.values(prefs).some((v) => v !== undefined)) {
    out.introPreferences = { ...current?.introPreferences, ...defined(prefs) };
  }
  const keep = { idealDays: orNull(o.keepInTouch), maxDays: orNull(o.keepInTouchMax) };
  if (Object.values(keep).some((v) => v !== undefined)) {
    out.keepInTouch = { ...current?.keepInTouch, ...defined(keep) };
  }
  return defined(out);
}
