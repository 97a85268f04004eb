// Each Today item's one-click action: done here (acknowledge, ask again, send the follow-up, resend, log
// contact, mark a need met) or a link to where it is done (review and send, record the outcome).
import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useReask } from '../../api/introductions';
import { useResend } from '../../api/outbox';
import {
  type TodayItem,
  useAcknowledge,
  useLogContact,
  useMarkNeedMet,
  useSendFollowUp,
} from '../../api/today';
import type { InteractionType } from '../../api/types';
import { interactionTypeLabels } from '../../lib/labels';
import { IconAlert, IconCheck, IconClock, IconMail } from '../icons';
import { RequestActions } from './RequestActions';

/** "Ada Lovelace and Bruno Kreisky": who the item is about, for names and messages. */
export const whoOf = (item: TodayItem) => item.people.map((p) => p.name).join(' and ');

const CONTACT_TYPES: InteractionType[] = ['call', 'message', 'email', 'met'];

const ok = (message: string) => notifications.show({ color: 'pine', message });
const failed = (title: string) => (e: Error) =>
  notifications.show({ color: 'red', title, message: errorMessage(e) });

export function TodayActions({ item }: { item: TodayItem }) {
  const who = whoOf(item);
  const ack = useAcknowledge();
  const reask = useReask();
  const followUp = useSendFollowUp();
  const resend = useResend();
  const logContact = useLogContact();
  const needMet = useMarkNeedMet();
  const intro = item.introductionId;
  const introPage = intro ? `/introductions/${intro}` : null;
  const label = `${item.action.label}: ${who}`;

  switch (item.action.kind) {
    case 'accept_request':
      return <RequestActions item={item} />;
    case 'open_person':
      return (
        <Group gap="xs">
          {item.action.href && (
            <Button size="sm" variant="default" component={Link} to={item.action.href}>
              {item.action.label}
            </Button>
          )}
          <Button
            size="sm"
            leftSection={<IconCheck size={16} />}
            loading={ack.isPending}
            aria-label={`Got it: ${item.summary}`}
            onClick={() => ack.mutate([item.key], { onError: failed('Could not mark it seen') })}
          >
            Got it
          </Button>
        </Group>
      );
    case 'acknowledge':
      return (
        <Group gap="xs">
          {introPage && (
            <Button size="sm" variant="default" component={Link} to={introPage}>
              Open
            </Button>
          )}
          <Button
            size="sm"
            leftSection={<IconCheck size={16} />}
            loading={ack.isPending}
            aria-label={`Got it: ${item.summary}`}
            onClick={() => ack.mutate([item.key], { onError: failed('Could not mark it seen') })}
          >
            Got it
          </Button>
        </Group>
      );
    case 'reask':
      return intro ? (
        <Button
          size="sm"
          leftSection={<IconClock size={16} />}
          loading={reask.isPending}
          aria-label={`Ask again: ${who}`}
          onClick={() =>
            reask.mutate(intro, {
              onSuccess: () => ok(`Asked again about ${who}`),
              onError: failed('Could not ask again'),
            })
          }
        >
          Ask again
        </Button>
      ) : null;
    case 'send_follow_up':
      return intro ? (
        <Button
          size="sm"
          leftSection={<IconMail size={16} />}
          loading={followUp.isPending}
          aria-label={label}
          onClick={() =>
            followUp.mutate(intro, {
              onSuccess: () => ok(`Follow-up sent to ${who}`),
              onError: failed('Could not send the follow-up'),
            })
          }
        >
          {item.action.label}
        </Button>
      ) : null;
    case 'resend':
      return item.outboxId ? (
        <Group gap="xs">
          <Button
            size="sm"
            color="red"
            variant="light"
            component={Link}
            to={item.action.href ?? `/outbox?m=${item.outboxId}`}
            leftSection={<IconAlert size={16} />}
          >
            Fix and resend
          </Button>
          <Button
            size="sm"
            color="red"
            loading={resend.isPending}
            aria-label={`Resend: ${who}`}
            onClick={() =>
              item.outboxId &&
              resend.mutate(item.outboxId, {
                onSuccess: () => ok('Queued again'),
                onError: failed('Could not resend'),
              })
            }
          >
            Resend
          </Button>
        </Group>
      ) : null;
    case 'log_contact': {
      const person = item.people[0];
      if (!person) return null;
      return (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="sm" loading={logContact.isPending} aria-label={`Log contact: ${person.name}`}>
              Log contact
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Contacted today by</Menu.Label>
            {CONTACT_TYPES.map((type) => (
              <Menu.Item
                key={type}
                onClick={() =>
                  logContact.mutate(
                    { personId: person.id, type },
                    {
                      onSuccess: () =>
                        ok(`Logged: ${interactionTypeLabels[type].toLowerCase()} with ${person.name}`),
                      onError: failed('Could not log the contact'),
                    },
                  )
                }
              >
                {interactionTypeLabels[type]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      );
    }
    case 'mark_need_met':
      return item.needId ? (
        <Group gap="xs">
          {item.action.href && (
            <Button size="sm" variant="default" component={Link} to={item.action.href}>
              Open
            </Button>
          )}
          <Button
            size="sm"
            leftSection={<IconCheck size={16} />}
            loading={needMet.isPending}
            aria-label={`Mark met: ${item.summary}`}
            onClick={() =>
              item.needId &&
              needMet.mutate(item.needId, {
                onSuccess: () => ok('Marked met'),
                onError: failed('Could not mark the need met'),
              })
            }
          >
            Mark met
          </Button>
        </Group>
      ) : null;
    default:
      // Done on another page: reviewing and sending, recording the outcome, reconfirming, opening.
      return (
        <Button
          size="sm"
          variant={item.action.kind === 'open_introduction' ? 'default' : 'filled'}
          component={Link}
          to={item.action.href ?? introPage ?? '/'}
          leftSection={item.action.kind === 'review_send' ? <IconMail size={16} /> : undefined}
          aria-label={label}
        >
          {item.action.kind === 'reconfirm' ? `${item.action.label}…` : item.action.label}
        </Button>
      );
  }
}
