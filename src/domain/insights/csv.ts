// The charts as CSV, from the same figures the JSON carries. Pure.
import { neutraliseFormula } from '../csv/formula-guard';
import type { Insights } from './insights';
import { type InsightChart, OUTCOME_CATEGORIES } from './types';

type Cell = string | number | null;
export interface Table {
  columns: string[];
  rows: Cell[][];
}

/** Each chart's rows as a table whose columns are the JSON row's fields, in this order. */
export function chartTable(insights: Insights, chart: InsightChart): Table {
  switch (chart) {
    case 'outcomes': {
      return {
        columns: ['month', ...OUTCOME_CATEGORIES, 'total'],
        rows: insights.outcomes.rows.map((r) => [
          r.month,
          ...OUTCOME_CATEGORIES.map((c) => r.counts[c]),
          r.total,
        ]),
      };
    }
    case 'consent': {
      const columns = ['side', 'asked', 'answered', 'yes', 'consentRate', 'medianHoursToAnswer'] as const;
      return { columns: [...columns], rows: insights.consent.rows.map((r) => columns.map((c) => r[c])) };
    }
    case 'follow_ups': {
      const columns = ['month', 'asked', 'answered', 'responseRate'] as const;
      return { columns: [...columns], rows: insights.followUps.rows.map((r) => columns.map((c) => r[c])) };
    }
    case 'quality': {
      const columns = ['month', 'made', 'judged', 'helped', 'helpedShare'] as const;
      return { columns: [...columns], rows: insights.quality.rows.map((r) => columns.map((c) => r[c])) };
    }
    case 'referral_value': {
      const columns = [
        'month',
        'currency',
        'givenCount',
        'givenWonValue',
        'givenOpenValue',
        'receivedCount',
        'receivedWonValue',
        'receivedOpenValue',
      ] as const;
      return {
        columns: [...columns],
        rows: insights.referralValue.rows.map((r) => columns.map((c) => r[c])),
      };
    }
    case 'help_kinds': {
      const columns = ['dimension', 'category', 'judged', 'helped', 'helpedShare'] as const;
      return { columns: [...columns], rows: insights.helpKinds.rows.map((r) => columns.map((c) => r[c])) };
    }
  }
}

/** RFC 4180 quoting; text a spreadsheet would run as a formula gets an apostrophe first. */
function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const lines = (rows: Cell[][]) => `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

/** One chart as CSV: its own columns. */
export function chartCsv(insights: Insights, chart: InsightChart): string {
  const table = chartTable(insights, chart);
  return lines([table.columns, ...table.rows]);
}

/**
 * Every chart in one CSV, long form so one header fits all: `section` (the chart), `row` (its row number,
 * from 1), `column` (the JSON field) and `value`.
 */
export function insightsCsv(insights: Insights, charts: readonly InsightChart[]): string {
  const out: Cell[][] = [['section', 'row', 'column', 'value']];
  for (const chart of charts) {
    const table = chartTable(insights, chart);
    table.rows.forEach((row, i) => {
      row.forEach((value, j) => {
        out.push([chart, i + 1, table.columns[j] ?? '', value]);
      });
    });
  }
  return lines(out);
}
