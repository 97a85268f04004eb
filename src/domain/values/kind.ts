// The kind of help an introduction answered, in one place: what each person valued is grouped by it, and
// the matcher's yes-learner counts answers by it. The need's category (its first tag) when it has one,
// else the kind of help its words ask for most (the matcher's concept lexicon), else the introduction's
// own kind. Pure.
import type { IntroKind } from '../introduction/types';
import { analyse, type TextAnalysis } from '../matching/text/analyse';
import { LEXICON } from '../matching/text/lexicon';

export interface HelpKind {
  /** Stable key: a tag, a concept id, or `peers` / `introductions`. */
  kind: string;
  /** How a sentence names it: "{label} introductions". */
  label: string;
}

export interface HelpSubject {
  tags: readonly string[];
  text: string;
}

const FALLBACK: Record<IntroKind, HelpKind> = {
  peers: { kind: 'peers', label: 'peer' },
  seeker_provider: { kind: 'introductions', label: 'other' },
};

export function kindOfHelp(need: HelpSubject | null, introKind: IntroKind): HelpKind {
  return (need && needKind(need)) ?? FALLBACK[introKind];
}

/**
 * The kind a need asks for, or null when neither its tags nor its words name one. `analysis`: the need's
 * text as the matcher already analysed it, to save analysing it again.
 */
export function needKind(need: HelpSubject, analysis?: TextAnalysis): HelpKind | null {
  const tag = need.tags[0]?.trim().toLowerCase();
  if (tag) return { kind: tag, label: tag };
  let best: { id: string; weight: number } | null = null;
  for (const [id, use] of (analysis ?? analyse(need.text, 'need')).askedServices) {
    if (!best || use.weight > best.weight) best = { id, weight: use.weight };
  }
  if (!best) return null;
  return { kind: best.id, label: LEXICON.concept(best.id)?.label ?? best.id };
}
