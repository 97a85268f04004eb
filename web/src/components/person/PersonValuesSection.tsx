// On a person's page: what they valued, in words, with the numbers behind each sentence a hover away.
import { List, Table, Text, Tooltip } from '@mantine/core';
import { usePersonValues } from '../../api/referrals';
import { LoadError } from '../Loading';
import { SectionCard } from './SectionCard';

export function PersonValuesSection({ personId }: { personId: string }) {
  const values = usePersonValues(personId);
  if (values.isError) return <LoadError error={values.error} onRetry={() => void values.refetch()} />;
  const v = values.data;
  return (
    <SectionCard title="What they valued">
      {!v ? (
        <Text fz="sm" c="dimmed">
          Loading…
        </Text>
      ) : v.sentences.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing to go on yet: their answers to introductions and how those went will show here.
        </Text>
      ) : (
        <>
          <List spacing={4} aria-label="What they valued">
            {v.sentences.map((s) => (
              <List.Item key={s.text}>
                <Tooltip
                  label={Object.entries(s.counts)
                    .map(([k, n]) => `${k}: ${n}`)
                    .join(', ')}
                >
                  <Text fz="sm">{s.text}</Text>
                </Tooltip>
              </List.Item>
            ))}
          </List>
          {v.kinds.length > 0 && (
            <Table fz="xs" aria-label="By kind of help" withRowBorders={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kind of help</Table.Th>
                  <Table.Th>Yes</Table.Th>
                  <Table.Th>No</Table.Th>
                  <Table.Th>Later</Table.Th>
                  <Table.Th>Helpful</Table.Th>
                  <Table.Th>Not helpful</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.kinds.map((k) => (
                  <Table.Tr key={k.kind}>
                    <Table.Td>{k.label}</Table.Td>
                    <Table.Td>
                      {k.yes} of {k.asked}
                    </Table.Td>
                    <Table.Td>{k.no}</Table.Td>
                    <Table.Td>{k.later}</Table.Td>
                    <Table.Td>{k.helpful}</Table.Td>
                    <Table.Td>{k.notHelpful}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </SectionCard>
  );
}
