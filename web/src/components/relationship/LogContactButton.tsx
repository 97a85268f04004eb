import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import { useLogContact } from '../../api/keep-in-touch';
import type { InteractionType } from '../../api/types';
import { interactionTypeLabels } from '../../lib/labels';
import { IconCheck } from '../icons';
import { interactionIcons } from '../person/interaction-icons';

/** The kinds offered for "contacted today"; anything else is logged on the timeline. */
const QUICK_TYPES: InteractionType[] = ['call', 'email', 'met', 'message', 'social', 'sent_useful_info'];

/** One click logs "contacted today" with a type; the person's keep-in-touch clock starts again. */
export function LogContactButton({
  personId,
  personName,
  size = 'sm',
  variant = 'light',
}: {
  personId: string;
  personName: string;
  size?: 'xs' | 'sm';
  variant?: 'light' | 'default' | 'subtle';
}) {
  const log = useLogContact(personId);
  const onPick = (type: InteractionType) =>
    log.mutate(type, {
      onSuccess: () =>
        notifications.show({
          color: 'pine',
          message: `Logged: ${interactionTypeLabels[type].toLowerCase()} with ${personName} today`,
        }),
      onError: (e) =>
        notifications.show({ color: 'red', title: 'Could not log it', message: errorMessage(e) }),
    });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size={size}
          variant={variant}
          loading={log.isPending}
          leftSection={<IconCheck size={14} />}
          aria-label={`Log contact with ${personName} today`}
        >
          Log contact
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Contacted today by…</Menu.Label>
        {QUICK_TYPES.map((type) => {
          const Icon = interactionIcons[type];
          return (
            <Menu.Item key={type} leftSection={<Icon size={14} />} onClick={() => onPick(type)}>
              {interactionTypeLabels[type]}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
