// Test data builders: valid by default, override what the test is about.
let n = 0;

export function personInput(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    name: `Person ${n}`,
    emails: [`person${n}@example.com`],
    // A number of its own (020 7946 0xxx is the UK's drama range): a shared one would make the next
    // person added a duplicate of this one (409).
    phones: [`+44 20 7946 ${String(n % 1000).padStart(4, '0')}`],
    company: 'Acme Ltd',
    title: 'Founder',
    tags: ['founder'],
    blurb: `Person ${n} builds things.`,
    trust: 4,
    ...overrides,
  };
}

export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    text: 'An intro to a seed investor in climate tech',
    tags: ['fundraising'],
    urgency: 'high',
    ...overrides,
  };
}

export function offerInput(overrides: Record<string, unknown> = {}) {
  return {
    text: 'Reviews pitch decks',
    tags: ['fundraising'],
    idealCounterpart: 'first-time founders',
    ...overrides,
  };
}

export function interactionInput(overrides: Record<string, unknown> = {}) {
  return {
    type: 'call',
    direction: 'outbound',
    occurredAt: '2026-01-10',
    note: 'Caught up about hiring',
    ...overrides,
  };
}
