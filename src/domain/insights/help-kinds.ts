// The kinds of help that worked best: helpful share by introduction kind and by the need's tags. Pure.
import { verdictOf } from './helped';
import { share } from './median';
import { inRange } from './months';
import type { HelpDimension, InsightRange, IntroRecord } from './types';

export interface HelpKindRow {
  dimension: HelpDimension;
  /** The introduction kind (`seeker_provider`, `peers`) or a tag of the need it answered. */
  category: string;
  /** Introductions made in the range whose result is known. */
  judged: number;
  helped: number;
  /** helped ÷ judged. */
  helpedShare: number | null;
}

/**
 * Introductions made in the range and judged (`verdictOf`), grouped by kind and by each tag of their
 * need (an introduction counts once under every tag of its need). Best first: the highest helpful share,
 * then the most judged, then the name.
 */
export function helpKinds(
  intros: readonly IntroRecord[],
  range: InsightRange,
  timeZone: string,
): HelpKindRow[] {
  const groups = new Map<
    string,
    { dimension: HelpDimension; category: string; judged: number; helped: number }
  >();
  const add = (dimension: HelpDimension, category: string, helped: boolean) => {
    const key = `${dimension}|${category}`;
    const g = groups.get(key) ?? { dimension, category, judged: 0, helped: 0 };
    g.judged += 1;
    if (helped) g.helped += 1;
    groups.set(key, g);
  };
  for (const intro of intros) {
    if (!inRange(intro.introducedAt, range, timeZone)) continue;
    const verdict = verdictOf(intro);
    if (verdict === null) continue;
    add('kind', intro.kind, verdict === 'helped');
    for (const tag of new Set(intro.needTags)) add('need_tag', tag, verdict === 'helped');
  }
  return [...groups.values()]
    .map((g) => ({ ...g, helpedShare: share(g.helped, g.judged) }))
    .sort(
      (x, y) =>
        (y.helpedShare ?? 0) - (x.helpedShare ?? 0) ||
        y.judged - x.judged ||
        x.dimension.localeCompare(y.dimension) ||
        x.category.localeCompare(y.category),
    );
}
