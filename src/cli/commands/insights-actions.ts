// What `linchpin insights` does: the same figures as the API, for the account's time zone, as of the
// app's clock. --json prints exactly the API's answer, --csv its CSV.
import type { Insights } from '../../domain/insights/insights';
import { InsightsQuery } from '../../insights/schema';
import { insights, insightsAsCsv } from '../../insights/service';
import type { Handler } from '../action';
import { printJson } from '../format';
import { parseInput } from '../input';

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

function summary(f: Insights): string {
  const out: string[] = [`Insights ${f.from} to ${f.to} (${f.timeZone})`, ''];
  const q = f.quality;
  out.push(
    `Introductions that helped: ${q.thisYear.helped} of ${q.thisYear.judged} this year (${q.thisYear.year}); ` +
      `${q.period.helped} of ${q.period.judged} in this period, ${q.period.made} made`,
    '',
    'Introductions proposed per month, by how they stand now:',
  );
  for (const r of f.outcomes.rows) {
    const parts = Object.entries(r.counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k.replace(/_/g, ' ')} ${n}`);
    out.push(`  ${r.month}  ${String(r.total).padStart(3)}  ${parts.join(', ')}`);
  }
  out.push('', 'Consent (side: yes of asked, median hours to answer):');
  for (const r of f.consent.rows)
    out.push(
      `  ${r.side.padEnd(9)} ${r.yes} of ${r.asked} (${pct(r.consentRate)}), ${r.medianHoursToAnswer ?? '–'} h`,
    );
  const fu = f.followUps.rows.reduce(
    (s, r) => ({ asked: s.asked + r.asked, answered: s.answered + r.answered }),
    {
      asked: 0,
      answered: 0,
    },
  );
  out.push('', `Follow-ups answered: ${fu.answered} of ${fu.asked}`);
  out.push('', 'Referral value (given won/open · received won/open), per currency:');
  if (f.referralValue.rows.length === 0) out.push('  none recorded in this period');
  for (const r of f.referralValue.rows)
    out.push(
      `  ${r.month} ${(r.currency ?? '(no value)').padEnd(10)} given ${r.givenCount}: ${r.givenWonValue}/${r.givenOpenValue} · received ${r.receivedCount}: ${r.receivedWonValue}/${r.receivedOpenValue}`,
    );
  out.push('', 'Kinds of help that worked best (helped of judged):');
  if (f.helpKinds.rows.length === 0) out.push('  no introduction with a known result in this period');
  for (const r of f.helpKinds.rows)
    out.push(
      `  ${r.dimension === 'kind' ? 'kind' : 'need tag'} ${r.category}: ${r.helped} of ${r.judged} (${pct(r.helpedShare)})`,
    );
  return `${out.join('\n')}\n`;
}

export const showInsights: Handler<{
  from?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
  chart?: string;
}> = async (s, { opts }) => {
  const query = parseInput(
    InsightsQuery,
    { from: opts.from, to: opts.to, chart: opts.chart },
    { from: '--from', to: '--to', chart: '--chart' },
  );
  const account = await s.account();
  const figures = await insights(s.deps.db, account.id, query, s.deps.clock.now());
  if (opts.json) return printJson(s.io, figures);
  if (opts.csv) return s.io.stdout(insightsAsCsv(figures, query.chart));
  s.io.stdout(summary(figures));
};
