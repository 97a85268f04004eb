// What a text says, as the matcher reads it: the words it shares (stemmed, stop-words out, an ambiguous
// word tagged with the sense its phrase gives) and the concepts it ASKS for and OFFERS. A need asks for
// everything it names (what comes before its "looking for"/"need" — the seeker describing themselves —
// counts half). An offer offers what it names unless a clause says it is sought. A profile offers what its
// provider words name ("angel investor", "CPA"), and a topic only where a clause says it helps with it:
// "raising a seed round" in a profile is asking, "building grid software" is the founder's own work.
// Pure; computed once per document when it is built.
import { LEXICON, type PhraseHit } from './lexicon';
import { isStop } from './stopwords';
import { type Word, words } from './tokens';

export type DocKind = 'need' | 'offer' | 'profile';

export interface ConceptUse {
  /** How much it counts: 1, or less when the text names it only in passing. */
  weight: number;
  /** The phrase as written, for reasons. */
  surface: string;
  /** Named in a provider's words ("yoga teacher", "donor") rather than only by its topic ("yoga"). */
  byName: boolean;
}

export interface TextAnalysis {
  /** Stemmed word (or `stem@concept` for an ambiguous one) → how often it occurs. */
  terms: ReadonlyMap<string, number>;
  /** Stemmed word → the first way it was written, for reasons. */
  surfaces: ReadonlyMap<string, string>;
  /** Number of counted words (for BM25 length normalisation). */
  length: number;
  /** The start of the text, on one line, for a reason to quote. */
  quote: string;
  asks: ReadonlyMap<string, ConceptUse>;
  offers: ReadonlyMap<string, ConceptUse>;
  /** `asks` split into kinds of help and fields (contexts), so scoring a pair need not look them up. */
  askedServices: readonly (readonly [string, ConceptUse])[];
  askedFields: readonly (readonly [string, ConceptUse])[];
}

// Stems whose meaning depends on the phrase around them: inside a known phrase they are counted in that
// phrase's sense only, so "pitch deck" and "pitching lessons" share no word.
const AMBIGUOUS = new Set([
  'pitch',
  'deck',
  'coach',
  'model',
  'develop',
  'coverag',
  'bank',
  'train',
  'trainer',
  'secur',
  'interview',
  'agent',
  'broker',
  'round',
  'seed',
  'present',
  'host',
  'lead',
  'board',
  'space',
]);

// Stems that mark a clause as asking ("looking for", "need", "raising") or helping ("advises", "happy to").
const SEEK = new Set([
  'look',
  'seek',
  'need',
  'want',
  'search',
  'hunt',
  'requir',
  'hope',
  'wish',
  'lack',
  'miss',
]);
const HELP = new Set([
  'help',
  'advis',
  'advisor',
  'advic',
  'consult',
  'coach',
  'mentor',
  'offer',
  'provid',
  'teach',
  'support',
  'expert',
  'specialist',
  'special',
  'servic',
  'agenc',
  'firm',
  'freelanc',
  'review',
  'run',
  'guid',
  'assist',
  'happi',
  'can',
  'studio',
  'introduc',
  'intro',
  'connect',
  'worked',
  'former',
  'ex',
]);

export const EMPTY_ANALYSIS: TextAnalysis = {
  terms: new Map(),
  surfaces: new Map(),
  length: 0,
  quote: '',
  asks: new Map(),
  offers: new Map(),
  askedServices: [],
  askedFields: [],
};

export function analyse(text: string, kind: DocKind): TextAnalysis {
  const ws = words(text);
  if (ws.length === 0) return EMPTY_ANALYSIS;
  const hits = LEXICON.match(ws);
  const { terms, surfaces, length } = countTerms(ws, hits);
  const asks = new Map<string, ConceptUse>();
  const offers = new Map<string, ConceptUse>();
  const firstSeek = ws.findIndex((w) => SEEK.has(w.stem));
  const inPhrase = ws.map(() => false);
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) inPhrase[i] = true;
  for (const hit of hits) {
    const entry = LEXICON.concept(hit.concept);
    if (!entry) continue;
    if (kind === 'need') {
      // "someone to talk to (not a coach)", "remote, no wifi": named to be ruled out.
      if (negated(ws, hit)) continue;
      // "wants to keep working as a teacher": what the seeker is, not what they ask for.
      if (namedAsRole(ws, hit)) continue;
      // "nursery flagged it", "the landlord says": who reported the problem, not the help asked for.
      if (reportsIt(ws, hit)) continue;
      // A lone topic word says less about what is asked than a provider's name or a longer phrase.
      const specific = hit.role === 'provider' || hit.end - hit.start > 1 ? 1 : 0.7;
      const passing = firstSeek < 0 || hit.start > firstSeek ? 1 : 0.5;
      put(asks, hit, specific * passing * (isAudience(ws, hit, hits) ? AUDIENCE : 1));
      continue;
    }
    if (entry.kind === 'field') {
      put(offers, hit, 1);
      continue;
    }
    const cues = cuesBefore(ws, hit, inPhrase);
    if (cues.seek) put(asks, hit, 1);
    // "software for CFOs", "courses for designers": whom it serves, not what it is.
    else if (hit.role === 'provider' && servesThem(ws, hit)) continue;
    else if (hit.role === 'provider' || kind === 'offer' || cues.help) put(offers, hit, 1);
    // A profile's topic without a helping word describes the person's own work ("building grid software"),
    // unless the profile names itself a provider of it ("Frontend engineer. React, TypeScript").
    else if (sameKindOffered(entry.id, hits, ws, inPhrase)) put(offers, hit, 1);
    else if (entry.seekersSayTopic) put(asks, hit, 1);
  }
  // What a provider offers it is not also asking for.
  for (const id of offers.keys()) asks.delete(id);
  const asked = [...asks];
  return {
    terms,
    surfaces,
    length,
    quote: quoteOf(text),
    asks,
    offers,
    askedServices: asked.filter(([id]) => LEXICON.concept(id)?.kind === 'service'),
    askedFields: asked.filter(([id]) => LEXICON.concept(id)?.kind === 'field'),
  };
}

/** The start of a text, on one line, for a reason to quote. */
export function quoteOf(text: string): string {
  const flat = text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

function servesThem(ws: readonly Word[], hit: PhraseHit, via: ReadonlySet<string> = FOR): boolean {
  let i = hit.start - 1;
  while (i >= 0 && DETERMINERS.has((ws[i] as Word).surface) && (ws[i] as Word).clause === hit.clause) i--;
  const w = ws[i];
  return w !== undefined && w.clause === hit.clause && via.has(w.surface);
}
const FOR = new Set(['for']);
const FOR_OR_TO = new Set(['for', 'to']);

/** How much a need's mention of the people a service is aimed at counts, next to the service itself. */
const AUDIENCE = 0.3;
/**
 * In a need, a provider named after "to"/"for" that follows another kind of help in the same clause is whom
 * that help is aimed at ("cold outreach to CFOs", "a course for designers"), not a second thing asked for.
 */
function isAudience(ws: readonly Word[], hit: PhraseHit, hits: readonly PhraseHit[]): boolean {
  if (hit.role !== 'provider' || !servesThem(ws, hit, FOR_OR_TO)) return false;
  return hits.some(
    (h) =>
      h.clause === hit.clause &&
      h.end <= hit.start &&
      h.concept !== hit.concept &&
      LEXICON.concept(h.concept)?.kind === 'service',
  );
}
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'other', 'busy', 'new']);

/** "as a designer", "as CFO": the phrase names a role someone has. */
function namedAsRole(ws: readonly Word[], hit: PhraseHit): boolean {
  const before = ws.slice(Math.max(0, hit.start - 2), hit.start).map((w) => w.surface);
  return before.at(-1) === 'as' || (before[0] === 'as' && (before[1] === 'a' || before[1] === 'an'));
}

const REPORTING = new Set(
  words(
    'says said say flagged flags mentioned mentions told tells thinks thought suggested suggests reckons insists',
  ).map((w) => w.stem),
);
const BEFORE_REPORTING = new Set(words('has have had keeps kept just already also').map((w) => w.stem));
/** Whether the phrase is the subject of a reporting verb right after it, in its own clause. */
function reportsIt(ws: readonly Word[], hit: PhraseHit): boolean {
  let i = hit.end;
  if (ws[i] && (ws[i] as Word).clause === hit.clause && BEFORE_REPORTING.has((ws[i] as Word).stem)) i++;
  const w = ws[i];
  return w !== undefined && w.clause === hit.clause && REPORTING.has(w.stem);
}

const NEGATIONS = new Set(['not', 'no', 'without']);
/** Whether the phrase is ruled out by the word before it ("not a coach", "no wifi"), in its own clause. */
function negated(ws: readonly Word[], hit: PhraseHit): boolean {
  let i = hit.start - 1;
  while (i >= 0 && DETERMINERS.has((ws[i] as Word).surface) && (ws[i] as Word).clause === hit.clause) i--;
  const w = ws[i];
  return w !== undefined && w.clause === hit.clause && NEGATIONS.has(w.surface);
}

/** Whether a profile names itself, in a provider's words, a provider of `concept` or of what it implies. */
function sameKindOffered(
  concept: string,
  hits: readonly PhraseHit[],
  ws: readonly Word[],
  inPhrase: readonly boolean[],
) {
  const implied = new Set([concept, ...(LEXICON.concept(concept)?.implies ?? [])]);
  return hits.some(
    (h) =>
      h.role === 'provider' &&
      implied.has(h.concept) &&
      !cuesBefore(ws, h, inPhrase).seek &&
      !servesThem(ws, h),
  );
}

function put(into: Map<string, ConceptUse>, hit: PhraseHit, weight: number): void {
  const had = into.get(hit.concept);
  const byName = hit.role === 'provider' || (had?.byName ?? false);
  if (!had || had.weight < weight) into.set(hit.concept, { weight, surface: hit.surface, byName });
  else if (byName && !had.byName) into.set(hit.concept, { ...had, byName });
}

/**
 * The nearest cue before a phrase in its clause decides its role: "looking for", "needs", "hiring" ask;
 * "helps", "advises", "happy to" offer. A helping word inside another known phrase is not a cue ("needs a
 * clinical advisor for our sleep app": "advisor" is what is sought, not a sign that "sleep" is offered).
 */
function cuesBefore(
  ws: readonly Word[],
  hit: PhraseHit,
  inPhrase: readonly boolean[],
): { seek: boolean; help: boolean } {
  // "a role as a designer" says what the person is, whatever they are looking for.
  if (namedAsRole(ws, hit)) return { seek: false, help: true };
  for (let i = hit.start - 1; i >= 0; i--) {
    const w = ws[i] as Word;
    if (w.clause !== hit.clause) break;
    if (SEEK.has(w.stem)) return { seek: true, help: false };
    if (HELP.has(w.stem) && !inPhrase[i]) return { seek: false, help: true };
  }
  return { seek: false, help: false };
}

function countTerms(ws: readonly Word[], hits: readonly PhraseHit[]) {
  const sense = new Map<number, string>();
  for (const hit of hits) {
    for (let i = hit.start; i < hit.end; i++) if (!sense.has(i)) sense.set(i, hit.concept);
  }
  const terms = new Map<string, number>();
  const surfaces = new Map<string, string>();
  let length = 0;
  ws.forEach((w, i) => {
    if (isStop(w.stem)) return;
    const inSense = AMBIGUOUS.has(w.stem) ? sense.get(i) : undefined;
    const term = inSense ? `${w.stem}@${inSense}` : w.stem;
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (!surfaces.has(term)) surfaces.set(term, w.surface);
    length++;
  });
  return { terms, surfaces, length };
}
