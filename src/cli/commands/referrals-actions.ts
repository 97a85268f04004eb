// What `linchpin referral …` does (its options are in referrals.ts). Input goes through the API's schemas,
// so the CLI accepts and refuses exactly what the API does.
import { type Referral, ReferralInput, ReferralListQuery, ReferralPatch } from '../../referrals/schema';
import * as referrals from '../../referrals/service';
import type { Handler } from '../action';
import { CliExit, type Session, UserError } from '../context';
import { fields, plural, printJson, table } from '../format';
import { parseId, parseInput } from '../input';

type WithJson = { json?: boolean };

interface FieldOptions {
  direction?: string;
  referrer?: string;
  from?: string;
  to?: string;
  about?: string;
  status?: string;
  estimated?: string;
  closed?: string;
  currency?: string;
  date?: string;
}

const flags = {
  direction: '--direction',
  referrerId: '--referrer',
  fromPersonId: '--from',
  toPersonId: '--to',
  introductionId: '--introduction',
  about: '--about',
  status: '--status',
  estimatedValue: '--estimated',
  closedValue: '--closed',
  currency: '--currency',
  date: '--date',
};

/** A number typed on the command line; "none" clears it; anything else is left for the schema to refuse. */
const amount = (v: string | undefined) => {
  if (v === undefined) return undefined;
  if (v.trim().toLowerCase() === 'none') return null;
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : v;
};

/** The fields the options set, API-shaped; absent options are left out. */
function referralFields(o: FieldOptions): Record<string, unknown> {
  const all: Record<string, unknown> = {
    direction: o.direction,
    referrerId: o.referrer,
    fromPersonId: o.from,
    toPersonId: o.to,
    about: o.about,
    status: o.status,
    estimatedValue: amount(o.estimated),
    closedValue: amount(o.closed),
    currency: o.currency,
    date: o.date,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

const money = (value: number | null, currency: string | null) =>
  value === null ? '' : `${value.toFixed(2)}${currency ? ` ${currency}` : ''}`;

export const addReferral: Handler<FieldOptions & WithJson & { introduction?: string }> = async (
  s,
  { opts },
) => {
  const input = parseInput(
    ReferralInput,
    { ...referralFields(opts), ...(opts.introduction ? { introductionId: opts.introduction } : {}) },
    flags,
  );
  const account = await s.account();
  const referral = await referrals.createReferral(s.deps.db, account.id, input, s.deps.clock.now());
  if (opts.json) return printJson(s.io, referral);
  s.io.stdout(`Recorded a referral ${referral.direction}: ${referral.id}\n`);
};

export const listReferrals: Handler<
  {
    person?: string;
    direction?: string;
    status?: string;
    from?: string;
    to?: string;
    limit?: number | string;
  } & WithJson
> = async (s, { opts }) => {
  if (opts.limit !== undefined && (typeof opts.limit !== 'number' || opts.limit < 1)) {
    throw new UserError('--limit must be a whole number of 1 or more');
  }
  const query = parseInput(
    ReferralListQuery,
    { person: opts.person, direction: opts.direction, status: opts.status, from: opts.from, to: opts.to },
    { person: '--person', direction: '--direction', status: '--status', from: '--from', to: '--to' },
  );
  const account = await s.account();
  const items: Referral[] = [];
  const names = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const page = await referrals.listReferrals(s.deps.db, account.id, { ...query, limit: 200, cursor });
    items.push(...page.items);
    for (const p of page.people) names.set(p.id, p.name);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && (opts.limit === undefined || items.length < opts.limit));
  const shown = typeof opts.limit === 'number' ? items.slice(0, opts.limit) : items;
  if (opts.json) return printJson(s.io, { items: shown });
  if (shown.length === 0) {
    s.io.stdout('No referrals yet. Record one with: linchpin referral add --direction …\n');
    return;
  }
  const name = (id: string | null) => (id === null ? 'you' : (names.get(id) ?? id));
  s.io.stdout(
    table(shown, [
      { header: 'ID', value: (r) => r.id, max: 36 },
      { header: 'DATE', value: (r) => r.date },
      { header: 'DIRECTION', value: (r) => r.direction },
      { header: 'REFERRER', value: (r) => name(r.referrerId), max: 24 },
      { header: 'FROM', value: (r) => name(r.fromPersonId), max: 24 },
      { header: 'TO', value: (r) => name(r.toPersonId), max: 24 },
      { header: 'STATUS', value: (r) => r.status },
      { header: 'VALUE', value: (r) => money(r.closedValue ?? r.estimatedValue, r.currency) },
      { header: 'ABOUT', value: (r) => r.about, max: 40 },
    ]),
  );
  s.io.stdout(`${plural(shown.length, 'referral')}\n`);
};

async function load(s: Session, ref: string | undefined) {
  const id = parseId(ref ?? '', 'id', 'linchpin referral list');
  const account = await s.account();
  return { accountId: account.id, referral: await referrals.getReferral(s.deps.db, account.id, id) };
}

export const showReferral: Handler<WithJson> = async (s, { opts, args }) => {
  const { referral: r } = await load(s, args[0]);
  if (opts.json) return printJson(s.io, r);
  s.io.stdout(
    fields([
      ['ID', r.id],
      ['Date', r.date],
      ['Direction', r.direction],
      ['Referrer', r.referrerId ?? 'you'],
      ['From', r.fromPersonId ?? 'you'],
      ['To', r.toPersonId ?? 'you'],
      ['Introduction', r.introductionId],
      ['About', r.about],
      ['Status', r.status],
      ['Estimated', money(r.estimatedValue, r.currency)],
      ['Closed', money(r.closedValue, r.currency)],
    ]),
  );
};

export const updateReferral: Handler<FieldOptions & WithJson> = async (s, { opts, args }) => {
  const { accountId, referral } = await load(s, args[0]);
  const patch = referralFields(opts);
  if (Object.keys(patch).length === 0) {
    throw new UserError('nothing to change: give at least one field option, e.g. --status won (see --help)');
  }
  const valid = parseInput(ReferralPatch, patch, flags);
  const updated = await referrals.updateReferral(
    s.deps.db,
    accountId,
    referral.id,
    valid,
    s.deps.clock.now(),
  );
  if (opts.json) return printJson(s.io, updated);
  s.io.stdout(`Updated referral ${updated.id} (${Object.keys(valid).join(', ')}).\n`);
};

export const deleteReferral: Handler<WithJson & { yes?: boolean }> = async (s, { opts, args }) => {
  const { accountId, referral } = await load(s, args[0]);
  if (!opts.yes && s.io.interactive) {
    if (
      !(await s.io.confirm(
        `Delete the referral of ${referral.date} (${referral.about || referral.direction})?`,
      ))
    ) {
      s.io.stderr('Nothing deleted.\n');
      throw new CliExit(1);
    }
  }
  await referrals.deleteReferral(s.deps.db, accountId, referral.id);
  if (opts.json) return printJson(s.io, { deleted: referral.id });
  s.io.stdout(`Deleted referral ${referral.id}.\n`);
};
