// The interaction types by name, without zod: the CLI lists them in `linchpin interactions add --help`
// without loading the schemas (InteractionType in schema.ts is built from this list).
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
] as const;
