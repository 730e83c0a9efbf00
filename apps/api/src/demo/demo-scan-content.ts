/**
 * Fictional content for the demo: recommendation texts per facet and the regional themes.
 * Written to read like real scan outcomes; nothing here comes from an actual scan.
 */
export const DEMO_RECOMMENDATIONS: Record<string, string[]> = {
  'Bewustzijn en cultuur': [
    'Maak ondermijning vast onderdeel van het inwerkprogramma',
    'Organiseer jaarlijks een bewustwordingssessie voor het college en de raad',
    'Bespreek signalen van ondermijning periodiek in het managementteam',
  ],
  Integriteit: [
    'Actualiseer het integriteitsbeleid en de gedragscode',
    'Screen functies die kwetsbaar zijn voor beïnvloeding',
    'Richt een laagdrempelig meldpunt voor integriteitsmeldingen in',
  ],
  'Informatiepositie en informatiedeling': [
    'Stel een centraal punt in voor het registreren van signalen',
    'Maak afspraken over informatiedeling met politie en RIEC',
    'Gebruik gemeentelijke registraties om patronen zichtbaar te maken',
  ],
  Informatiebeveiliging: [
    'Beperk de toegang tot gevoelige dossiers tot wie ze nodig heeft',
    'Controleer periodiek wie gegevens uit de basisregistraties raadpleegt',
  ],
  Bibob: [
    'Stel een Bibob-beleid vast dat ook vastgoed en subsidies omvat',
    'Pas de Wet Bibob consequent toe bij horeca- en exploitatievergunningen',
    'Beleg de Bibob-toets bij een vaste, getrainde adviseur',
  ],
  Vergunningverlening: [
    'Toets vergunningaanvragen op signalen van katvangers',
    'Koppel vergunningverlening en handhaving in één dossier',
  ],
  Vastgoed: [
    'Breng het eigen vastgoed en de huurders ervan in kaart',
    'Stel een werkwijze op voor verdachte vastgoedtransacties',
    'Neem een integriteitsclausule op in koop- en huurovereenkomsten',
  ],
  'Inkoop en subsidies': [
    'Neem ondermijningsrisico’s mee in de inkoopprocedure',
    'Toets subsidieaanvragers op antecedenten bij grotere bedragen',
  ],
  'Toezicht en handhaving': [
    'Voer integrale controles uit op risicolocaties in het buitengebied',
    'Handhaaf consequent op signalen in bedrijventerreinen',
  ],
  'Veiligheid van medewerkers en bestuurders': [
    'Stel een protocol op voor bedreiging en intimidatie van medewerkers',
    'Bied bestuurders ondersteuning bij dreiging',
  ],
  'Inzet bestuurlijke instrumenten': [
    'Benut de sluitingsbevoegdheid (artikel 13b Opiumwet) waar passend',
    'Leg de inzet van bestuurlijke instrumenten vast in een afwegingskader',
  ],
};

export interface DemoTheme {
  title: string;
  description: string;
  facets: string[];
  yearIdentified: number;
  /** Municipalities with a linked recommendation in the first and in the second snapshot. */
  municipalities: [first: number, second: number];
}

/** Spread so that the demo picture shows exact counts, suppressed ones and a trend. */
export const DEMO_THEMES: DemoTheme[] = [
  {
    title: 'Bibob-beleid en -toepassing versterken',
    description: 'De Wet Bibob breder en consequenter toepassen, met vaste expertise en regionale afstemming.',
    facets: ['Bibob', 'Vergunningverlening'],
    yearIdentified: 2021,
    municipalities: [10, 12],
  },
  {
    title: 'Zicht op vastgoed',
    description: 'Grip op vastgoedtransacties en gemeentelijk vastgoed, en weten wanneer er reden is voor argwaan.',
    facets: ['Vastgoed'],
    yearIdentified: 2021,
    municipalities: [6, 9],
  },
  {
    title: 'Integere en weerbare organisatie',
    description: 'Integriteitsbeleid, screening en een cultuur waarin signalen besproken worden.',
    facets: ['Integriteit', 'Bewustzijn en cultuur'],
    yearIdentified: 2021,
    municipalities: [7, 7],
  },
  {
    title: 'Informatiepositie en samenwerking met partners',
    description: 'Signalen vastleggen, duiden en delen met politie, RIEC en buurgemeenten.',
    facets: ['Informatiepositie en informatiedeling', 'Informatiebeveiliging'],
    yearIdentified: 2021,
    municipalities: [8, 11],
  },
  {
    title: 'Bewustwording in bestuur en organisatie',
    description: 'Ondermijning herkennen en bespreekbaar maken, van balie tot college.',
    facets: ['Bewustzijn en cultuur'],
    yearIdentified: 2021,
    municipalities: [3, 5],
  },
  {
    title: 'Bestuurlijke instrumenten effectief inzetten',
    description: 'Sluiten, weigeren en intrekken waar het kan, met een helder afwegingskader.',
    facets: ['Inzet bestuurlijke instrumenten', 'Toezicht en handhaving'],
    yearIdentified: 2021,
    municipalities: [4, 4],
  },
  {
    title: 'Veiligheid van medewerkers en bestuurders',
    description: 'Bescherming tegen bedreiging en intimidatie, en wat te doen als het toch gebeurt.',
    facets: ['Veiligheid van medewerkers en bestuurders'],
    yearIdentified: 2022,
    municipalities: [1, 2],
  },
  {
    title: 'Weerbare inkoop en subsidieverlening',
    description: 'Voorkomen dat gemeentelijk geld of opdrachten bij criminele ondernemingen terechtkomen.',
    facets: ['Inkoop en subsidies'],
    yearIdentified: 2023,
    municipalities: [2, 3],
  },
];
