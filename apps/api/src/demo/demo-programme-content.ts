/** Fictional learning activities for the demo programmes, each on one or more demo themes (by title). */
export interface DemoActivity {
  title: string;
  description: string;
  format:
    'WORKSHOP' | 'MASTERCLASS' | 'INTERVISIE' | 'SITE_VISIT' | 'TABLETOP_EXERCISE' | 'E_LEARNING' | 'KNOWLEDGE_SESSION';
  themes: string[];
  audiences: string[];
  goals: string;
}

export const PAST_ACTIVITIES: (DemoActivity & { year: number; sessions: number })[] = [
  {
    title: 'Masterclass Wet Bibob in de praktijk',
    description:
      'Drie bijeenkomsten over het Bibob-beleid, de toets en de samenwerking met het Landelijk Bureau Bibob.',
    format: 'MASTERCLASS',
    themes: ['Bibob-beleid en -toepassing versterken'],
    audiences: ['BIBOB_ADVISOR', 'LICENSING_OFFICER'],
    goals: 'Deelnemers kunnen een Bibob-toets voorbereiden en weten wanneer ze advies vragen.',
    year: 2022,
    sessions: 3,
  },
  {
    title: 'Intervisie Bibob-adviseurs',
    description: 'Casuïstiek bespreken met collega-adviseurs uit de regio.',
    format: 'INTERVISIE',
    themes: ['Bibob-beleid en -toepassing versterken'],
    audiences: ['BIBOB_ADVISOR'],
    goals: 'Van elkaars casussen leren en werkwijzen op elkaar afstemmen.',
    year: 2023,
    sessions: 4,
  },
  {
    title: 'Werkbezoek vastgoedteam Enschede',
    description: 'Een dag meelopen met het team dat verdachte vastgoedtransacties onderzoekt.',
    format: 'SITE_VISIT',
    themes: ['Zicht op vastgoed'],
    audiences: ['POLICY_ADVISOR', 'ENFORCEMENT_OFFICER'],
    goals: 'Zien hoe signalen over vastgoed worden verzameld en opgevolgd.',
    year: 2022,
    sessions: 2,
  },
  {
    title: 'Workshop integriteit en screening',
    description: 'Integriteitsbeleid, kwetsbare functies en screening bij indiensttreding.',
    format: 'WORKSHOP',
    themes: ['Integere en weerbare organisatie'],
    audiences: ['POLICY_ADVISOR', 'OTHER'],
    goals: 'Een screeningsbeleid kunnen opstellen voor kwetsbare functies.',
    year: 2022,
    sessions: 3,
  },
  {
    title: 'Kennissessie informatiedeling met partners',
    description: 'Wat mag je delen met politie, RIEC en buurgemeenten, en hoe leg je het vast?',
    format: 'KNOWLEDGE_SESSION',
    themes: ['Informatiepositie en samenwerking met partners'],
    audiences: ['POLICY_ADVISOR', 'ENFORCEMENT_OFFICER'],
    goals: 'De juridische kaders en praktische afspraken voor informatiedeling kennen.',
    year: 2023,
    sessions: 3,
  },
  {
    title: 'E-learning ondermijning herkennen',
    description: 'Online module voor alle medewerkers met publiekscontact.',
    format: 'E_LEARNING',
    themes: ['Bewustwording in bestuur en organisatie'],
    audiences: ['OTHER'],
    goals: 'Signalen van ondermijning herkennen en weten waar je ze meldt.',
    year: 2023,
    sessions: 2,
  },
  {
    title: 'Table-top oefening sluiting drugspand',
    description: 'Een oefening waarin bestuur, handhaving en politie samen een sluiting voorbereiden.',
    format: 'TABLETOP_EXERCISE',
    themes: ['Bestuurlijke instrumenten effectief inzetten'],
    audiences: ['ADMINISTRATOR', 'ENFORCEMENT_OFFICER'],
    goals: 'Het besluitvormingsproces rond een sluiting oefenen.',
    year: 2024,
    sessions: 3,
  },
  {
    title: 'Weerbaar bestuur: omgaan met dreiging',
    description: 'Voor burgemeesters, wethouders en raadsleden: wat doe je bij bedreiging en intimidatie?',
    format: 'WORKSHOP',
    themes: ['Veiligheid van medewerkers en bestuurders', 'Bewustwording in bestuur en organisatie'],
    audiences: ['ADMINISTRATOR', 'COUNCIL_MEMBER'],
    goals: 'Weten welke ondersteuning er is en hoe je een veilige werkomgeving organiseert.',
    year: 2024,
    sessions: 3,
  },
  {
    title: 'Masterclass informatiepositie',
    description: 'Van losse signalen naar een gedeeld beeld: registratie, duiding en opvolging.',
    format: 'MASTERCLASS',
    themes: ['Informatiepositie en samenwerking met partners', 'Zicht op vastgoed'],
    audiences: ['POLICY_ADVISOR'],
    goals: 'Een signalenregistratie inrichten en benutten.',
    year: 2025,
    sessions: 3,
  },
  {
    title: 'Intervisie handhavers buitengebied',
    description: 'Ervaringen uitwisselen over integrale controles op risicolocaties.',
    format: 'INTERVISIE',
    themes: ['Bestuurlijke instrumenten effectief inzetten'],
    audiences: ['ENFORCEMENT_OFFICER'],
    goals: 'Werkwijzen voor integrale controles verbeteren.',
    year: 2025,
    sessions: 3,
  },
];

export const UPCOMING_ACTIVITIES: (DemoActivity & { sessions: number })[] = [
  {
    title: 'Masterclass weerbare inkoop',
    description: 'Ondermijningsrisico’s in inkoop, aanbesteding en subsidieverlening.',
    format: 'MASTERCLASS',
    themes: ['Weerbare inkoop en subsidieverlening'],
    audiences: ['POLICY_ADVISOR', 'OTHER'],
    goals: 'Risico’s in de inkoopprocedure herkennen en afdekken.',
    sessions: 3,
  },
  {
    title: 'Kennissessie Bibob en vastgoed',
    description: 'De Wet Bibob toepassen bij vastgoedtransacties en verhuur van gemeentelijk vastgoed.',
    format: 'KNOWLEDGE_SESSION',
    themes: ['Bibob-beleid en -toepassing versterken', 'Zicht op vastgoed'],
    audiences: ['BIBOB_ADVISOR', 'POLICY_ADVISOR'],
    goals: 'Bibob inzetten bij vastgoed en weten welke clausules helpen.',
    sessions: 3,
  },
  {
    title: 'Workshop integriteitsmeldingen',
    description: 'Een meldpunt inrichten en meldingen zorgvuldig afhandelen.',
    format: 'WORKSHOP',
    themes: ['Integere en weerbare organisatie'],
    audiences: ['POLICY_ADVISOR'],
    goals: 'Een meldprocedure kunnen inrichten.',
    sessions: 2,
  },
  {
    title: 'Werkbezoek informatieknooppunt RIEC',
    description: 'Kijken hoe het RIEC signalen van gemeenten verwerkt.',
    format: 'SITE_VISIT',
    themes: ['Informatiepositie en samenwerking met partners'],
    audiences: ['POLICY_ADVISOR', 'ENFORCEMENT_OFFICER'],
    goals: 'Begrijpen wat er met gedeelde signalen gebeurt.',
    sessions: 2,
  },
];

export const DEMO_VENUES = [
  { name: 'Stadhuis Almelo', address: 'Haven Zuidzijde 30, Almelo', room: 'Raadzaal' },
  { name: 'Stadhuis Enschede', address: 'Langestraat 24, Enschede', room: 'Zaal 2.14' },
  { name: 'Stadhuis Hengelo', address: 'Hazemeijerplein 1, Hengelo', room: 'Kamer 1' },
  { name: 'Gemeentehuis Borne', address: 'Rondweg 1, Borne', room: 'Grote zaal' },
];

export const DEMO_FACILITATORS = [
  { name: 'Marieke Jansen', organisation: 'RIEC Oost-Nederland' },
  { name: 'Joost Brink', organisation: 'Bureau Integriteit (fictief)' },
  { name: 'Fatima el Amrani', organisation: 'Programma Weerbaar Twente' },
  { name: 'Henk ter Horst', organisation: 'Politie Oost-Nederland (fictief)' },
];
