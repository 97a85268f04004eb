// What the matcher reads of a need, an offer and a person's profile: the text that is embedded and the
// document relevance is computed on. Pure. The embedded text of each kind is built here and only here,
// so a stored embedding can be checked against the text it was made from. Each document is analysed once
// here (words, concepts asked and offered), so scoring a pair is cheap.
import type { MatchDoc } from './relevance';
import { analyse, type TextAnalysis } from './text/analyse';
import { LEXICON } from './text/lexicon';
import type { Vector } from './vector';

export interface NeedFields {
  text: string;
  tags: readonly string[];
}
export interface OfferFields {
  text: string;
  tags: readonly string[];
  idealCounterpart: string;
}
export interface ProfileFields {
  title: string;
  company: string;
  tags: readonly string[];
  blurb: string;
}

/** The most keys one document contributes to the candidate index (a 50 kB text must not flood it). */
export const MAX_KEYS = 48;

/**
 * Invisible format characters (zero-width spaces and joiners, soft hyphens, word joiners, byte-order marks):
 * pasted text carries them inside words, where they split "accountant" into "ac cou nt ant" for the words
 * and blur the embedding, so a need read as nonsense and matched nothing it says. They carry no meaning here.
 */
const INVISIBLE = /\p{Cf}/gu;

const joined = (...parts: string[]) =>
  parts
    .map((p) => p.replace(INVISIBLE, '').trim())
    .filter((p) => p !== '')
    .join('. ');

export const needText = (f: NeedFields) => joined(f.text, f.tags.join(', '));
export const offerText = (f: OfferFields) => joined(f.text, f.tags.join(', '));
export const profileText = (f: ProfileFields) =>
  joined([f.title, f.company].filter((p) => p.trim() !== '').join(' at '), f.blurb, f.tags.join(', '));

/**
 * The keys a document is retrieved by: `c:<concept>` for each concept a need asks for or a provider offers,
 * then `w:<word>` for its words, rarest-looking (longest) first. A need and a provider that could match
 * share at least one key, or are near in meaning.
 */
export function keysOf(kind: MatchDoc['kind'], a: TextAnalysis): string[] {
  const own = [...(kind === 'need' ? a.asks : a.offers).keys()];
  // A need is also retrieved by the concepts close to what it asks (an iOS developer for "an engineer").
  const near = kind === 'need' ? own.flatMap((c) => LEXICON.concept(c)?.related ?? []) : [];
  const concepts = [...new Set([...own, ...near])].map((c) => `c:${c}`);
  const words = [...a.terms.keys()]
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1))
    .map((t) => `w:${t}`);
  return [...concepts, ...words].slice(0, MAX_KEYS);
}

function doc(
  kind: MatchDoc['kind'],
  text: string,
  tags: readonly string[],
  embedding: Vector | null,
): MatchDoc {
  const analysis = analyse(text, kind);
  return { kind, text, tags, embedding, keys: keysOf(kind, analysis), analysis };
}

export const needDoc = (f: NeedFields, embedding: Vector | null): MatchDoc =>
  doc('need', needText(f), f.tags, embedding);
export const offerDoc = (f: OfferFields, embedding: Vector | null): MatchDoc =>
  doc('offer', offerText(f), f.tags, embedding);
export const profileDoc = (f: ProfileFields, embedding: Vector | null): MatchDoc =>
  doc('profile', profileText(f), f.tags, embedding);
