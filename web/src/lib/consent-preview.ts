// The consent request each person would receive, rendered by the server's own template (a pure function),
// so the preview in the proposal form is the real wording, not an imitation. Links are placeholders: the
// real ones carry a fresh token made when the request is sent.
import { renderConsentRequest } from '../../../src/mail/templates/consent-request';
import type { RenderedMail } from '../../../src/mail/templates/types';
import type { Party, Person } from '../api/types';

export interface PreviewInput {
  connector: { name: string; email: string };
  people: Record<Party, Pick<Person, 'name' | 'title' | 'company' | 'emails' | 'caveats'>>;
  reason: string;
  /** pitchA is what B is told about A, and the other way round. */
  pitches: Record<Party, string>;
  /** Ids of caveats (of either person) the connector chose to disclose. */
  disclosed: string[];
  order: 'sequential' | 'parallel';
  firstParty: Party;
  /** Days the links work (the server's default is 21). */
  linkDays?: number;
  now?: Date;
}

const other = (p: Party): Party => (p === 'a' ? 'b' : 'a');

/** The email `party` would be sent: about the other person, with only the caveats chosen for disclosure. */
export function previewConsentRequest(input: PreviewInput, party: Party): RenderedMail {
  const them = other(party);
  const person = input.people[them];
  const disclosed = new Set(input.disclosed);
  const expires = new Date((input.now ?? new Date()).getTime() + (input.linkDays ?? 21) * 86_400_000);
  return renderConsentRequest({
    to: { name: input.people[party].name, email: input.people[party].emails[0] ?? '' },
    connector: input.connector,
    other: {
      name: person.name,
      title: person.title,
      company: person.company,
      paragraph: input.pitches[them],
      disclosedCaveats: person.caveats.filter((c) => disclosed.has(c.id)).map((c) => c.text),
    },
    reason: input.reason,
    position: input.order === 'parallel' ? 'parallel' : party === input.firstParty ? 'first' : 'second',
    reask: false,
    respondUrl: '#answer',
    optOutUrl: '#never',
    expiresOn: expires.toISOString().slice(0, 10),
  });
}
