// The buttons for what can be done with an introduction now. Which ones appear is what the server reports
// in `actions` (its state machine, with both people's facts); it checks again on every request, and its
// refusal is shown if things changed meanwhile.
import { Alert, Button, Group, Menu, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { type IntroAction, type ReviewedStep, useIntroAction } from '../../api/introductions';
import type { ActionVerdict, IntroductionDetail, Party } from '../../api/types';
import { ConfirmDialog } from '../ConfirmDialog';
import { IconAlert, IconChat, IconCheck, IconClock, IconDots, IconEdit, IconMail, IconX } from '../icons';
import { AnswerDialog } from './AnswerDialog';
import { EditDraftDialog } from './EditDraftDialog';
import { FollowUpAnswerDialog } from './FollowUpAnswerDialog';
import { OutcomeDialog } from './OutcomeDialog';
import { ReconfirmNotice } from './ReconfirmNotice';
import { ReviewSendDialog } from './ReviewSendDialog';

/** Refused because of who the people are (opted out, no email, monthly limit): worth explaining. */
const aboutAPerson = (v: ActionVerdict) =>
  !v.allowed && (v.code === 'opted_out' || v.code === 'missing_email' || v.code === 'over_budget');

const DONE: Record<IntroAction['type'], string> = {
  request: 'Asking started: the consent request is in the outbox',
  introduce: 'The introduction was sent',
  reask: 'Asked again',
  reconfirm: 'Asked to reconfirm: the request is in the outbox',
  'follow-up': 'Follow-up sent',
  cancel: 'Introduction cancelled',
  answers: 'Answer recorded',
  'follow-up-answers': 'Follow-up answer recorded',
  withdraw: 'Recorded that they withdrew',
  outcome: 'Outcome recorded; the introduction is closed',
};

export function IntroActions({ intro }: { intro: IntroductionDetail }) {
  const { actions } = intro;
  const act = useIntroAction(intro.id);
  const [answering, answer] = useDisclosure(false);
  const [hearing, followUpAnswer] = useDisclosure(false);
  const [editing, edit] = useDisclosure(false);
  const [recording, outcome] = useDisclosure(false);
  const [cancelling, cancel] = useDisclosure(false);
  const [withdrawing, setWithdrawing] = useState<Party | null>(null);
  const [cancelNote, setCancelNote] = useState('');
  const [reviewing, setReviewing] = useState<ReviewedStep | null>(null);
  const [params, setParams] = useSearchParams();
  const name = (p: Party) => (p === 'a' ? intro.personA.name : intro.personB.name);

  // /introductions/:id?review=send (Today's "Send") opens the review of the introduction email, and
  // ?review=request (the new-introduction form's "Save and review the request…") that of the consent request.
  const asked = params.get('review');
  const opening: ReviewedStep['type'] | null =
    asked === 'send' && actions.introduce.allowed
      ? 'introduce'
      : asked === 'request' && actions.request.allowed
        ? 'request'
        : null;
  useEffect(() => {
    if (opening === 'introduce' || opening === 'request') setReviewing({ type: opening });
  }, [opening]);
  const closeReview = () => {
    setReviewing(null);
    if (params.has('review')) {
      const next = new URLSearchParams(params);
      next.delete('review');
      setParams(next, { replace: true });
    }
  };

  const run = (action: IntroAction, after?: () => void) =>
    act.mutateAsync(action).then(
      () => {
        after?.();
        notifications.show({ color: 'pine', message: DONE[action.type] });
      },
      (e) => {
        notifications.show({ color: 'red', title: 'Not done', message: errorMessage(e) });
        throw e;
      },
    );
  const click = (action: IntroAction) => () => void run(action).catch(() => {});
  const busy = (type: IntroAction['type']) => act.isPending && act.variables?.type === type;

  const answerable = (['a', 'b'] as const).filter((p) => actions.answer[p].allowed);
  const withdrawable = (['a', 'b'] as const).filter((p) => actions.withdraw[p].allowed);
  const heardFrom = (['a', 'b'] as const).filter((p) => actions.followUpAnswer[p].allowed);
  const blocked = [actions.request, actions.introduce, actions.reask].filter(aboutAPerson);
  const any =
    actions.request.allowed ||
    actions.introduce.allowed ||
    actions.reask.allowed ||
    actions.followUp.allowed ||
    actions.outcome.allowed ||
    actions.cancel.allowed ||
    actions.edit.allowed ||
    answerable.length > 0 ||
    heardFrom.length > 0;

  return (
    <Stack gap="sm">
      {[...new Set(blocked.map((v) => v.reason))].map((reason) => (
        <Alert key={reason} color="orange" variant="light" icon={<IconAlert />} role="alert">
          {reason}. Fix it on their page, then come back.
        </Alert>
      ))}
      <ReconfirmNotice intro={intro} onReconfirm={(party) => setReviewing({ type: 'reconfirm', party })} />
      {!any && (
        <Text fz="sm" c="dimmed">
          Nothing more to do: this introduction has ended.
        </Text>
      )}
      <Group gap="sm">
        {actions.request.allowed && (
          <Button
            leftSection={<IconMail size={16} />}
            onClick={() => setReviewing({ type: 'request' })}
            loading={busy('request')}
          >
            Start asking…
          </Button>
        )}
        {actions.introduce.allowed && (
          <Button
            leftSection={<IconMail size={16} />}
            onClick={() => setReviewing({ type: 'introduce' })}
            loading={busy('introduce')}
          >
            Send the introduction…
          </Button>
        )}
        {actions.reask.allowed && (
          <Button
            leftSection={<IconClock size={16} />}
            onClick={() => setReviewing({ type: 'reask' })}
            loading={busy('reask')}
          >
            Ask again…
          </Button>
        )}
        {actions.outcome.allowed && (
          <Button leftSection={<IconCheck size={16} />} onClick={outcome.open}>
            Record outcome…
          </Button>
        )}
        {actions.followUp.allowed && (
          <Button variant="default" onClick={click({ type: 'follow-up' })} loading={busy('follow-up')}>
            Send follow-up now
          </Button>
        )}
        {answerable.length > 0 && (
          <Button variant="default" leftSection={<IconChat size={16} />} onClick={answer.open}>
            Record an answer…
          </Button>
        )}
        {heardFrom.length > 0 && (
          <Button variant="default" leftSection={<IconChat size={16} />} onClick={followUpAnswer.open}>
            Record how it went…
          </Button>
        )}
        {actions.edit.allowed && (
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={edit.open}>
            Edit draft…
          </Button>
        )}
        {(actions.cancel.allowed || withdrawable.length > 0) && (
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <Button variant="subtle" color="gray" leftSection={<IconDots size={16} />}>
                More
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {withdrawable.map((p) => (
                <Menu.Item key={p} onClick={() => setWithdrawing(p)}>
                  {name(p)} changed their mind…
                </Menu.Item>
              ))}
              {actions.cancel.allowed && (
                <Menu.Item color="red" leftSection={<IconX size={16} />} onClick={cancel.open}>
                  Cancel introduction…
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>

      <AnswerDialog
        opened={answering}
        onClose={answer.close}
        intro={intro}
        parties={answerable}
        onSubmit={(body) => run({ type: 'answers', body }, answer.close)}
      />
      <FollowUpAnswerDialog
        opened={hearing}
        onClose={followUpAnswer.close}
        intro={intro}
        parties={heardFrom}
        onSubmit={(body) => run({ type: 'follow-up-answers', body }, followUpAnswer.close)}
      />
      <EditDraftDialog opened={editing} onClose={edit.close} intro={intro} />
      <ReviewSendDialog
        intro={intro}
        step={reviewing}
        onClose={closeReview}
        onSend={(review) => {
          if (!reviewing) return Promise.resolve();
          return run(
            reviewing.type === 'reconfirm'
              ? { type: 'reconfirm', body: { party: reviewing.party, ...review } }
              : { type: reviewing.type, review },
          );
        }}
      />
      <OutcomeDialog
        opened={recording}
        onClose={outcome.close}
        intro={intro}
        onSubmit={(body) => run({ type: 'outcome', body }, outcome.close)}
      />
      <ConfirmDialog
        opened={cancelling}
        title="Cancel this introduction?"
        confirmLabel="Cancel introduction"
        loading={busy('cancel')}
        onClose={cancel.close}
        onConfirm={() =>
          void run({ type: 'cancel', note: cancelNote.trim() || undefined }, cancel.close).catch(() => {})
        }
      >
        <Stack gap="sm">
          <Text fz="sm">
            It ends here. Whoever already said yes gets a short, neutral note; nobody is told why. This cannot
            be undone.
          </Text>
          <Textarea
            label="Note for your records"
            autosize
            minRows={2}
            value={cancelNote}
            onChange={(e) => setCancelNote(e.currentTarget.value)}
          />
        </Stack>
      </ConfirmDialog>
      <ConfirmDialog
        opened={withdrawing !== null}
        title={withdrawing ? `${name(withdrawing)} changed their mind?` : ''}
        confirmLabel="Record and decline"
        loading={busy('withdraw')}
        onClose={() => setWithdrawing(null)}
        onConfirm={() => {
          if (!withdrawing) return;
          const personId = withdrawing === 'a' ? intro.personA.id : intro.personB.id;
          void run({ type: 'withdraw', body: { personId } }, () => setWithdrawing(null)).catch(() => {});
        }}
      >
        Their yes is withdrawn and the introduction is declined. The other person is not told who or why.
      </ConfirmDialog>
    </Stack>
  );
}
