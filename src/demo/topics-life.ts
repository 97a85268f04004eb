// Topics about communities, health, research, leadership and nonprofits.
import type { Topic } from './topic';

export const LIFE_TOPICS = {
  speakers: {
    tag: 'speakers',
    label: 'speaking at events',
    needs: [
      'Speakers for a meetup on {focus}',
      'A keynote speaker for the autumn conference',
      'Panelists for a founder-stories evening',
    ],
    offers: [
      { text: 'Happy to speak at events about {focus}', counterpart: 'community meetups and conferences' },
      {
        text: 'Gives talks on lessons from building a company',
        counterpart: 'founder communities',
        by: ['founder'],
      },
    ],
  },
  venues: {
    tag: 'venues',
    label: 'event venues',
    needs: ['A venue for 60 people for a monthly meetup', 'Sponsors for the community hackathon'],
    offers: [
      {
        text: 'Can host a meetup of up to 80 people in our office',
        counterpart: 'community organisers',
        by: ['founder'],
      },
      {
        text: 'Sponsors community events in {focus}',
        counterpart: 'organisers with an engaged audience',
        by: ['investor'],
      },
    ],
  },
  mentorship: {
    tag: 'mentorship',
    label: 'mentoring',
    needs: [
      'A mentor who has been a first-time manager',
      'Advice from someone who moved from engineering to product',
      'A mentor for the jump to a leadership role',
    ],
    offers: [
      { text: 'Mentors one or two people a quarter', counterpart: 'new managers' },
      {
        text: 'Office hours for early-career people in {focus}',
        counterpart: 'people in their first five years',
      },
    ],
  },
  customers: {
    tag: 'customers',
    label: 'customer introductions',
    needs: [
      'Introductions to heads of operations at mid-size manufacturers',
      'Design partners among {focus} companies',
      'Ten customer interviews with finance teams',
    ],
    offers: [
      {
        text: 'Can introduce to buyers at {focus} companies',
        counterpart: 'B2B startups with a proven product',
        by: ['salesperson', 'consultant'],
      },
      {
        text: 'Knows the procurement leads at several large retailers',
        counterpart: 'suppliers ready for enterprise deals',
        by: ['salesperson', 'consultant'],
      },
    ],
  },
  clients: {
    tag: 'clients',
    label: 'new clients',
    needs: [
      'New clients among early-stage startups',
      'Referrals to companies that need {focus} help',
      'Two more retainer clients for next quarter',
    ],
    offers: [
      {
        text: 'Refers portfolio companies to trusted service providers',
        counterpart: 'specialists with startup experience',
        by: ['investor'],
      },
      {
        text: 'Can share your services with 2,000 community members',
        counterpart: 'providers offering a member discount',
        by: ['community-organiser'],
      },
      {
        text: 'Has budget for outside help this quarter',
        counterpart: 'experienced freelancers',
        by: ['founder'],
      },
    ],
  },
  health: {
    tag: 'health',
    label: 'health',
    needs: [
      'A good physiotherapist for a running injury',
      'A second opinion on a sleep problem',
      'A GP who takes new patients',
    ],
    offers: [
      {
        text: 'Can give a second opinion or point to the right specialist',
        counterpart: 'friends and friends of friends',
      },
      { text: 'Knows the sports medicine clinics in town', counterpart: 'people with training injuries' },
    ],
  },
  healthPilots: {
    tag: 'health-pilots',
    label: 'clinical pilots',
    requiresFocus: 'health-tech',
    needs: ['A hospital partner for a health-tech pilot', 'Clinicians to test a triage prototype'],
    offers: [
      {
        text: 'Can connect health-tech founders with clinicians for pilots',
        counterpart: 'health-tech startups with a working prototype',
      },
    ],
  },
  research: {
    tag: 'research',
    label: 'research',
    needs: ['Industry data for a study on {focus}', 'A partner company for an applied research project'],
    offers: [
      {
        text: 'Shares anonymised data for research on {focus}',
        counterpart: 'academic researchers',
        by: ['engineer', 'doctor', 'founder'],
      },
      {
        text: 'Runs applied research projects with companies',
        counterpart: 'companies with an interesting dataset',
        by: ['researcher'],
      },
    ],
  },
  productFeedback: {
    tag: 'product-feedback',
    label: 'product feedback',
    needs: ['Feedback on our beta from experienced product people', 'Usability testers for a new mobile app'],
    offers: [
      { text: 'Gives thorough product feedback to early teams', counterpart: 'teams before launch' },
      {
        text: 'Happy to be a beta tester for {focus} tools',
        counterpart: 'founders looking for early users',
      },
    ],
  },
  board: {
    tag: 'board',
    label: 'board roles',
    needs: [
      'A treasurer for our board',
      'An advisor with a finance background',
      'An independent board member',
    ],
    offers: [
      { text: 'Open to an advisory or board role', counterpart: 'nonprofits and early-stage companies' },
    ],
  },
  coaching: {
    tag: 'coaching',
    label: 'coaching',
    needs: [
      'An executive coach for the leadership team',
      'Help preparing for a difficult co-founder conversation',
    ],
    offers: [{ text: 'Coaches founders and new executives', counterpart: 'leaders in a fast-growing team' }],
  },
  grants: {
    tag: 'grants',
    label: 'grants',
    needs: ['Introductions to foundations that fund {focus}', 'Help writing a grant application'],
    offers: [
      {
        text: 'Knows the grant-makers at several foundations',
        counterpart: 'nonprofits with a measurable programme',
      },
      { text: 'Reviews grant applications', counterpart: 'first-time applicants' },
    ],
  },
} satisfies Record<string, Topic>;
