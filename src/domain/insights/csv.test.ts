import { describe, expect, it } from 'vitest';
import { chartCsv, chartTable, insightsCsv } from './csv';
import { computeInsights } from './insights';
import { INSIGHT_CHARTS } from './types';

const insights = computeInsights({
  range: { from: '2026-01-01', to: '2026-02-28' },
  timeZone: 'UTC',
  now: new Date('2026-03-01T00:00:00Z'),
  intros: [
    {
      id: 'i1',
      kind: 'peers',
      state: 'closed',
      createdAt: new Date('2026-01-03T00:00:00Z'),
      introducedAt: new Date('2026-01-04T00:00:00Z'),
      followUpSentAt: null,
      followUpAnswers: {},
      outcome: 'met_helpful',
      needTags: ['=cmd', 'a,"b"'],
    },
  ],
  asks: [],
  answers: [],
  referrals: [],
});

describe('insights CSV', () => {
  it('writes a chart with the JSON row fields as columns', () => {
    expect(chartCsv(insights, 'follow_ups')).toBe(
      'month,asked,answered,responseRate\r\n2026-01,0,0,\r\n2026-02,0,0,\r\n',
    );
  });
  it('quotes commas and quotes, and defuses cells a spreadsheet would run', () => {
    const csv = chartCsv(insights, 'help_kinds');
    expect(csv).toContain(`need_tag,'=cmd,1,1,1`);
    expect(csv).toContain('need_tag,"a,""b""",1,1,1');
  });
  it('puts every chart in one long table: section, row, column, value', () => {
    const csv = insightsCsv(insights, INSIGHT_CHARTS);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,row,column,value');
    expect(lines).toContain('outcomes,1,met_helpful,1');
    expect(lines).toContain('quality,1,helped,1');
    const cells = INSIGHT_CHARTS.reduce((sum, c) => {
      const t = chartTable(insights, c);
      return sum + t.rows.length * t.columns.length;
    }, 0);
    expect(lines).toHaveLength(cells + 1);
  });
});
