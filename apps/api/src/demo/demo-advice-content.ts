import type { DataSource, EntityManager } from 'typeorm';
import type {
  AdvicePriority,
  AnswerStatus,
  RegionalAdviceInput,
} from '../features/regional-advice/regional-advice.types';

/** Fictional regional advice of the RIEC with the two demo snapshots, by theme title. */
interface DemoAdvice {
  title: string;
  body: string;
  priority: AdvicePriority;
  themes: string[];
  /** The programme's answer over time: status, explanation, activities (titles), the track or not. */
  answers: { status: AnswerStatus; explanation: string; activities: string[]; track: boolean }[];
}

export const DEMO_ADVICE: Record<'first' | 'second', DemoAdvice[]> = {
  first: [
    {
      title: 'Maak van Bibob een gedeelde regionale werkwijze',
      body: 'Gemeenten passen de Wet Bibob nog verschillend toe. Werk toe naar één regionaal beleidskader en deel adviezen en ervaringen tussen de Bibob-adviseurs.',
      priority: 'HIGH',
      themes: ['Bibob-beleid en -toepassing versterken'],
      answers: [
        {
          status: 'PLANNED',
          explanation: 'Masterclass en intervisie voor Bibob-adviseurs ingepland.',
          activities: ['Masterclass Wet Bibob in de praktijk'],
          track: false,
        },
        {
          status: 'UNDER_WAY',
          explanation: 'Eerste masterclass gehouden; intervisiegroep gestart.',
          activities: ['Masterclass Wet Bibob in de praktijk', 'Intervisie Bibob-adviseurs'],
          track: false,
        },
        {
          status: 'ANSWERED',
          explanation: 'Alle gemeenten namen deel; het regionale kader is vastgesteld in het DVO.',
          activities: ['Masterclass Wet Bibob in de praktijk', 'Intervisie Bibob-adviseurs'],
          track: true,
        },
      ],
    },
    {
      title: 'Breng vastgoed en functiewijzigingen samen in beeld',
      body: 'Zicht op vastgoedtransacties en functiewijzigingen ontbreekt in meer gemeenten. Leer van gemeenten die dit al structureel monitoren.',
      priority: 'HIGH',
      themes: ['Zicht op vastgoed'],
      answers: [
        {
          status: 'PLANNED',
          explanation: 'Werkbezoek aan het vastgoedteam van Enschede voorbereid.',
          activities: ['Werkbezoek vastgoedteam Enschede'],
          track: false,
        },
        {
          status: 'UNDER_WAY',
          explanation: 'Werkbezoek gehouden; kennissessie over Bibob en vastgoed volgt.',
          activities: ['Werkbezoek vastgoedteam Enschede', 'Kennissessie Bibob en vastgoed'],
          track: false,
        },
      ],
    },
    {
      title: 'Veranker integriteit in screening en meldingen',
      body: 'Screening bij indiensttreding en het afhandelen van integriteitsmeldingen verschillen sterk. Deel goede voorbeelden en oefen met casuïstiek.',
      priority: 'MEDIUM',
      themes: ['Integere en weerbare organisatie'],
      answers: [
        {
          status: 'PLANNED',
          explanation: 'Workshop over integriteit en screening staat op de jaarplanning.',
          activities: ['Workshop integriteit en screening'],
          track: false,
        },
      ],
    },
  ],
  second: [
    {
      title: 'Versterk de informatiepositie met partners',
      body: 'Informatiedeling met politie, RIEC en Belastingdienst blijft achter. Zorg dat elke gemeente weet wat zij mag delen en hoe.',
      priority: 'HIGH',
      themes: ['Informatiepositie en samenwerking met partners'],
      answers: [
        {
          status: 'PLANNED',
          explanation: 'Masterclass informatiepositie en werkbezoek aan het informatieknooppunt ingepland.',
          activities: ['Masterclass informatiepositie', 'Werkbezoek informatieknooppunt RIEC'],
          track: false,
        },
      ],
    },
    {
      title: 'Bescherm bestuurders en medewerkers tegen dreiging',
      body: 'Meer gemeenten melden intimidatie van bestuurders en handhavers. Maak afspraken over ondersteuning en oefen scenario’s.',
      priority: 'HIGH',
      themes: ['Veiligheid van medewerkers en bestuurders'],
      answers: [
        {
          status: 'NOT_STARTED',
          explanation: 'Eerst afstemming met de veiligheidsregio over de aanpak.',
          activities: [],
          track: false,
        },
      ],
    },
    {
      title: 'Maak inkoop en subsidies weerbaar',
      body: 'Inkoop- en subsidieprocessen worden nog weinig getoetst op ondermijningsrisico’s.',
      priority: 'MEDIUM',
      themes: ['Weerbare inkoop en subsidieverlening'],
      answers: [],
    },
    {
      title: 'Houd Bibob en vastgoed samen op de agenda',
      body: 'De eerste resultaten zijn er; borg de werkwijze en verbreed naar vastgoed.',
      priority: 'LOW',
      themes: ['Bibob-beleid en -toepassing versterken', 'Zicht op vastgoed'],
      answers: [],
    },
  ],
};

/** The advice of a demo snapshot as the analyst drafts it in the publish flow. */
export async function demoAdviceInput(
  db: DataSource | EntityManager,
  regionId: string,
  which: 'first' | 'second',
): Promise<RegionalAdviceInput[]> {
  const themes = await db.query<{ id: string; title: string }[]>('SELECT id, title FROM themes WHERE region_id = $1', [
    regionId,
  ]);
  const id = (title: string) => themes.find((t) => t.title === title)!.id;
  return DEMO_ADVICE[which].map((a) => ({
    title: a.title,
    body: a.body,
    priority: a.priority,
    themeIds: a.themes.map(id),
  }));
}
