// The kinds of touchpoint a connector logs with a person, written once: the database column, the API
// schema, the CLI's help and the demo network all read this list (plain constants, no zod, so
// `linchpin interactions add --help` lists them without loading any schema).
export const INTERACTION_TYPES = [
  'met',
  'call',
  'email',
  'message',
  'event',
  'became_my_client',
  'became_their_client',
  'sent_useful_info',
  'followed_their_work',
  'social',
  /** Logged by Linchpin when an introduction the connector made goes out, for both people. */
  'introduced',
] as const;

export type InteractionTypeName = (typeof INTERACTION_TYPES)[number];
