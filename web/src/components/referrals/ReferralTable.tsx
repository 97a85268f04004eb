// Referrals as a table: date, who referred whom to whom, what for, status and value, with edit and delete.
import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { Referral } from '../../api/referrals';
import { formatDate } from '../../lib/dates';
import { formatMoney, referralStatusColors, referralStatusLabels } from '../../lib/referral-labels';
import { IconEdit, IconTrash } from '../icons';

// `inherit`: a name takes the sentence's size; Mantine's own default would make it larger than "sent".
function Who({
  id,
  names,
  first = false,
}: {
  id: string | null;
  names: Map<string, string>;
  first?: boolean;
}) {
  if (id === null)
    return (
      <Text span inherit>
        {first ? 'You' : 'you'}
      </Text>
    );
  return (
    <Anchor component={Link} to={`/people/${id}`} inherit>
      {names.get(id) ?? 'someone'}
    </Anchor>
  );
}

/** "Ann sent Carl your way", "You sent Carl to Bob". */
function Flow({ r, names }: { r: Referral; names: Map<string, string> }) {
  if (r.direction === 'received') {
    return (
      <Text fz="sm">
        <Who id={r.referrerId} names={names} first /> sent{' '}
        {r.fromPersonId ? <Who id={r.fromPersonId} names={names} /> : 'business'} your way
      </Text>
    );
  }
  return (
    <Text fz="sm">
      <Who id={r.referrerId} names={names} first /> sent{' '}
      {r.fromPersonId ? <Who id={r.fromPersonId} names={names} /> : 'business'} to{' '}
      <Who id={r.toPersonId} names={names} />
    </Text>
  );
}

export function ReferralTable({
  items,
  names,
  onEdit,
  onDelete,
  label = 'Referrals',
}: {
  items: Referral[];
  names: Map<string, string>;
  onEdit?: (r: Referral) => void;
  onDelete?: (r: Referral) => void;
  label?: string;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Referral</Table.Th>
            <Table.Th>What for</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Value</Table.Th>
            {(onEdit || onDelete) && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text fz="sm">{formatDate(r.date)}</Text>
              </Table.Td>
              <Table.Td>
                <Flow r={r} names={names} />
                {r.introductionId && (
                  <Anchor component={Link} to={`/introductions/${r.introductionId}`} fz="xs">
                    From an introduction
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <Text fz="sm" lineClamp={2}>
                  {r.about}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={referralStatusColors[r.status]}>
                  {referralStatusLabels[r.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">
                  {r.status === 'won' && r.closedValue !== null
                    ? formatMoney(r.closedValue, r.currency)
                    : r.estimatedValue !== null
                      ? `~${formatMoney(r.estimatedValue, r.currency)}`
                      : ''}
                </Text>
              </Table.Td>
              {(onEdit || onDelete) && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {onEdit && (
                      <Tooltip label="Edit">
                        <ActionIcon variant="subtle" aria-label="Edit referral" onClick={() => onEdit(r)}>
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    {onDelete && (
                      <Tooltip label="Delete">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label="Delete referral"
                          onClick={() => onDelete(r)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
