// Words and colours for the Insights charts.
import type { Insights } from '../../api/insights';
import { DATE_LOCALE } from '../../lib/dates';
import { kindLabels, outcomeLabels } from '../../lib/intro-labels';

type OutcomeCategory = keyof Insights['outcomes']['rows'][number]['counts'];
type ConsentSide = Insights['consent']['rows'][number]['side'];

export const outcomeCategoryLabels: Record<OutcomeCategory, string> = {
  ...outcomeLabels,
  declined: 'Declined',
  expired: 'Expired',
  cancelled: 'Cancelled',
  open: 'Not yet closed',
};

export const outcomeCategoryColors: Record<OutcomeCategory, string> = {
  business_done: 'green.7',
  met_helpful: 'teal.5',
  met_not_fit: 'yellow.6',
  not_met: 'orange.6',
  no_show: 'red.6',
  declined: 'gray.6',
  expired: 'gray.4',
  cancelled: 'dark.2',
  open: 'blue.4',
};

export const sideLabels: Record<ConsentSide, string> = {
  first: 'Asked first',
  second: 'Asked second',
  parallel: 'Both at once',
};

export function helpCategoryLabel(row: Insights['helpKinds']['rows'][number]): string {
  if (row.dimension === 'kind') {
    const kind = Object.entries(kindLabels).find(([k]) => k === row.category)?.[1];
    return `Kind: ${kind ?? row.category}`;
  }
  return `Need: ${row.category}`;
}

export const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

/** A table cell: a missing figure shows as a dash. */
export const cellOf = (v: string | number | null): string | number => (v === null ? '–' : v);

export const monthLabel = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(DATE_LOCALE, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
};

const notAskedWords: Record<ConsentSide, string> = {
  first: 'No one was asked first in this period.',
  second: 'No one was asked second in this period.',
  parallel: 'No one was asked at the same time as the other side in this period.',
};

/**
 * The consent rows split into the sides to draw and a sentence for each side nobody was asked on: a side
 * with no one asked has no rate and no median, and an unlabelled gap in a bar chart reads as a fault.
 */
export function consentSides(rows: Insights['consent']['rows']): {
  drawn: Insights['consent']['rows'];
  notAsked: string[];
} {
  return {
    drawn: rows.filter((r) => r.asked > 0),
    notAsked: rows.filter((r) => r.asked === 0).map((r) => notAskedWords[r.side]),
  };
}
