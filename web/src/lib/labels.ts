// Words shown for the API's enum values. Records keyed by the schema's own types, so a value added on
// the server fails the type check here until it has a label.
import type { Direction, InteractionType, NeedStatus, OfferStatus, Urgency } from '../api/types';

export const interactionTypeLabels: Record<InteractionType, string> = {
  met: 'Met in person',
  call: 'Call',
  email: 'Email',
  message: 'Message',
  event: 'Event',
  became_my_client: 'Became my client',
  became_their_client: 'I became their client',
  sent_useful_info: 'Sent useful info',
  followed_their_work: 'Followed their work',
  social: 'Social',
  introduced: 'Introduced',
};

export const directionLabels: Record<Direction, string> = {
  outbound: 'I reached out',
  inbound: 'They reached out',
  mutual: 'Mutual',
};

export const urgencyLabels: Record<Urgency, string> = { low: 'Low', normal: 'Normal', high: 'High' };
export const urgencyColors: Record<Urgency, string> = { low: 'gray', normal: 'blue', high: 'red' };

export const needStatusLabels: Record<NeedStatus, string> = { open: 'Open', met: 'Met', dropped: 'Dropped' };
export const needStatusColors: Record<NeedStatus, string> = { open: 'pine', met: 'teal', dropped: 'gray' };

export const offerStatusLabels: Record<OfferStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  withdrawn: 'Withdrawn',
};
export const offerStatusColors: Record<OfferStatus, string> = {
  active: 'pine',
  paused: 'yellow',
  withdrawn: 'gray',
};

export const linkKindLabels = {
  linkedin: 'LinkedIn',
  website: 'Website',
  twitter: 'X / Twitter',
  github: 'GitHub',
  other: 'Link',
} as const;
export type LinkKind = keyof typeof linkKindLabels;

/** Options for a Select, in the order the labels are declared. */
export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
