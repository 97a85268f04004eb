// How the network picture draws each edge: introductions by outcome, referrals in a colour of their own.
// The legend is built from the same table, so a colour shown is a colour drawn.
import type { NetworkEdge, OutcomeFilter } from '../../api/network';
import { outcomeLabels } from '../../lib/intro-labels';

export const OUTCOME_COLOURS: Record<OutcomeFilter, string> = {
  met_helpful: '#2f9e44',
  business_done: '#f08c00',
  met_not_fit: '#4dabf7',
  not_met: '#adb5bd',
  no_show: '#e03131',
  none: '#ced4da',
};
export const REFERRAL_COLOUR = '#9c36b5';

export const outcomeFilterLabels: Record<OutcomeFilter, string> = {
  ...outcomeLabels,
  none: 'No outcome yet',
};

export function edgeColour(e: Pick<NetworkEdge, 'kind' | 'outcome'>): string {
  return e.kind === 'referral' ? REFERRAL_COLOUR : OUTCOME_COLOURS[e.outcome ?? 'none'];
}

/** Referrals a little thicker, so the second kind reads apart from introductions of a similar hue. */
export const edgeSize = (e: Pick<NetworkEdge, 'kind'>) => (e.kind === 'referral' ? 3 : 2);

export interface LegendEntry {
  label: string;
  colour: string;
}

export const legend: LegendEntry[] = [
  ...(Object.keys(OUTCOME_COLOURS) as OutcomeFilter[]).map((o) => ({
    label: o === 'none' ? 'Introduction, no outcome yet' : outcomeFilterLabels[o],
    colour: OUTCOME_COLOURS[o],
  })),
  { label: 'Referral', colour: REFERRAL_COLOUR },
];

/** People with more edges are drawn larger, with diminishing growth so hubs do not cover the picture. */
export const nodeSize = (degree: number) => Math.min(3 + Math.sqrt(degree) * 2, 18);
