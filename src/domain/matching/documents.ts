// What the matcher reads of a need, an offer and a person's profile: the text that is embedded and the
// document relevance is computed on. Pure. The embedded text of each kind is built here and only here,
// so a stored embedding can be checked against the text it was made from.
// FIRST VERSION (contract): the relevance work may enrich MatchDoc (tokens, concepts) and keeps these names.
import type { MatchDoc } from './relevance';
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

const joined = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('. ');

export const needText = (f: NeedFields) => joined(f.text, f.tags.join(', '));
export const offerText = (f: OfferFields) => joined(f.text, f.tags.join(', '));
export const profileText = (f: ProfileFields) =>
  joined([f.title, f.company].filter((p) => p.trim() !== '').join(' at '), f.blurb, f.tags.join(', '));

export const needDoc = (f: NeedFields, embedding: Vector | null): MatchDoc => ({
  kind: 'need',
  text: needText(f),
  tags: f.tags,
  embedding,
  keys: [],
});
export const offerDoc = (f: OfferFields, embedding: Vector | null): MatchDoc => ({
  kind: 'offer',
  text: offerText(f),
  tags: f.tags,
  embedding,
  keys: [],
});
export const profileDoc = (f: ProfileFields, embedding: Vector | null): MatchDoc => ({
  kind: 'profile',
  text: profileText(f),
  tags: f.tags,
  embedding,
  keys: [],
});
