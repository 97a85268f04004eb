// One chart of the Insights page: its title and how to read it, the chart or an empty state that says
// what to do, "Show as table" with the same numbers, and "Download CSV" of them from the API.
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { type InsightChart, insightsCsvUrl } from '../../api/insights';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartCard({
  chart,
  title,
  description,
  range,
  empty,
  table,
  children,
}: {
  chart: InsightChart;
  title: string;
  description: ReactNode;
  range: { from: string; to: string };
  /** What to do when there is nothing to chart yet; null when there is. */
  empty: ReactNode | null;
  table: ChartTable;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = `insight-${chart}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 240px' }}>
            <Title order={2} fz="h4" id={headingId}>
              {title}
            </Title>
            <Text fz="sm" c="dimmed" component="div">
              {description}
            </Text>
          </Stack>
          {empty === null && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => setAsTable((v) => !v)}
                aria-pressed={asTable}
              >
                {asTable ? 'Show as chart' : 'Show as table'}
              </Button>
              <Button size="xs" variant="default" component="a" href={insightsCsvUrl(range, chart)} download>
                Download CSV
              </Button>
            </Group>
          )}
        </Group>
        {empty !== null ? (
          <Text fz="sm">{empty}</Text>
        ) : asTable ? (
          <Table.ScrollContainer minWidth={480}>
            <Table striped fz="sm" aria-label={`${title} as a table`}>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row) => (
                  // The first two cells name a row: month, side, month and currency, or dimension and category.
                  <Table.Tr key={`${row[0]}|${row[1]}`}>
                    {row.map((cell, j) => (
                      <Table.Td key={table.columns[j]}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
