// Names, places and events for the demo network: varied, plausible, and fictional.

/** Comma-separated lists keep long vocabularies compact. */
const list = (csv: string) => csv.split(',').map((s) => s.trim());

export const FIRST_NAMES = list(
  'Ada, Adaeze, Aisha, Akira, Alejandro, Alice, Amara, Amir, Ana, Anders, Andrea, Anika, Arjun, ' +
    'Astrid, Ayodele, Beatriz, Ben, Bilal, Bruno, Camille, Carlos, Chen, Chiara, Chidi, Chloe, Daniel, ' +
    'Dara, David, Deepa, Diego, Dmitri, Elena, Elif, Emeka, Emma, Erik, Esther, Fatima, Felix, Fiona, ' +
    'Freya, Gabriel, Grace, Hana, Hannah, Hassan, Helena, Hugo, Ibrahim, Ines, Ingrid, Isaac, Isabel, ' +
    'Ivan, Jamal, James, Jana, Javier, Jin, Joanna, Jonas, Jorge, Julia, Kai, Kalani, Kamal, Karin, ' +
    'Kenji, Kofi, Laila, Lars, Laura, Leila, Leo, Lina, Lucas, Lucia, Maya, Mara, Marco, Maria, Mateo, ' +
    'Mei, Miguel, Mina, Mohammed, Nadia, Naomi, Nia, Nikhil, Nina, Noah, Nora, Olivia, Omar, Oscar, ' +
    'Pablo, Paula, Priya, Rafael, Rahul, Rania, Ravi, Rosa, Ruth, Sam, Samira, Sanjay, Sara, Sean, ' +
    'Sofia, Sunita, Tariq, Tessa, Theo, Tomás, Uma, Valentina, Vikram, Wei, Yara, Yusuf, Zainab, Zoe',
);

export const LAST_NAMES = list(
  'Abara, Adeyemi, Agarwal, Ahmed, Alvarez, Andersen, Bakker, Banerjee, Becker, Bianchi, Brennan, ' +
    'Campbell, Castillo, Chen, Clarke, Costa, Dahl, Das, Delgado, Dubois, Eriksson, Evans, Fernandes, ' +
    'Fischer, Fitzgerald, Fontaine, Garcia, Gallagher, Haddad, Hansen, Hartmann, Hughes, Ibrahim, Iyer, ' +
    'Jensen, Johansson, Kamau, Kapoor, Kim, Kowalski, Kruger, Larsen, Lefebvre, Lindqvist, Lopez, ' +
    'Mahmoud, Mancini, Martins, Mehta, Mensah, Moreau, Morales, Murphy, Nakamura, Navarro, Nguyen, ' +
    "Novak, Nwosu, Obi, O'Connor, Okafor, Olsen, Osei, Park, Patel, Pereira, Petrov, Quinn, Rahman, " +
    'Reddy, Reyes, Richter, Romano, Rossi, Sato, Schmidt, Shah, Silva, Singh, Sokolova, Suzuki, ' +
    'Takahashi, Tanaka, Thompson, Torres, Van Dijk, Varga, Vasquez, Wagner, Walsh, Wang, Weber, ' +
    'Williams, Wójcik, Yamamoto, Yilmaz, Zhang, Zielinski',
);

export interface City {
  name: string;
  country: string;
  /** A fictional-range phone prefix for the country (Ofcom drama numbers, 555-01xx in North America). */
  phone: (n: number) => string;
}

const uk = (n: number) => `+44 20 7946 0${String(n % 1000).padStart(3, '0')}`;
const na = (n: number) => `+1 202 555 01${String(n % 100).padStart(2, '0')}`;
const eu = (cc: string) => (n: number) => `+${cc} 555 ${String(1000 + (n % 9000))}`;

export const CITIES: City[] = [
  { name: 'London', country: 'UK', phone: uk },
  { name: 'Manchester', country: 'UK', phone: uk },
  { name: 'Edinburgh', country: 'UK', phone: uk },
  { name: 'Bristol', country: 'UK', phone: uk },
  { name: 'Dublin', country: 'Ireland', phone: eu('353') },
  { name: 'Berlin', country: 'Germany', phone: eu('49') },
  { name: 'Munich', country: 'Germany', phone: eu('49') },
  { name: 'Paris', country: 'France', phone: eu('33') },
  { name: 'Amsterdam', country: 'Netherlands', phone: eu('31') },
  { name: 'Lisbon', country: 'Portugal', phone: eu('351') },
  { name: 'Barcelona', country: 'Spain', phone: eu('34') },
  { name: 'Stockholm', country: 'Sweden', phone: eu('46') },
  { name: 'Copenhagen', country: 'Denmark', phone: eu('45') },
  { name: 'Zurich', country: 'Switzerland', phone: eu('41') },
  { name: 'New York', country: 'USA', phone: na },
  { name: 'San Francisco', country: 'USA', phone: na },
  { name: 'Austin', country: 'USA', phone: na },
  { name: 'Boston', country: 'USA', phone: na },
  { name: 'Toronto', country: 'Canada', phone: na },
  { name: 'Nairobi', country: 'Kenya', phone: eu('254') },
  { name: 'Lagos', country: 'Nigeria', phone: eu('234') },
  { name: 'Bangalore', country: 'India', phone: eu('91') },
  { name: 'Singapore', country: 'Singapore', phone: eu('65') },
  { name: 'Sydney', country: 'Australia', phone: eu('61') },
  { name: 'São Paulo', country: 'Brazil', phone: eu('55') },
  { name: 'Tel Aviv', country: 'Israel', phone: eu('972') },
];

export const EVENTS = [
  'Web Summit',
  'the Founders Breakfast',
  'SaaStr Europa',
  'a Climate Tech meetup',
  'the Product Circle dinner',
  'Slush',
  'the local chamber of commerce mixer',
  'a Women in Product evening',
  'the angel network pitch night',
  'a design systems conference',
  'PyCon',
  'the health-tech roundtable',
  'a nonprofit leadership retreat',
];

export const VOUCH_CRITERIA = [
  'Worked with them directly',
  'Checked references',
  'Met in person',
  'Seen their work shipped',
  'Would hire them again',
  'Delivers what they promise',
];

export const CAVEATS = [
  'Slow to reply to email; a text works better',
  'Slow to pay invoices',
  'Can oversell their network',
  'Tends to turn introductions into sales pitches',
  'Over-committed until next quarter',
  'Missed a meeting I set up last year (apologised)',
  'Strong opinions; best with a clear, specific ask',
  'Prefers warm intros only; ignores cold outreach',
  'Expensive, though worth it for the right client',
  'Changed jobs often; check the current role first',
];

export const PRIVATE_NOTES = [
  'Met at {event}. Two kids; loves trail running.',
  'Introduced by a mutual friend in {year}. Prefers mornings for calls.',
  'Vegetarian. Remember to ask about the sabbatical plans.',
  'Helped me a lot when I started out; always make time for them.',
  'Quiet in groups, excellent one to one.',
  'Moving to {city} next year.',
  'Their partner is also in {field}; they sometimes work together.',
  'Owes me nothing; I owe them a good introduction.',
  'Ask about the book they are writing.',
  'Reads everything; send links rather than long emails.',
];

export const VALUED_HELP = [
  'warm introductions to customers',
  'speaking slots',
  'candidate referrals',
  'feedback on drafts',
  'deal flow',
  'press contacts',
  'new clients',
  'co-founder candidates',
  'advice from operators',
  'sponsors for events',
];
