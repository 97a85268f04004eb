// Topics about building companies and careers: money, law, hiring, product, customers.
import type { Topic } from './topic';

export const WORK_TOPICS = {
  fundraising: {
    tag: 'fundraising',
    label: 'fundraising',
    needs: [
      'An introduction to a seed investor who backs {focus} companies',
      'A lead investor for a pre-seed round closing this quarter',
      'Warm intros to two or three angels with {focus} experience',
    ],
    offers: [
      {
        text: 'Invests in pre-seed and seed rounds in {focus}',
        counterpart: 'founders raising their first round',
        by: ['investor'],
      },
      {
        text: 'Writes angel cheques and helps close the rest of the round',
        counterpart: 'first-time founders',
        by: ['investor'],
      },
    ],
  },
  pitchFeedback: {
    tag: 'pitch-feedback',
    label: 'the pitch deck',
    needs: [
      'Blunt feedback on the pitch deck before the roadshow',
      'A practice pitch with someone who says no for a living',
    ],
    offers: [
      {
        text: 'Reviews pitch decks and gives blunt, written feedback',
        counterpart: 'founders a month before raising',
        by: ['investor', 'consultant', 'coach'],
      },
      { text: 'Runs mock investor meetings', counterpart: 'first-time founders' },
    ],
  },
  dealflow: {
    tag: 'dealflow',
    label: 'deal flow',
    needs: [
      'Pre-seed {focus} startups raising in the next six months',
      'Strong technical founders before they go out to raise',
    ],
    offers: [
      {
        text: 'Can share the best founders from the community each quarter',
        counterpart: 'investors who answer quickly',
        by: ['community-organiser'],
      },
      {
        text: 'Open to showing our round early to a few investors',
        counterpart: 'investors with {focus} expertise',
        by: ['founder'],
      },
      {
        text: 'Sees promising startups before they raise and passes them on',
        counterpart: 'investors who treat founders well',
        by: ['lawyer'],
      },
    ],
  },
  legal: {
    tag: 'legal',
    label: 'legal questions',
    needs: [
      'A startup lawyer to review our SAFE and cap table',
      'Advice on a trademark dispute with a larger company',
      'Someone to draft solid freelance contracts',
      'Help with employment contracts for our first hires abroad',
    ],
    offers: [
      { text: 'Reviews term sheets and SAFEs for a fixed fee', counterpart: 'early-stage founders' },
      { text: 'Gives a free first hour on contracts and IP', counterpart: 'freelancers and small studios' },
      { text: 'Handles cross-border employment contracts', counterpart: 'startups hiring in Europe' },
    ],
  },
  hiring: {
    tag: 'hiring',
    label: 'hiring',
    needs: [
      'A senior backend engineer who has scaled Postgres',
      'A first product designer who can also do research',
      'A head of sales for the first enterprise deals',
      'An engineering manager for a team of eight',
    ],
    offers: [
      {
        text: 'Places senior engineers and designers at startups',
        counterpart: 'seed to Series B companies',
        by: ['recruiter'],
      },
      {
        text: 'Can refer strong engineers from previous teams',
        counterpart: 'teams with a good engineering culture',
        by: ['engineer'],
      },
      {
        text: 'Shares candidates from a community job board',
        counterpart: 'companies hiring locally',
        by: ['community-organiser'],
      },
    ],
  },
  jobSearch: {
    tag: 'job-search',
    label: 'the job search',
    needs: [
      'A new role at a mission-driven company in {focus}',
      'Introductions to hiring managers at growth-stage startups',
      'A part-time or fractional role while finishing a side project',
    ],
    offers: [
      {
        text: 'Hiring across product and engineering this year',
        counterpart: 'experienced people changing sector',
        by: ['founder'],
      },
      {
        text: 'Shares open roles across the portfolio',
        counterpart: 'operators looking for their next role',
        by: ['investor'],
      },
    ],
  },
  design: {
    tag: 'design',
    label: 'design',
    needs: [
      'A product designer to redo our onboarding',
      'A brand identity before our public launch',
      'A UX audit of the checkout',
    ],
    offers: [
      { text: 'Takes on two-week UX audits', counterpart: 'product teams with a leaky funnel' },
      {
        text: 'Designs brand identities for launches',
        counterpart: 'startups before their first big launch',
      },
    ],
  },
  engineering: {
    tag: 'engineering',
    label: 'engineering',
    needs: [
      'A technical advisor to review our architecture',
      'Help choosing between building and buying our data platform',
      'A freelance developer for a three-month MVP',
    ],
    offers: [
      {
        text: 'Reviews architectures and infrastructure costs',
        counterpart: 'non-technical founders',
        by: ['engineer', 'consultant'],
      },
      {
        text: 'Available for short freelance builds',
        counterpart: 'teams that need an MVP fast',
        by: ['engineer'],
      },
    ],
  },
  press: {
    tag: 'press',
    label: 'press coverage',
    needs: [
      'Press coverage for our launch next month',
      'A journalist interested in {focus} for an exclusive',
      'Help writing our first press release',
    ],
    offers: [
      {
        text: 'Covers {focus} and is always looking for new stories',
        counterpart: 'founders with data nobody has seen',
        by: ['journalist'],
      },
      {
        text: 'Runs PR for launches and knows the tech press',
        counterpart: 'startups with a real story',
        by: ['marketer'],
      },
    ],
  },
  sources: {
    tag: 'sources',
    label: 'press interviews',
    needs: ['Sources for a feature on {focus}', 'Operators willing to speak on the record about layoffs'],
    offers: [
      { text: 'Happy to be a source on {focus}', counterpart: 'journalists working on in-depth pieces' },
      { text: 'Can explain the data behind {focus} trends', counterpart: 'reporters on deadline' },
    ],
  },
  accounting: {
    tag: 'accounting',
    label: 'accounting',
    needs: [
      'An accountant who knows R&D tax credits',
      'Someone to clean up two years of bookkeeping',
      'Advice on VAT for selling abroad',
    ],
    offers: [
      { text: 'Handles bookkeeping and R&D tax credit claims', counterpart: 'startups and small agencies' },
      {
        text: 'Gives fixed-price tax advice to freelancers',
        counterpart: 'freelancers in their first years',
      },
    ],
  },
  growth: {
    tag: 'growth',
    label: 'growth marketing',
    needs: [
      'Someone to run our first paid acquisition tests',
      'Help with SEO for a content-heavy site',
      'A go-to-market plan for a new segment',
    ],
    offers: [
      {
        text: 'Runs growth experiments on a monthly retainer',
        counterpart: 'B2C apps after product-market fit',
        by: ['marketer'],
      },
      {
        text: 'Writes go-to-market plans for B2B launches',
        counterpart: 'B2B startups entering a new market',
      },
    ],
  },
} satisfies Record<string, Topic>;
