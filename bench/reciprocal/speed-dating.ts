// The speed-dating adapter: rows of the Speed Dating experiment's CSV (Fisman et al. 2006) become the
// learner's questions and decisions. Only the pre-event answers of both people and the night's yes/no
// decisions are used; the scorecard ratings of a date are made during it and would leak.
import { parse } from 'csv-parse/sync';
import type { YesExample } from '../../src/domain/matching/learner';

/** One row: participant `iid` met partner `pid` and decided. */
export interface SpeedDate {
  wave: number;
  iid: string;
  pid: string;
  /** The shared time slot: max(order of (iid, pid), order of (pid, iid)). */
  slot: number;
  yes: boolean;
  match: boolean;
  example: YesExample;
}

type Row = Readonly<Record<string, string | undefined>>;

/** A number as the file writes it: thousands separators allowed; empty or unreadable is undefined. */
export function readNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const cleaned = raw.replace(/[,\s"]/g, '');
  if (cleaned === '') return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** The file is latin1 (names of places such as "Zürich" in one byte). */
export function decodeLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

/** Parses the CSV text (decode the file with decodeLatin1 first) into dates with both people's pre-event answers. */
export function readSpeedDates(text: string): SpeedDate[] {
  const rows: Row[] = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true });
  const people = new Map<string, Row>();
  const orderOf = new Map<string, number>();
  for (const r of rows) {
    const iid = r.iid?.trim();
    const pid = readNumber(r.pid);
    if (!iid) continue;
    if (!people.has(iid)) people.set(iid, r);
    const order = readNumber(r.order);
    if (pid !== undefined && order !== undefined) orderOf.set(`${iid}>${pid}`, order);
  }
  const dates: SpeedDate[] = [];
  for (const r of rows) {
    const iid = r.iid?.trim();
    const pidNumber = readNumber(r.pid);
    const wave = readNumber(r.wave);
    const dec = readNumber(r.dec);
    const order = readNumber(r.order);
    if (!iid || pidNumber === undefined || wave === undefined || dec === undefined || order === undefined)
      continue;
    const pid = String(pidNumber);
    const theirs = orderOf.get(`${pid}>${iid}`);
    const slot = Math.max(order, theirs ?? order);
    const me = people.get(iid);
    const partner = people.get(pid);
    const example: YesExample = {
      decider: `${wave}:${iid}`,
      target: `${wave}:${pid}`,
      at: slot,
      yes: dec === 1,
      ...pairSignals(r, me, partner),
    };
    dates.push({ wave, iid, pid, slot, yes: dec === 1, match: readNumber(r.match) === 1, example });
  }
  return dates;
}

const PREFERENCES = ['attr1_1', 'sinc1_1', 'intel1_1', 'fun1_1', 'amb1_1'] as const;
const SELF_RATINGS = ['attr3_1', 'sinc3_1', 'intel3_1', 'fun3_1', 'amb3_1'] as const;

/**
 * `fit` is the correlation of the two people's interests (int_corr, −1…1 → 0…1); the extra signals are
 * pre-event answers on a small scale, left out when unknown. Preferences are shares of their own total, so
 * waves 6–9 (rated 1–10) and the others (100 points distributed) compare.
 */
function pairSignals(
  r: Row,
  me: Row | undefined,
  partner: Row | undefined,
): Pick<YesExample, 'fit' | 'extra'> {
  const extra: Record<string, number> = {};
  const put = (name: string, value: number | undefined): void => {
    if (value !== undefined && Number.isFinite(value)) extra[name] = value;
  };
  const male = readNumber(me?.gender);
  const maleSign = male === undefined ? undefined : male === 1 ? 0.5 : -0.5;
  put('decider_male', maleSign);
  put('decider_expects_happiness', scaled(readNumber(me?.exphappy), 6, 3));
  put('decider_dates_often', scaled(readNumber(me?.date), 5, -2));
  put('decider_goes_out', scaled(readNumber(me?.go_out), 2.5, -2));
  const goal = readNumber(me?.goal);
  put('decider_wants_a_date', goal === undefined ? undefined : goal === 3 || goal === 4 ? 1 : 0);
  put('target_rates_self_attractive', scaled(readNumber(partner?.attr3_1), 7, 2));
  put('target_expects_happiness', scaled(readNumber(partner?.exphappy), 6, 3));
  const gap = difference(readNumber(partner?.age), readNumber(me?.age));
  put('age_gap', gap === undefined ? undefined : clamp(gap / 5, -2, 2));
  put(
    'age_gap_if_male',
    gap === undefined || maleSign === undefined ? undefined : clamp(gap / 5, -2, 2) * maleSign,
  );
  const samerace = readNumber(r.samerace);
  const imprace = readNumber(me?.imprace);
  put(
    'same_race_weighted',
    samerace === undefined || imprace === undefined ? undefined : ((samerace ? 1 : -1) * imprace) / 10,
  );
  const field = readNumber(me?.field_cd);
  const partnerField = readNumber(partner?.field_cd);
  put(
    'same_field',
    field === undefined || partnerField === undefined ? undefined : field === partnerField ? 1 : 0,
  );
  put('preference_match', preferenceMatch(me, partner));
  const interests = readNumber(r.int_corr);
  return interests === undefined ? { extra } : { fit: clamp((interests + 1) / 2, 0, 1), extra };
}

/** How well the partner's self-ratings meet what the decider says matters, centred: about −0.3…0.3. */
function preferenceMatch(me: Row | undefined, partner: Row | undefined): number | undefined {
  const prefs = PREFERENCES.map((k) => readNumber(me?.[k]));
  const ratings = SELF_RATINGS.map((k) => readNumber(partner?.[k]));
  let total = 0;
  let score = 0;
  for (let i = 0; i < prefs.length; i++) {
    const p = prefs[i];
    const s = ratings[i];
    if (p === undefined || s === undefined || p < 0) continue;
    total += p;
    score += p * s;
  }
  return total > 0 ? score / total / 10 - 0.75 : undefined;
}

function scaled(x: number | undefined, centre: number, spread: number): number | undefined {
  return x === undefined ? undefined : clamp((x - centre) / spread, -2, 2);
}

function difference(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
