// The network page's filters and the API query they make.
import type { EdgeKind, NetworkQuery, OutcomeFilter } from '../../api/network';

export interface NetworkFilters {
  tag: string | null;
  /** YYYY-MM-DD or '' for open-ended. */
  from: string;
  to: string;
  outcomes: OutcomeFilter[];
  kinds: EdgeKind[];
  everyone: boolean;
}

export const NO_FILTERS: NetworkFilters = {
  tag: null,
  from: '',
  to: '',
  outcomes: [],
  kinds: ['introduction', 'referral'],
  everyone: false,
};

export function networkQuery(f: NetworkFilters): NetworkQuery {
  return {
    ...(f.tag ? { tag: [f.tag] } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.outcomes.length ? { outcome: f.outcomes } : {}),
    // Both kinds is the default; none ticked shows no edges, which the API reads as both, so send one.
    ...(f.kinds.length === 1 ? { kind: f.kinds } : {}),
    ...(f.everyone ? { all: 'true' as const } : {}),
  };
}

/** Whether anything narrows the picture (the empty state then offers to clear the filters). */
export const isFiltered = (f: NetworkFilters) =>
  f.tag !== null || f.from !== '' || f.to !== '' || f.outcomes.length > 0 || f.kinds.length < 2;
