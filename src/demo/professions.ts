// The kinds of people in a connector's network, each with plausible titles, organisations, blurbs, and
// the topics they tend to offer help with and to need help with.
import type { Random } from './random';
import type { TopicKey } from './topics';

export interface Profession {
  key: string;
  /** The person's main tag. */
  tag: string;
  /** Relative share of the network. */
  weight: number;
  titles: string[];
  /** Their specialties; one becomes a tag and fills {focus} in texts. */
  focus: string[];
  organisation(r: Random, lastName: string): string;
  blurbs: string[];
  offers: TopicKey[];
  needs: TopicKey[];
  /** Busy, sought-after people get "ask me first" more often. */
  askFirstChance: number;
}

const startup = (r: Random) =>
  `${r.pick(['North', 'Tide', 'Bright', 'Fern', 'Lumen', 'Cobalt', 'Kite', 'Harbor', 'Atlas', 'Pollen', 'Quill', 'Ember', 'Orbit', 'Meadow', 'Signal', 'Copper'])}${r.pick(['loop', 'well', 'path', 'stack', 'works', 'field', 'ly', 'base', 'mint', 'wise', 'grid', 'nest'])}${r.pick(['', '', '', ' Labs', ' AI', ' Systems'])}`;

export const PROFESSIONS: Profession[] = [
  {
    key: 'founder',
    tag: 'founder',
    weight: 14,
    titles: ['Co-founder & CEO', 'Founder', 'Co-founder & CTO', 'Founder & COO'],
    focus: [
      'climate',
      'fintech',
      'health-tech',
      'b2b-saas',
      'edtech',
      'logistics',
      'developer-tools',
      'marketplaces',
    ],
    organisation: (r) => startup(r),
    blurbs: [
      '{first} founded {org} after {years} years in {focus}. {org} helps small teams do in a day what used to take a week. Sharp on pricing and generous with time for first-time founders.',
      '{first} runs {org}, a {focus} startup in {city} with real revenue and a small, senior team. Thinks in systems, answers email within a day, and gives honest feedback.',
      'Second-time founder; sold the first company in {year}. Now building {org} in {focus}. Great to talk to about hiring the first ten people.',
    ],
    offers: [
      'dealflow',
      'speakers',
      'venues',
      'sources',
      'productFeedback',
      'mentorship',
      'clients',
      'jobSearch',
    ],
    needs: [
      'fundraising',
      'pitchFeedback',
      'legal',
      'hiring',
      'design',
      'engineering',
      'press',
      'accounting',
      'growth',
      'customers',
      'coaching',
      'healthPilots',
    ],
    askFirstChance: 0.1,
  },
  {
    key: 'investor',
    tag: 'investor',
    weight: 8,
    titles: ['Partner', 'Principal', 'Angel investor', 'General Partner', 'Investment Director'],
    focus: ['climate', 'fintech', 'health-tech', 'b2b-saas', 'deep-tech', 'consumer'],
    organisation: (r, last) =>
      r.chance(0.3)
        ? `${last} Angels`
        : `${r.pick(['Ridge', 'Beacon', 'Granite', 'Sequel', 'Lantern', 'Northstar', 'Forge'])} ${r.pick(['Ventures', 'Capital', 'Partners'])}`,
    blurbs: [
      '{first} is {aTitle} at {org}, investing at pre-seed and seed in {focus}. Former operator; replies to every warm intro within a week.',
      'Angel investor and former founder. {first} backs technical teams in {focus} and is unusually useful after the cheque: hiring, pricing, the next round.',
    ],
    offers: [
      'fundraising',
      'pitchFeedback',
      'mentorship',
      'board',
      'jobSearch',
      'clients',
      'venues',
      'sources',
    ],
    needs: ['dealflow', 'sources', 'hiring'],
    askFirstChance: 0.55,
  },
  {
    key: 'lawyer',
    tag: 'lawyer',
    weight: 5,
    titles: ['Partner', 'Senior Associate', 'Legal Counsel', 'Founder'],
    focus: ['startups', 'ip', 'employment', 'commercial-contracts', 'data-protection'],
    organisation: (r, last) =>
      `${last} & ${r.pick(['Hale', 'Morgan', 'Price', 'Ward', 'Lowe'])} ${r.pick(['LLP', 'Solicitors', 'Legal'])}`,
    blurbs: [
      '{first} is {aTitle} at {org} specialising in {focus}. Explains the trade-offs in plain words and knows when a template is good enough.',
      'Commercial lawyer who spent {years} years in-house at a scale-up. {first} drafts contracts that people actually read.',
    ],
    offers: ['legal', 'board', 'sources', 'dealflow'],
    needs: ['clients', 'growth'],
    askFirstChance: 0.2,
  },
  {
    key: 'designer',
    tag: 'designer',
    weight: 7,
    titles: [
      'Product Designer',
      'Design Lead',
      'Brand Designer',
      'Founder & Creative Director',
      'UX Researcher',
    ],
    focus: ['ux', 'branding', 'design-systems', 'mobile', 'research'],
    organisation: (r) =>
      r.chance(0.4) ? `Studio ${r.pick(['Fold', 'Kin', 'Marrow', 'Plinth', 'Oak', 'Field'])}` : startup(r),
    blurbs: [
      '{first} is {aTitle} focused on {focus}. Makes complicated products feel obvious, and tests with real users before arguing about colours.',
      'Independent designer who has shipped {years} years of products in {city}. {first} is fast, opinionated and kind in critique.',
    ],
    offers: ['design', 'productFeedback', 'speakers', 'mentorship'],
    needs: ['clients', 'legal', 'accounting', 'jobSearch'],
    askFirstChance: 0.1,
  },
  {
    key: 'engineer',
    tag: 'engineer',
    weight: 12,
    titles: [
      'Staff Engineer',
      'Senior Software Engineer',
      'Engineering Manager',
      'Principal Engineer',
      'Data Engineer',
      'VP Engineering',
    ],
    focus: ['backend', 'infrastructure', 'machine-learning', 'security', 'mobile', 'data'],
    organisation: (r) =>
      r.chance(0.5)
        ? startup(r)
        : r.pick([
            'Globant',
            'Brightline Bank',
            'Omnicart',
            'Polar Energy',
            'Quanta Systems',
            'Skyward Travel',
          ]),
    blurbs: [
      '{first} is {aTitle} at {org} working on {focus}. Has scaled systems from a handful of users to millions and writes the clearest design docs I have read.',
      'Engineer with {years} years in {focus}. {first} mentors generously, speaks at meetups, and always knows someone good who is quietly looking.',
    ],
    offers: ['engineering', 'hiring', 'speakers', 'sources', 'productFeedback', 'research', 'mentorship'],
    needs: ['jobSearch', 'mentorship', 'health', 'coaching'],
    askFirstChance: 0.05,
  },
  {
    key: 'recruiter',
    tag: 'recruiter',
    weight: 4,
    titles: ['Talent Partner', 'Head of Talent', 'Executive Recruiter', 'Founder'],
    focus: ['engineering', 'design', 'sales', 'leadership'],
    organisation: (r, last) =>
      r.chance(0.5) ? `${last} Search` : `${r.pick(['Talentwise', 'Hireloop', 'Peoplefirst'])}`,
    blurbs: [
      '{first} recruits {focus} talent for start-ups and scale-ups and turns down searches that are not a fit. Candidates like {first} too, which is rare.',
    ],
    offers: ['hiring', 'jobSearch'],
    needs: ['clients', 'growth'],
    askFirstChance: 0.05,
  },
  {
    key: 'accountant',
    tag: 'accountant',
    weight: 4,
    titles: ['Chartered Accountant', 'Partner', 'Fractional CFO', 'Tax Advisor'],
    focus: ['startups', 'tax', 'r-and-d-credits', 'freelancers'],
    organisation: (r, last) => `${last} ${r.pick(['Accountancy', '& Co', 'Advisory', 'Partners'])}`,
    blurbs: [
      '{first} is {aTitle} working with {focus}. Fixed fees, answers the phone, and explains tax in a way that makes sense.',
    ],
    offers: ['accounting', 'board'],
    needs: ['clients'],
    askFirstChance: 0.05,
  },
  {
    key: 'marketer',
    tag: 'marketer',
    weight: 6,
    titles: ['Head of Marketing', 'Growth Lead', 'PR Consultant', 'CMO', 'Content Lead'],
    focus: ['growth', 'content', 'pr', 'brand', 'b2b-marketing'],
    organisation: (r) =>
      r.chance(0.3) ? `${r.pick(['Loud', 'Clear', 'Spark'])} Communications` : startup(r),
    blurbs: [
      '{first} leads {focus} at {org}. Data-driven but not data-blind; has launched products in {city} and across Europe.',
      'Marketing consultant with {years} years in {focus}. {first} can tell you in one call whether a channel is worth testing.',
    ],
    offers: ['growth', 'press', 'productFeedback'],
    needs: ['clients', 'design', 'jobSearch'],
    askFirstChance: 0.1,
  },
  {
    key: 'community-organiser',
    tag: 'community',
    weight: 4,
    titles: ['Community Lead', 'Organiser', 'Founder', 'Programme Director'],
    focus: ['founders', 'women-in-tech', 'climate', 'local-business', 'developers'],
    organisation: (r, _l) =>
      r.pick([
        'Founders Breakfast Club',
        'Women in Product',
        'Climate Builders',
        'Chamber of Commerce',
        'DevGuild',
        'Makers Collective',
      ]),
    blurbs: [
      '{first} runs {org} in {city}: monthly events, a busy chat, and a knack for putting the right people in one room. Knows everyone in {focus}.',
    ],
    offers: ['dealflow', 'hiring', 'clients', 'sources'],
    needs: ['speakers', 'venues', 'grants'],
    askFirstChance: 0.1,
  },
  {
    key: 'journalist',
    tag: 'journalist',
    weight: 4,
    titles: ['Reporter', 'Senior Editor', 'Freelance Journalist', 'Newsletter Writer'],
    focus: ['climate', 'fintech', 'startups', 'health', 'ai'],
    organisation: (r) =>
      r.pick([
        'The Ledger',
        'Northern Tech Weekly',
        'Signal & Noise',
        'The Daily Brief',
        'Pulse Health News',
        'Freelance',
      ]),
    blurbs: [
      '{first} covers {focus} for {org}. Interested in data and people nobody else has talked to; never writes about funding rounds for their own sake.',
    ],
    offers: ['press'],
    needs: ['sources'],
    askFirstChance: 0.5,
  },
  {
    key: 'doctor',
    tag: 'doctor',
    weight: 4,
    titles: ['GP', 'Consultant Physician', 'Sports Medicine Doctor', 'Clinical Lead'],
    focus: ['sports-medicine', 'primary-care', 'sleep', 'cardiology', 'digital-health'],
    organisation: (r) =>
      r.pick([
        "St. Mary's Hospital",
        'Riverside Clinic',
        'Parkview Medical Centre',
        'City Sports Clinic',
        'University Hospital',
      ]),
    blurbs: [
      '{first} is {aTitle} at {org} with an interest in {focus}. Curious about technology that actually saves clinicians time; sceptical of the rest.',
    ],
    offers: ['health', 'healthPilots', 'sources', 'research', 'speakers'],
    needs: ['research', 'coaching', 'accounting'],
    askFirstChance: 0.4,
  },
  {
    key: 'salesperson',
    tag: 'sales',
    weight: 5,
    titles: ['Account Executive', 'Head of Sales', 'VP Sales', 'Business Development Manager'],
    focus: ['enterprise', 'retail', 'manufacturing', 'public-sector', 'financial-services'],
    organisation: (r) =>
      r.chance(0.5) ? startup(r) : r.pick(['Omnicart', 'Brightline Bank', 'Polar Energy']),
    blurbs: [
      '{first} sells into {focus} and knows the buyers by first name. Honest about when a product is not ready for enterprise.',
    ],
    offers: ['customers', 'mentorship'],
    needs: ['customers', 'jobSearch', 'coaching'],
    askFirstChance: 0.1,
  },
  {
    key: 'product-manager',
    tag: 'product',
    weight: 6,
    titles: ['Product Manager', 'Senior Product Manager', 'Head of Product', 'Group Product Manager'],
    focus: ['b2b-saas', 'payments', 'marketplaces', 'mobile', 'ai'],
    organisation: (r) => startup(r),
    blurbs: [
      '{first} is {aTitle} at {org} working on {focus}. Talks to customers every week and writes the best one-page specs around.',
    ],
    offers: ['productFeedback', 'mentorship', 'speakers'],
    needs: ['hiring', 'jobSearch', 'coaching', 'mentorship'],
    askFirstChance: 0.05,
  },
  {
    key: 'consultant',
    tag: 'consultant',
    weight: 5,
    titles: ['Independent Consultant', 'Managing Director', 'Fractional COO', 'Strategy Consultant'],
    focus: ['operations', 'pricing', 'go-to-market', 'supply-chain', 'digital-transformation'],
    organisation: (r, last) =>
      r.chance(0.5) ? `${last} Consulting` : `${r.pick(['Keystone', 'Meridian', 'Clearwater'])} Advisory`,
    blurbs: [
      '{first} helps companies with {focus}. Ex-big-four, but practical: leaves behind a plan the team can run without them.',
    ],
    offers: ['customers', 'growth', 'board', 'engineering', 'pitchFeedback'],
    needs: ['clients', 'accounting'],
    askFirstChance: 0.1,
  },
  {
    key: 'coach',
    tag: 'coach',
    weight: 3,
    titles: ['Executive Coach', 'Leadership Coach', 'Founder Coach'],
    focus: ['leadership', 'co-founder-relationships', 'first-time-managers'],
    organisation: (r, last) => (r.chance(0.6) ? `${last} Coaching` : 'Independent'),
    blurbs: [
      '{first} coaches founders and executives on {focus}. Direct, warm, and unusually good at spotting what is not being said.',
    ],
    offers: ['coaching', 'mentorship', 'pitchFeedback'],
    needs: ['clients', 'design'],
    askFirstChance: 0.15,
  },
  {
    key: 'researcher',
    tag: 'researcher',
    weight: 3,
    titles: ['Research Fellow', 'Professor', 'PhD Researcher', 'Lab Director'],
    focus: ['climate', 'machine-learning', 'economics', 'public-health', 'robotics'],
    organisation: (r) =>
      r.pick([
        'University of Edinburgh',
        'TU Munich',
        'Imperial College',
        'KTH',
        'University of Lagos',
        'Sorbonne',
      ]),
    blurbs: [
      '{first} researches {focus} at {org} and likes applied problems with real data. Good at explaining hard ideas simply.',
    ],
    offers: ['research', 'sources', 'speakers'],
    needs: ['research', 'grants'],
    askFirstChance: 0.2,
  },
  {
    key: 'nonprofit-director',
    tag: 'nonprofit',
    weight: 3,
    titles: ['Executive Director', 'Programme Director', 'Founder & CEO'],
    focus: ['education', 'climate', 'refugees', 'youth-employment', 'food-security'],
    organisation: (r) =>
      r.pick(['Open Doors Foundation', 'GreenSteps', 'Code Futures', 'Food Bridge', 'Youth Launchpad']),
    blurbs: [
      '{first} leads {org}, a nonprofit working on {focus}. Runs a tight, measurable programme and always has a concrete ask.',
    ],
    offers: ['grants', 'speakers', 'sources'],
    needs: ['board', 'grants', 'design', 'engineering', 'press', 'legal'],
    askFirstChance: 0.1,
  },
];
