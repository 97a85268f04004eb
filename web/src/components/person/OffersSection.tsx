import { Badge, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import type { Offer, OfferStatus } from '../../api/types';
import { offerStatusColors, offerStatusLabels } from '../../lib/labels';
import { TagBadges } from '../TagBadges';
import { OfferForm } from './OfferForm';
import {
  PersonChildList,
  PersonChildListItem,
  PersonChildSection,
  usePersonChildren,
} from './PersonChildSection';

const statusActions: Record<OfferStatus, { label: string; to: OfferStatus }[]> = {
  active: [
    { label: 'Pause', to: 'paused' },
    { label: 'Withdraw', to: 'withdrawn' },
  ],
  paused: [
    { label: 'Make active', to: 'active' },
    { label: 'Withdraw', to: 'withdrawn' },
  ],
  withdrawn: [{ label: 'Make active', to: 'active' }],
};

export function OffersSection({ personId, personName }: { personId: string; personName: string }) {
  const section = usePersonChildren('offers', personId);
  const sorted = [...section.items].sort(
    (a, b) => Number(b.status === 'active') - Number(a.status === 'active'),
  );

  const setStatus = (offer: Offer, status: OfferStatus) =>
    section.update.mutate(
      { id: offer.id, patch: { status } },
      {
        onSuccess: () =>
          notifications.show({ message: `Offer is now ${offerStatusLabels[status].toLowerCase()}` }),
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Could not change the offer', message: errorMessage(e) }),
      },
    );

  return (
    <PersonChildSection
      section={section}
      title="Offers"
      addLabel="Add offer"
      empty={<>What can {personName} give others? Offers are what you match needs against.</>}
      addTitle={`Add an offer from ${personName}`}
      editTitle="Edit offer"
      form={({ item, ...props }) => <OfferForm offer={item} {...props} />}
      deleteTitle="Delete this offer?"
      deleteLabel="Delete offer"
      deleteMessage={(offer) => (
        <>“{offer.text}” will be removed. To keep it on record, withdraw it instead.</>
      )}
    >
      <PersonChildList>
        {sorted.map((offer) => (
          <PersonChildListItem
            key={offer.id}
            menu={section.itemMenu(
              offer,
              `offer “${offer.text}”`,
              statusActions[offer.status].map((a) => ({
                label: a.label,
                onClick: () => setStatus(offer, a.to),
              })),
            )}
          >
            <Text fz="sm" fw={500} c={offer.status === 'active' ? undefined : 'dimmed'}>
              {offer.text}
            </Text>
            {offer.idealCounterpart && (
              <Text fz="xs" c="dimmed">
                Ideal for: {offer.idealCounterpart}
              </Text>
            )}
            <Group gap={6}>
              {offer.status !== 'active' && (
                <Badge size="sm" variant="light" color={offerStatusColors[offer.status]}>
                  {offerStatusLabels[offer.status]}
                </Badge>
              )}
              <TagBadges tags={offer.tags} size="xs" />
            </Group>
          </PersonChildListItem>
        ))}
      </PersonChildList>
    </PersonChildSection>
  );
}
