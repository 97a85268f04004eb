// What the network picture is narrowed to. Pure: the route's query becomes this, the repository reads it.
import { OUTCOMES } from '../domain/introduction/types';
import { EDGE_KINDS, type EdgeKind } from './schema';

/** An introduction's outcome, or `none` for introductions without one yet. */
export const OUTCOME_FILTERS = [...OUTCOMES, 'none'] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export interface EdgeFilter {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Edges with either end carrying one of these tags; none: every edge. */
  tags: string[];
  /** Introductions with one of these outcomes; none: every introduction. Referrals have no outcome. */
  outcomes: OutcomeFilter[];
  /** Which kinds of edge; none: both. */
  kinds: EdgeKind[];
  /** Everyone (with one of the tags, when given) as a node, not only the people the edges touch. */
  all: boolean;
}

export interface NetworkParams {
  from?: string;
  to?: string;
  tag?: string[];
  outcome?: string[];
  kind?: string[];
  all?: 'true' | 'false';
}

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: string): v is T =>
    (list as readonly string[]).includes(v);

/** The query, already validated by the route, as a filter; lists lose their repeats. */
export function edgeFilter(p: NetworkParams): EdgeFilter {
  return {
    from: p.from,
    to: p.to,
    tags: [...new Set(p.tag ?? [])],
    outcomes: [...new Set((p.outcome ?? []).filter(oneOf(OUTCOME_FILTERS)))],
    kinds: [...new Set((p.kind ?? []).filter(oneOf(EDGE_KINDS)))],
    all: p.all === 'true',
  };
}

export const wantsKind = (f: EdgeFilter, kind: EdgeKind) => f.kinds.length === 0 || f.kinds.includes(kind);
