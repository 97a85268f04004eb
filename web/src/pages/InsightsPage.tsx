// Insights: introductions per month by outcome, consent per side, follow-up response, the connector's own
// quality, referral value per currency and the kinds of help that worked. Every number drawn is one the
// API answered (GET /api/v1/insights); each chart shows the same numbers as a table and as a CSV.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type InsightRange, type Insights, insightsCsvUrl, useInsights } from '../api/insights';
import { DayInput } from '../components/DayInput';
import { ChartCard } from '../components/insights/ChartCard';
import {
  cellOf,
  consentSides,
  helpCategoryLabel,
  monthLabel,
  outcomeCategoryColors,
  outcomeCategoryLabels,
  percent,
  sideLabels,
} from '../components/insights/labels';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';

const CHART_H = 240;

export default function InsightsPage() {
  const [range, setRange] = useState<InsightRange>({});
  const insights = useInsights(range);
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <PageHeader
        title="Insights"
        description="How your introductions go: quality, not count. Months follow your time zone."
        actions={
          insights.data && (
            <Button component="a" variant="default" href={insightsCsvUrl(insights.data)} download>
              Download all as CSV
            </Button>
          )
        }
      />
      <RangeForm current={insights.data} onApply={setRange} />
      {insights.isPending ? (
        <PageLoader label="Loading insights" />
      ) : insights.isError ? (
        <LoadError error={insights.error} onRetry={() => void insights.refetch()} />
      ) : (
        <Charts data={insights.data} />
      )}
    </Stack>
  );
}

function RangeForm({ current, onApply }: { current?: Insights; onApply: (r: InsightRange) => void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ from: from || undefined, to: to || undefined });
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label="Period">
      <Group align="flex-end" gap="sm">
        <DayInput label="From" value={from || current?.from || ''} onChange={setFrom} w={170} />
        <DayInput label="To" value={to || current?.to || ''} onChange={setTo} w={170} />
        <Button type="submit">Show</Button>
        <Button
          variant="subtle"
          onClick={() => {
            setFrom('');
            setTo('');
            onApply({});
          }}
        >
          Last 12 months
        </Button>
      </Group>
    </Paper>
  );
}

function Charts({ data }: { data: Insights }) {
  const range = { from: data.from, to: data.to };
  const q = data.quality;
  const outcomeKeys = Object.keys(outcomeCategoryLabels) as (keyof typeof outcomeCategoryLabels)[];
  const outcomesUsed = outcomeKeys.filter((k) => data.outcomes.rows.some((r) => r.counts[k] > 0));
  const followUpsSent = data.followUps.rows.some((r) => r.asked > 0);
  const consent = consentSides(data.consent.rows);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-label="Introductions that helped">
        <Title order={2} fz="h3">
          Introductions that helped: {q.thisYear.helped} of {q.thisYear.judged} this year
        </Title>
        <Text fz="sm" c="dimmed">
          {q.period.helped} of {q.period.judged} with a known result in this period ({q.period.made} made).
          “Helped”: you recorded it as helpful or as business done, or — with no outcome yet — one of them
          answered the follow-up “met, and it helped”.
        </Text>
      </Paper>

      <ChartCard
        chart="outcomes"
        title="Introductions per month, by outcome"
        description="Each introduction in the month it was proposed, by how it stands now."
        range={range}
        empty={
          data.outcomes.rows.every((r) => r.total === 0) ? (
            <>
              No introductions proposed in this period. Propose one from{' '}
              <Anchor component={Link} to="/suggestions">
                Suggestions
              </Anchor>{' '}
              or a person’s page, or choose a longer period.
            </>
          ) : null
        }
        table={{
          columns: ['month', ...outcomeKeys, 'total'],
          rows: data.outcomes.rows.map((r) => [r.month, ...outcomeKeys.map((k) => r.counts[k]), r.total]),
        }}
      >
        <BarChart
          h={CHART_H}
          type="stacked"
          dataKey="label"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          data={data.outcomes.rows.map((r) => ({ label: monthLabel(r.month), ...r.counts }))}
          series={outcomesUsed.map((k) => ({
            name: k,
            label: outcomeCategoryLabels[k],
            color: outcomeCategoryColors[k],
          }))}
        />
      </ChartCard>

      <ChartCard
        chart="consent"
        title="Consent and time to answer, per side"
        description="People first asked in this period: the share who said yes, and the median hours from the request to their first answer. Sides: the person asked first (sequential order), the person asked once the first said yes, or both at once."
        range={range}
        empty={
          consent.drawn.length > 0 ? null : (
            <>
              Nobody was asked in this period. Send the requests of a proposed introduction from{' '}
              <Anchor component={Link} to="/introductions">
                Introductions
              </Anchor>
              .
            </>
          )
        }
        table={{
          columns: ['side', 'asked', 'answered', 'yes', 'consentRate', 'medianHoursToAnswer'],
          rows: data.consent.rows.map((r) => [
            r.side,
            r.asked,
            r.answered,
            r.yes,
            cellOf(r.consentRate),
            cellOf(r.medianHoursToAnswer),
          ]),
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <BarChart
            h={CHART_H}
            dataKey="side"
            unit="%"
            yAxisProps={{ domain: [0, 100] }}
            data={consent.drawn.map((r) => ({ side: sideLabels[r.side], yes: percent(r.consentRate) }))}
            series={[{ name: 'yes', label: 'Said yes (% of asked)', color: 'teal.6' }]}
          />
          <BarChart
            h={CHART_H}
            dataKey="side"
            unit=" h"
            data={consent.drawn.map((r) => ({ side: sideLabels[r.side], hours: r.medianHoursToAnswer }))}
            series={[{ name: 'hours', label: 'Median hours to answer', color: 'blue.6' }]}
          />
        </SimpleGrid>
        {consent.notAsked.map((words) => (
          <Text key={words} fz="sm" c="dimmed">
            {words}
          </Text>
        ))}
      </ChartCard>

      <ChartCard
        chart="follow_ups"
        title="Follow-ups answered"
        description="Both people of an introduction are followed up; how many of them answered, by the month it went out."
        range={range}
        empty={
          followUpsSent
            ? null
            : 'No follow-ups went out in this period. They go out a week after an introduction is made, or send one early from the introduction’s page.'
        }
        table={{
          columns: ['month', 'asked', 'answered', 'responseRate'],
          rows: data.followUps.rows.map((r) => [r.month, r.asked, r.answered, cellOf(r.responseRate)]),
        }}
      >
        <BarChart
          h={CHART_H}
          dataKey="label"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          data={data.followUps.rows.map((r) => ({
            label: monthLabel(r.month),
            asked: r.asked,
            answered: r.answered,
          }))}
          series={[
            { name: 'asked', label: 'Followed up', color: 'gray.5' },
            { name: 'answered', label: 'Answered', color: 'teal.6' },
          ]}
        />
      </ChartCard>

      <ChartCard
        chart="quality"
        title="Introductions that helped, per month"
        description="Introductions made in each month: how many have a known result, and how many of those helped."
        range={range}
        empty={
          q.period.made === 0
            ? 'No introductions were made in this period. Once both people say yes and you send one, it counts here.'
            : null
        }
        table={{
          columns: ['month', 'made', 'judged', 'helped', 'helpedShare'],
          rows: q.rows.map((r) => [r.month, r.made, r.judged, r.helped, cellOf(r.helpedShare)]),
        }}
      >
        <BarChart
          h={CHART_H}
          dataKey="label"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          data={q.rows.map((r) => ({
            label: monthLabel(r.month),
            made: r.made,
            judged: r.judged,
            helped: r.helped,
          }))}
          series={[
            { name: 'made', label: 'Made', color: 'gray.4' },
            { name: 'judged', label: 'Result known', color: 'blue.4' },
            { name: 'helped', label: 'Helped', color: 'teal.6' },
          ]}
        />
      </ChartCard>

      <ChartCard
        chart="referral_value"
        title="Referral value, given and received"
        description="Won referrals at their closed value, per month and currency — amounts in different currencies are never added together. History and gratitude, not a score."
        range={range}
        empty={
          data.referralValue.rows.length === 0
            ? 'No referrals dated in this period. Referrals you record, given or received, show here with their value.'
            : null
        }
        table={{
          columns: [
            'month',
            'currency',
            'givenCount',
            'givenWonValue',
            'givenOpenValue',
            'receivedCount',
            'receivedWonValue',
            'receivedOpenValue',
          ],
          rows: data.referralValue.rows.map((r) => [
            r.month,
            cellOf(r.currency),
            r.givenCount,
            r.givenWonValue,
            r.givenOpenValue,
            r.receivedCount,
            r.receivedWonValue,
            r.receivedOpenValue,
          ]),
        }}
      >
        <Stack gap="sm">
          {data.referralValue.currencies.length === 0 && (
            <Text fz="sm">
              Referrals in this period carry no value yet; the table lists how many there were.
            </Text>
          )}
          {data.referralValue.currencies.map((currency) => (
            <Stack key={currency} gap={4}>
              <Text fw={600} fz="sm">
                {currency}
              </Text>
              <BarChart
                h={CHART_H}
                dataKey="label"
                withLegend
                aria-label={`Referral value in ${currency}`}
                data={data.months.map((month) => {
                  const r = data.referralValue.rows.find((x) => x.month === month && x.currency === currency);
                  return {
                    label: monthLabel(month),
                    given: r?.givenWonValue ?? 0,
                    received: r?.receivedWonValue ?? 0,
                  };
                })}
                series={[
                  { name: 'given', label: `Given, won (${currency})`, color: 'indigo.5' },
                  { name: 'received', label: `Received, won (${currency})`, color: 'teal.5' },
                ]}
              />
            </Stack>
          ))}
        </Stack>
      </ChartCard>

      <ChartCard
        chart="help_kinds"
        title="Kinds of help that worked best"
        description="Introductions made in this period with a known result, by kind and by the tags of the need they answered: the share that helped."
        range={range}
        empty={
          data.helpKinds.rows.length === 0
            ? 'Nothing to compare yet: once introductions have a result — an outcome you record, or a follow-up answer — the kinds that helped most show here.'
            : null
        }
        table={{
          columns: ['dimension', 'category', 'judged', 'helped', 'helpedShare'],
          rows: data.helpKinds.rows.map((r) => [
            r.dimension,
            r.category,
            r.judged,
            r.helped,
            cellOf(r.helpedShare),
          ]),
        }}
      >
        <BarChart
          h={Math.max(CHART_H, data.helpKinds.rows.length * 32)}
          orientation="vertical"
          dataKey="category"
          valueFormatter={(v) => `${v}%`}
          xAxisProps={{ domain: [0, 100] }}
          yAxisProps={{ width: 160 }}
          data={data.helpKinds.rows.map((r) => ({
            category: helpCategoryLabel(r),
            helped: percent(r.helpedShare),
          }))}
          series={[{ name: 'helped', label: 'Helped (% of those with a result)', color: 'teal.6' }]}
        />
      </ChartCard>
    </Stack>
  );
}
