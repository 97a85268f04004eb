// The person options (person-options.ts) mapped to the API's field names, for the handlers.
import type { Person } from '../../people/schema';
import { defined, type FlagNames } from '../input';
import { NONE, type PersonFieldOptions } from './person-options';

const orNull = (v: number | string | undefined) => (v === NONE ? null : v);

export const personFlags: FlagNames = {
  name: '--name',
  addressedAs: '--greet-as',
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
    addressedAs: o.greetAs,
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
    // Only the person's own cadence is theirs to edit; one that comes from a tag is not copied onto them.
    const own = current?.keepInTouch.source === 'own' ? current.keepInTouch : undefined;
    out.keepInTouch = { idealDays: own?.idealDays ?? null, maxDays: own?.maxDays ?? null, ...defined(keep) };
  }
  return defined(out);
}
