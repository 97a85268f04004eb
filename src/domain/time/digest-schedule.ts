// How often the connector's digest goes out, written once: the account column, the API schema and the
// digest sweep read this list.
export const DIGEST_FREQUENCIES = ['none', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
