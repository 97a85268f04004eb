// One demo interaction: a type, a direction that fits it, a date in the last two years and a short note.
import type { InteractionInput, InteractionType } from '../interactions/schema';
import { fill, type Random } from './random';

const DAY = 86_400_000;

const TYPE_WEIGHTS: [InteractionType, number][] = [
  ['met', 14],
  ['call', 16],
  ['email', 18],
  ['message', 12],
  ['event', 10],
  ['became_my_client', 2],
  ['became_their_client', 2],
  ['sent_useful_info', 10],
  ['followed_their_work', 8],
  ['social', 6],
];

const NOTES: Record<InteractionType, string[]> = {
  introduced: ['Introduced them to someone in {city}'],
  met: [
    'Coffee in {city}; talked about {topic}',
    'Lunch near their office, caught up on {topic}',
    'Walked and talked about {topic}',
  ],
  call: [
    'Thirty-minute call about {topic}',
    'Quick call to catch up; mostly {topic}',
    'Video call: they asked for advice on {topic}',
  ],
  email: [
    'Emailed about {topic}',
    'They emailed asking who to talk to about {topic}',
    'Sent a short update on {topic}',
  ],
  message: [
    'WhatsApp exchange about {topic}',
    'Congratulated them on the new role',
    'Messaged to share a job opening',
  ],
  event: ['Saw them at {event}', 'Both at {event}; short chat about {topic}', 'Sat together at {event}'],
  became_my_client: ['Signed on as a client', 'Started a three-month engagement with me'],
  became_their_client: ['Hired them for help with {service}', 'Became their client for {service}'],
  sent_useful_info: [
    'Sent them an article on {focus}',
    'Shared a report about {focus}',
    'Forwarded a conference call-for-speakers',
  ],
  followed_their_work: [
    'Read their post on {focus}',
    'Watched their talk on {focus}',
    'Listened to their podcast episode',
  ],
  social: ['Dinner with partners', 'Birthday drinks', 'Parkrun together, then breakfast', ''],
};

const DIRECTIONS: Record<InteractionType, [InteractionInput['direction'], number][]> = {
  introduced: [['outbound', 1]],
  met: [['mutual', 1]],
  call: [
    ['outbound', 4],
    ['inbound', 3],
    ['mutual', 3],
  ],
  email: [
    ['outbound', 5],
    ['inbound', 5],
  ],
  message: [
    ['outbound', 5],
    ['inbound', 5],
  ],
  event: [['mutual', 1]],
  became_my_client: [['inbound', 1]],
  became_their_client: [['outbound', 1]],
  sent_useful_info: [
    ['outbound', 8],
    ['inbound', 2],
  ],
  followed_their_work: [['outbound', 1]],
  social: [['mutual', 1]],
};

export function interactionFor(
  r: Random,
  ctx: {
    type?: InteractionType;
    now: Date;
    topic: string;
    focus: string;
    event: string;
    city: string;
    service: string;
  },
): InteractionInput {
  const type = ctx.type ?? r.weighted(TYPE_WEIGHTS);
  // Within the last two years, never in the future, at a plausible working hour (UTC).
  const day = new Date(ctx.now.getTime() - r.int(1, 728) * DAY);
  day.setUTCHours(r.int(8, 19), r.pick([0, 15, 30, 45]), 0, 0);
  return {
    type,
    direction: r.weighted(DIRECTIONS[type]),
    occurredAt: day.toISOString(),
    note: fill(r.pick(NOTES[type]), {
      topic: ctx.topic,
      focus: ctx.focus,
      event: ctx.event,
      city: ctx.city,
      service: ctx.service,
    }),
  };
}
