import { Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../../api/settings';
import type { ApiToken, CreatedApiToken } from '../../api/types';
import { formatAgo, formatDate } from '../../lib/dates';
import { ConfirmDialog } from '../ConfirmDialog';
import { IconKey } from '../icons';
import { LoadError, PageLoader } from '../Loading';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';
import { NewTokenDialog } from './NewTokenDialog';

export function TokensCard() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  // Dialogs keep their token after closing so their content does not vanish while they fade out.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [showCreated, setShowCreated] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v) => (v.trim() ? null : 'Name the token after what will use it') },
  });
  const { onSubmit, problem, saving } = useServerSubmit(form, async ({ name }) => {
    setCreated(await create.mutateAsync(name.trim()));
    setShowCreated(true);
    form.reset();
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="tokens-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id="tokens-title">
            API tokens
          </Title>
          <Text fz="sm" c="dimmed">
            For scripts and other tools. A token acts as you, on your account only.
          </Text>
        </div>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="xs">
            <ProblemAlert problem={problem} />
            <Group align="flex-start" gap="sm">
              <TextInput
                label="Token name"
                placeholder="e.g. Zapier, my laptop"
                style={{ flex: '1 1 220px' }}
                {...form.getInputProps('name')}
              />
              <Button type="submit" loading={saving} mt={25} leftSection={<IconKey size={16} />}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>

        {tokens.isPending ? (
          <PageLoader />
        ) : tokens.isError ? (
          <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <Text fz="sm" c="dimmed">
            No tokens yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs" aria-label="API tokens">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td fw={500}>{t.name}</Table.Td>
                    <Table.Td>{formatDate(t.createdAt)}</Table.Td>
                    <Table.Td>{t.lastUsedAt ? formatAgo(t.lastUsedAt) : 'Never'}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          setRevoking(t);
                          setConfirmRevoke(true);
                        }}
                        aria-label={`Revoke ${t.name}`}
                      >
                        Revoke
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <NewTokenDialog token={created} opened={showCreated} onClose={() => setShowCreated(false)} />
      <ConfirmDialog
        opened={confirmRevoke}
        title="Revoke this token?"
        confirmLabel="Revoke token"
        loading={revoke.isPending}
        onClose={() => setConfirmRevoke(false)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({ message: `Token “${revoking.name}” revoked` });
              setConfirmRevoke(false);
            },
            onError: (e) =>
              notifications.show({ color: 'red', title: 'Not revoked', message: errorMessage(e) }),
          })
        }
      >
        Anything using “{revoking?.name}” will stop working at once.
      </ConfirmDialog>
    </Paper>
  );
}
