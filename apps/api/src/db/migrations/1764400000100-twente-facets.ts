import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data, not demo data: the default facets of the resilience-scan framework for Twente,
 * in the order the scan reports use. Analysts rename, reorder or retire them in the app.
 */
export const TWENTE_FACETS: readonly [name: string, description: string][] = [
  [
    'Bewustzijn en cultuur',
    'Hoe bewust bestuur en organisatie zijn van ondermijning, en of signalen bespreekbaar zijn.',
  ],
  ['Integriteit', 'Integriteitsbeleid, screening en de omgang met integriteitsmeldingen en -schendingen.'],
  [
    'Informatiepositie en informatiedeling',
    'Het verzamelen, duiden en delen van signalen, binnen de gemeente en met partners.',
  ],
  ['Informatiebeveiliging', 'De bescherming van gevoelige gegevens en systemen tegen misbruik en lekken.'],
  ['Bibob', 'De toepassing van de Wet Bibob bij vergunningen, subsidies, vastgoed en aanbestedingen.'],
  ['Vergunningverlening', 'Weerbaarheid van vergunningprocessen tegen misbruik door criminelen.'],
  ['Vastgoed', 'Zicht op en grip op vastgoedtransacties, verhuur en gemeentelijk vastgoed.'],
  [
    'Inkoop en subsidies',
    'Voorkomen dat inkoop, aanbesteding en subsidieverlening criminele activiteiten faciliteren.',
  ],
  ['Toezicht en handhaving', 'Gerichte controles en consequente handhaving bij signalen van ondermijning.'],
  [
    'Veiligheid van medewerkers en bestuurders',
    'Bescherming en ondersteuning van medewerkers en bestuurders tegen bedreiging en intimidatie.',
  ],
  [
    'Inzet bestuurlijke instrumenten',
    'De inzet van bestuurlijke bevoegdheden zoals sluiting, weigering en intrekking.',
  ],
];

export class TwenteFacets1764400000100 implements MigrationInterface {
  name = 'TwenteFacets1764400000100';

  async up(q: QueryRunner): Promise<void> {
    const [region] = (await q.query(`SELECT id FROM regions WHERE name = 'Twente'`)) as { id: string }[];
    if (!region) {
      return;
    }
    for (const [index, [name, description]] of TWENTE_FACETS.entries()) {
      await q.query(`INSERT INTO facets (region_id, name, description, position) VALUES ($1, $2, $3, $4)`, [
        region.id,
        name,
        description,
        index + 1,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails while recommendations or themes use a facet: that data must go first, on purpose.
    await q.query(
      `DELETE FROM facets WHERE region_id = (SELECT id FROM regions WHERE name = 'Twente') AND name = ANY($1)`,
      [TWENTE_FACETS.map(([name]) => name)],
    );
  }
}
