// On a person's page: who could help them (per open need) and whose needs they could answer (from their
// offers and their profile), each suggestion with Draft / Not a fit (GET /api/v1/people/{id}/suggestions).
// A list a guardrail keeps empty says which (never "no one matches"), with the override a no-show has; a
// need with an introduction under way says which one.
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useIntroductions } from '../../api/introductions';
import { useNoShowOverride, usePersonSuggestions } from '../../api/suggestions';
import type { Introduction, PersonSuggestions } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { ENDED_STATES, stateLabels } from '../../lib/intro-labels';
import { LoadError, PageLoader } from '../Loading';
import { SuggestionCard } from '../suggestions/SuggestionCard';
import { UpdatingNotice } from '../suggestions/UpdatingNotice';
import { SectionCard } from './SectionCard';

export function PersonSuggestionsSections({
  personId,
  personName,
}: {
  personId: string;
  personName: string;
}) {
  const list = usePersonSuggestions(personId);
  // The person's introductions (the same list their Introductions section reads): an introduction
  // already made or under way for a need is why its provider is not suggested again.
  const intros = useIntroductions({ personId });
  const updating = <UpdatingNotice updating={list.data?.updating ?? false} compact />;
  const body = (render: () => ReactNode) =>
    list.isPending ? (
      <PageLoader label="Finding suggestions" />
    ) : list.isError ? (
      <LoadError error={list.error} onRetry={() => void list.refetch()} />
    ) : (
      render()
    );

  return (
    <>
      <SectionCard title={`Who could help ${personName}`} badge={updating}>
        {body(() =>
          list.data?.heldBack.asSeeker && list.data.couldHelpThem.length ? (
            <HeldBackNotice held={list.data.heldBack.asSeeker} personId={personId} />
          ) : list.data?.couldHelpThem.length ? (
            <Stack gap="md">
              {list.data.couldHelpThem.map((need) => (
                <Stack
                  key={need.needId}
                  gap="xs"
                  role="group"
                  aria-label={`Who could help with “${need.needText}”`}
                >
                  <Text fz="sm" fw={500}>
                    For “{need.needText}”
                  </Text>
                  {need.underWay && need.items.length > 0 && (
                    <UnderWayNotice underWay={need.underWay} seekerName={personName} />
                  )}
                  {need.items.length === 0 ? (
                    <NoOneSuggested
                      updating={list.data.updating}
                      made={(intros.data ?? []).filter(
                        (i) =>
                          i.needId === need.needId &&
                          (!ENDED_STATES.includes(i.state) || i.state === 'declined'),
                      )}
                      personId={personId}
                    />
                  ) : (
                    <Shortlist
                      items={need.items}
                      render={(s) => (
                        <SuggestionCard
                          key={`${s.providerId}:${s.offerId ?? ''}`}
                          suggestion={s}
                          seenFrom="seeker"
                          compact
                        />
                      )}
                    />
                  )}
                </Stack>
              ))}
            </Stack>
          ) : (
            <Text fz="sm" c="dimmed">
              {personName} has no open needs. Add one above, and Linchpin will look for who could help.
            </Text>
          ),
        )}
      </SectionCard>
      <SectionCard title={`Whom ${personName} could help`} badge={updating}>
        {body(() =>
          list.data?.theyCouldHelp.length ? (
            <Stack gap="xs" role="group" aria-label={`Needs ${personName} could answer`}>
              <Shortlist
                items={list.data.theyCouldHelp}
                render={(s) => (
                  <SuggestionCard
                    key={`${s.needId}:${s.offerId ?? ''}`}
                    suggestion={s}
                    seenFrom="provider"
                    compact
                  />
                )}
              />
            </Stack>
          ) : list.data?.heldBack.asProvider ? (
            <HeldBackNotice held={list.data.heldBack.asProvider} personId={personId} />
          ) : (
            <Text fz="sm" c="dimmed">
              {list.data?.updating
                ? 'Being matched…'
                : `No one’s open need matches what ${personName} offers yet. Offers, tags and a blurb help.`}
            </Text>
          ),
        )}
      </SectionCard>
    </>
  );
}

type UnderWay = NonNullable<PersonSuggestions['couldHelpThem'][number]['underWay']>;

/**
 * An introduction for this need is still going: the Suggestions page leaves the need out meanwhile, so say
 * so here, where the others who could help are still listed in case it does not work out.
 */
function UnderWayNotice({ underWay, seekerName }: { underWay: UnderWay; seekerName: string }) {
  return (
    <Text fz="sm" c="dimmed" role="note">
      An introduction for this need is under way:{' '}
      <Anchor component={Link} to={`/introductions/${underWay.introductionId}`}>
        {seekerName} and {underWay.personName}
      </Anchor>{' '}
      ({stateLabels[underWay.state].toLowerCase()}). Until it ends, this need is not on the Suggestions page;
      the people below could help too if it does not work out.
    </Text>
  );
}

type HeldBack = NonNullable<PersonSuggestions['heldBack']['asSeeker']>;

/** A guardrail on this person empties the list whatever matches: say which, and offer a no-show's override. */
function HeldBackNotice({ held, personId }: { held: HeldBack; personId: string }) {
  const override = useNoShowOverride();
  return (
    <Stack gap="xs" role="status">
      <Text fz="sm" c="dimmed">
        {held.words}
      </Text>
      {held.exclusion === 'no_show' && (
        <Button
          size="compact-sm"
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          loading={override.isPending}
          onClick={() => override.mutate(personId)}
        >
          Suggest them again
        </Button>
      )}
      {override.isError && (
        <Text fz="sm" c="red">
          {errorMessage(override.error)}
        </Text>
      )}
    </Stack>
  );
}

/** The best few, and the rest on request: the person page has more to show below these cards. */
const SHORTLIST = 2;

function Shortlist<T>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHORTLIST);
  return (
    <>
      {shown.map(render)}
      {shown.length < items.length && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setAll(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          Show {items.length - shown.length} more
        </Button>
      )}
    </>
  );
}

/**
 * A need with no suggestion: why, when an introduction for it is already made, under way or declined (the
 * matcher never suggests a pair again once introduced, nor while an introduction between them is open,
 * nor for months after one of them said no).
 */
/** Who turned a declined introduction down, as the subject before "said no" ("" when it is `other`). */
function saidNo(i: Introduction, other: string): string {
  const names = [
    ...(i.consent.a.status === 'no' ? [i.personA.name] : []),
    ...(i.consent.b.status === 'no' ? [i.personB.name] : []),
  ];
  if (names.length === 1 && names[0] === other) return '';
  return `${names.length ? names.join(' and ') : 'one of them'} `;
}

function NoOneSuggested({
  updating,
  made,
  personId,
}: {
  updating: boolean;
  made: Introduction[];
  personId: string;
}) {
  if (updating) {
    return (
      <Text fz="sm" c="dimmed">
        Being matched…
      </Text>
    );
  }
  if (!made.length) {
    return (
      <Text fz="sm" c="dimmed">
        No one in your network answers this yet. An offer or a fuller profile elsewhere may.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {made.map((i) => {
        const other = i.personA.id === personId ? i.personB.name : i.personA.name;
        return (
          <Text key={i.id} fz="sm" c="dimmed">
            {i.introducedAt
              ? `${other} could help, but you already introduced them on ${formatDate(i.introducedAt)}. `
              : i.state === 'declined'
                ? `${other} could help, but ${saidNo(i, other)}said no to an introduction between them${i.endedAt ? ` on ${formatDate(i.endedAt)}` : ''}. `
                : `${other} could help, but an introduction between them is under way (${stateLabels[i.state]}). `}
            <Anchor component={Link} to={`/introductions/${i.id}`} fz="sm">
              Open the introduction
            </Anchor>
          </Text>
        );
      })}
    </Stack>
  );
}
