// What people in the demo network need and offer. A need and an offer about the same topic share its
// tag, so the network holds real matches for the matcher to find. {focus} is the person's specialty.
import type { Topic } from './topic';
import { LIFE_TOPICS } from './topics-life';
import { WORK_TOPICS } from './topics-work';

const TOPIC_DEFS = { ...WORK_TOPICS, ...LIFE_TOPICS };

export type { Topic };
export type TopicKey = keyof typeof TOPIC_DEFS;
export const TOPICS: Record<TopicKey, Topic> = TOPIC_DEFS;
