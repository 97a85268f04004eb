import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { words } from './tokens';

const asks = (text: string, kind: 'need' | 'offer' | 'profile') => [...analyse(text, kind).asks.keys()];
const offers = (text: string, kind: 'offer' | 'profile') => [...analyse(text, kind).offers.keys()];

describe('analyse: what a text asks for and offers', () => {
  it('a need asks for the help it names, in the seeker’s words or the provider’s', () => {
    expect(asks('Raising a seed round for grid software', 'need')).toContain('investing');
    expect(asks('needs an intro to angel investors', 'need')).toContain('investing');
    expect(asks('Looking for a CPA to do our taxes', 'need')).toContain('accounting');
  });

  it('an investor’s profile offers investment; a founder raising a round asks for it and does not offer it', () => {
    expect(
      offers('General Partner at Tidewater Capital. Leads seed rounds in grid storage.', 'profile'),
    ).toContain('investing');
    const founder = 'Founder & CEO at Gridlane. Building grid software; raising our seed round this spring.';
    expect(offers(founder, 'profile')).not.toContain('investing');
    expect(asks(founder, 'profile')).toContain('investing');
  });

  it('someone looking for work as a designer offers design; someone looking for a designer asks for it', () => {
    expect(offers('Looking for my next role as a product designer', 'profile')).toContain('design-ux');
    expect(asks('Looking for a product designer', 'profile')).toContain('design-ux');
  });

  it('a provider’s name after "for" is whom it serves, not what it is', () => {
    expect(offers('Founder at Budgetly. Building budgeting software for CFOs.', 'profile')).not.toContain(
      'finance',
    );
    expect(offers('Fractional CFO for seed-stage startups', 'profile')).toContain('finance');
  });

  it('in a need, a provider named after "to" or "for" another kind of help is its audience and counts less', () => {
    const outreach = analyse('Needs a plan for cold outreach to CFOs', 'need').asks;
    expect(outreach.get('sales')?.weight).toBe(1);
    expect(outreach.get('finance')?.weight).toBeLessThan(0.5);
    // Named on its own, the same provider is what is asked for.
    expect(analyse('Needs a part-time CFO', 'need').asks.get('finance')?.weight).toBe(1);
  });

  it('does not read "care" or "services" as cars: a talk on primary care and an offer of services are not a garage', () => {
    expect(offers('Happy to speak at events about primary care', 'offer')).not.toContain('automotive');
    expect(offers('Can share your services with 2,000 community members', 'offer')).not.toContain(
      'automotive',
    );
    expect(offers('Runs a garage that does car servicing and repairs', 'offer')).toContain('automotive');
    expect(asks('Someone to service my car before a long trip', 'need')).toContain('automotive');
  });

  it('names help in fields beyond startups: care, trades, farming, energy, pets', () => {
    expect(asks('Grandad lives alone and is lonely, wants someone to visit', 'need')).toContain('elder-care');
    expect(asks('Needs a quantity surveyor to price the new build', 'need')).toContain('construction');
    expect(offers('Dairy farmer. 200 cows, trialling robotic milking.', 'profile')).toContain('agriculture');
    expect(asks('Wants to cut the energy bill with a heat pump', 'need')).toContain('energy');
    expect(offers('Veterinarian. Small animal vet in Camden.', 'profile')).toContain('pets');
  });

  it('a founder building for a field seeks its practitioners and does not offer their help', () => {
    const agtech = 'Founder at AgriSense. Soil sensor startup looking for farms to trial our kit.';
    expect(offers(agtech, 'profile')).not.toContain('agriculture');
    expect(offers('Agronomist. Soil health advice for arable farms.', 'profile')).toContain('agriculture');
  });

  it('reads no kind of help into an everyday word: a confusing letter, server capacity, a reception desk, a probe, “recommend”', () => {
    expect(asks('A confusing tax letter from HMRC', 'need')).not.toContain('design-ux');
    expect(asks('Needs someone to make the app less confusing for new users', 'need')).toContain('design-ux');
    expect(asks('Capacity planning for our servers', 'need')).not.toContain('events');
    expect(asks('Our reception desk needs a new receptionist', 'need')).not.toContain('events');
    expect(asks('Guests for our podcast', 'need')).not.toContain('events');
    expect(asks('A probe into our supply chain', 'need')).not.toContain('security');
    expect(asks('Wants a slot on stage at a climate event this year', 'need')).toContain('events');
    // "Can anyone recommend …" is how needs are asked, not a need for machine learning.
    expect(asks('Can anyone recommend a good accountant?', 'need')).toEqual(['accounting']);
    expect(asks('A recommendation engine for our shop', 'need')).toContain('data-ml');
    expect(asks('Need a second pair of eyes on our contract', 'need')).toEqual(['legal']);
    expect(asks('Problem with my eyes', 'need')).toContain('medical');
    expect(asks('Open to chatting with anyone in fintech', 'need')).not.toContain('jobs');
    expect(asks('Any openings at your company?', 'need')).toContain('jobs');
    expect(asks('Trying to find a space to rent for a pop-up', 'need')).not.toContain('f-mobility');
    expect(asks('A rocket engineer for our space startup', 'need')).toContain('f-mobility');
    expect(asks("Our numbers don't add up", 'need')).not.toContain('data-ml');
    expect(asks('Nervous about my mortgage application', 'need')).not.toContain('speaking');
    expect(asks('Terrified of presenting at the conference next month', 'need')).toContain('speaking');
    expect(asks('Help with a mortgage application', 'need')).not.toContain('education');
    expect(asks('Help with her university application', 'need')).toContain('education');
    for (const text of ['Need business cards printed', 'Too much stock in the warehouse', 'R&D tax credits'])
      expect(asks(text, 'need'), text).not.toContain('f-fintech');
  });

  it('keeps home security apart from cyber security, and a verb "will" apart from a legal will', () => {
    expect(asks('Wants CCTV and a burglar alarm at home', 'need')).toContain('home-security');
    expect(asks('Wants CCTV and a burglar alarm at home', 'need')).not.toContain('security');
    expect(asks('Wants to predict which customers will cancel', 'need')).not.toContain('legal');
    expect(asks('Needs help making a will', 'need')).toContain('legal');
  });

  it('a profile that names itself a provider offers the skills it lists', () => {
    expect(offers('Senior Frontend Engineer. React, TypeScript, design systems.', 'profile')).toContain(
      's-javascript',
    );
    expect(offers('Founder at Shoply. React storefronts for small shops.', 'profile')).not.toContain(
      's-javascript',
    );
  });

  it('an offer offers its topic; a profile offers a topic only where it says it helps with it', () => {
    expect(offers('Bookkeeping on Xero, monthly close', 'offer')).toContain('accounting');
    expect(offers('Founder at Tally. Building bookkeeping software.', 'profile')).not.toContain('accounting');
    expect(offers('Consultant. Helps small firms with bookkeeping.', 'profile')).toContain('accounting');
  });

  it('counts an ambiguous word only in the sense its phrase gives', () => {
    const deck = analyse('pitch deck design', 'need');
    const baseball = analyse('baseball pitching lessons', 'offer');
    expect(offers('baseball pitching lessons', 'offer')).toEqual(['sports']);
    expect([...deck.asks.keys()]).not.toContain('sports');
    const shared = [...deck.terms.keys()].filter((t) => baseball.terms.has(t));
    expect(shared).toEqual([]);
  });

  it('a word with several senses counts in the sense the rest of the text gives', () => {
    const ux = offers('UX designer: user research, wireframes and prototypes in Figma', 'offer');
    expect(ux).toContain('design-ux');
    expect(ux).not.toContain('hardware');
    expect(offers('Firmware and PCB prototypes for IoT devices', 'offer')).toContain('hardware');
  });

  it('a phrase inside a longer one does not count on its own', () => {
    expect(offers('Immigration lawyer for founders', 'profile')).toContain('immigration');
    expect(offers('Seed-stage CFO work', 'offer')).not.toContain('investing');
  });

  it('a number inside a phrase does not break it', () => {
    expect(asks('Trying to get my first 10 customers', 'need')).toContain('customers');
  });

  it('a stack implies software engineering', () => {
    expect(offers('Senior Rust developer', 'profile')).toEqual(
      expect.arrayContaining(['s-rust', 'engineering']),
    );
  });

  it('finds nothing in empty text, stop-words, emoji or control characters', () => {
    for (const text of ['', '   ', 'the and of a to', '🎉🚀 👍🏽', '\u0001\u0007\u001b', '\u200f\u202e']) {
      const a = analyse(text, 'need');
      expect(a.terms.size).toBe(0);
      expect(a.asks.size).toBe(0);
    }
  });

  it('reads accented, right-to-left and combining-mark text without throwing', () => {
    expect(words('Café  naïve  e\u0301\u0301\u0301').map((w) => w.surface)).toEqual(['cafe', 'naive', 'e']);
    expect(words('שלום עולם').length).toBe(2);
  });

  it('bounds the work on very long text', () => {
    const long = 'accountant taxes '.repeat(5_000);
    const a = analyse(long, 'offer');
    expect(a.length).toBeLessThanOrEqual(1_500);
    expect([...a.offers.keys()]).toContain('accounting');
  });
  it('in a need, a kind of help ruled out by "not"/"no" is not asked for', () => {
    expect(asks('wants someone to talk to, not a coach', 'need')).not.toContain('mentoring');
    expect(asks('wants someone to talk to, a coach maybe', 'need')).toContain('mentoring');
    expect(asks('honeymoon somewhere remote, no wifi', 'need')).not.toContain('it-support');
  });

  it('in a need, whoever reported the problem ("nursery flagged it") is not the help asked for', () => {
    expect(asks("our 4yo still isn't talking much, nursery flagged it", 'need')).not.toContain('childcare');
    expect(asks("our 4yo still isn't talking much, nursery flagged it", 'need')).toContain('speech-therapy');
    expect(asks('my lad still barely talks, nursery have mentioned it', 'need')).not.toContain('childcare');
    expect(asks('need a nursery place for our 4yo', 'need')).toContain('childcare');
  });

  it('in a need, a role the seeker has ("as a teacher") is not asked for', () => {
    expect(asks('going blind slowly, wants to keep working as a teacher', 'need')).not.toContain('education');
    expect(asks('going blind slowly, wants to keep working as a teacher', 'need')).toContain('disability');
    expect(asks('wants a teacher for her son', 'need')).toContain('education');
  });

  it('a lone "back" is not an investor; a legal specialty is also legal help', () => {
    expect(asks('trying to trace my family tree back to Ireland', 'need')).not.toContain('investing');
    expect(asks('trying to trace my family tree back to Ireland', 'need')).toContain('genealogy');
    const custody = asks('splitting up with my husband, need advice about custody', 'need');
    expect(custody).toEqual(expect.arrayContaining(['family-law', 'legal']));
    expect(
      offers('Family solicitor: separation, child arrangements and divorce settlements', 'offer'),
    ).toEqual(expect.arrayContaining(['family-law', 'legal']));
    // "will" the verb is not a will.
    expect(asks('Wants to predict which customers will cancel', 'need')).not.toContain('wills');
  });
});
