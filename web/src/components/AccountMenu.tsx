import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { useSignOut } from '../api/session';
import type { Account } from '../api/types';
import { IconLogout, IconSettings } from './icons';

export function AccountMenu({ account }: { account: Account }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const shown = account.name || account.email;
  const initial = shown.slice(0, 1).toUpperCase();

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate('/signin', { replace: true }),
      onError: (e) =>
        notifications.show({ color: 'red', title: 'Could not sign out', message: errorMessage(e) }),
    });

  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${account.email}`} p={4} style={{ borderRadius: 999 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="pine">
              {initial}
            </Avatar>
            <Text fz="sm" visibleFrom="sm" maw={220} truncate>
              {shown}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {/* Name, email and role each on their own line, wrapped rather than cut off. */}
        <Stack gap={2} px="sm" py={6}>
          {account.name && (
            <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {account.name}
            </Text>
          )}
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {account.email}
          </Text>
          <Badge size="xs" variant="light" color={account.role === 'owner' ? 'pine' : 'gray'} mt={2}>
            {account.role === 'owner' ? 'Owner of this Linchpin' : 'Member'}
          </Badge>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings" leftSection={<IconSettings size={16} />}>
          Settings
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={onSignOut} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
