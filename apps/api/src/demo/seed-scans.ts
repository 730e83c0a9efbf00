import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { seedConsent } from './seed-consent';
import { seedFollowUp } from './seed-follow-up';
import { PictureService } from '../features/picture/picture.service';
import { demoAdviceInput } from './demo-advice-content';
import { seededRandom } from './demo-random';
import { DEMO_RECOMMENDATIONS, DEMO_THEMES } from './demo-scan-content';

interface Municipality {
  id: string;
  name: string;
  cbs_code: string;
}

interface Rec {
  id: string;
  municipalityId: string;
  facet: string;
  status: string;
}

const PRIORITIES = ['P1', 'P2', 'P2', 'P3', 'P3', 'P4'] as const;
const DAY = 24 * 3600 * 1000;

/**
 * Fictional scans and recommendations for every municipality, the regional themes with their
 * (confidential) links, follow-up progress, and two published pictures a year apart. Written as
 * the owner, so row-level security does not stand in the way of seeding every municipality.
 */
export async function seedScans(db: DataSource, analyst: Viewer): Promise<void> {
  const random = seededRandom(20210305);
  const recs = await db.transaction((tx) => seedFirstYear(tx, analyst, random));
  await db.transaction((tx) => seedConsent(tx, analyst.regionId));
  const picture = new PictureService(db);
  await picture.publish(
    analyst,
    'demo-seed',
    'Eerste regionale beeld na de basisscans van alle 14 gemeenten.',
    [],
    await demoAdviceInput(db, analyst.regionId, 'first'),
  );
  await db.query(`UPDATE picture_snapshots SET published_at = now() - interval '1 year' WHERE region_id = $1`, [
    analyst.regionId,
  ]);
  await db.transaction((tx) => seedSecondYear(tx, analyst, random, recs));
  await db.transaction((tx) => seedFollowUp(tx));
  await db.transaction((tx) => seedConsent(tx, analyst.regionId));
  // The demo analyst reviewed the differencing check and confirms what it found (e.g. Bibob from 10 to 12).
  const { differencingRisks } = await picture.preview(analyst, 'demo-seed');
  await picture.publish(
    analyst,
    'demo-seed',
    'Jaarlijkse actualisatie: voortgang van de opvolging en nieuwe koppelingen.',
    differencingRisks.map((risk) => ({ themeId: risk.theme.id, cell: risk.cell })),
    await demoAdviceInput(db, analyst.regionId, 'second'),
  );
  await db.query(
    `UPDATE picture_snapshots SET published_at = now() - interval '14 days'
      WHERE region_id = $1 AND published_at > now() - interval '1 day'`,
    [analyst.regionId],
  );
}

type Random = ReturnType<typeof seededRandom>;

interface FirstYear {
  recs: Rec[];
  themeIds: string[];
  themeOrder: Municipality[][];
  municipalities: Municipality[];
  coordinators: Map<string, string>;
}

async function seedFirstYear(tx: EntityManager, analyst: Viewer, random: Random): Promise<FirstYear> {
  const regionId = analyst.regionId;
  const facets = new Map(
    (
      await tx.query<{ id: string; name: string }[]>('SELECT id, name FROM facets WHERE region_id = $1', [regionId])
    ).map((f) => [f.name, f.id]),
  );
  const municipalities = await tx.query<Municipality[]>(
    'SELECT id, name, cbs_code FROM municipalities WHERE region_id = $1 ORDER BY name',
    [regionId],
  );
  const coordinators = new Map(
    (
      await tx.query<
        {
          id: string;
          municipality_id: string;
        }[]
      >(`SELECT id, municipality_id FROM users WHERE role = 'MUNICIPAL_COORDINATOR'`)
    ).map((u) => [u.municipality_id, u.id]),
  );

  const themeIds: string[] = [];
  for (const theme of DEMO_THEMES) {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO themes (region_id, title, description, year_identified) VALUES ($1, $2, $3, $4) RETURNING id`,
      [regionId, theme.title, theme.description, theme.yearIdentified],
    );
    themeIds.push(row!.id);
    for (const facet of theme.facets) {
      await tx.query('INSERT INTO theme_facets (theme_id, facet_id) VALUES ($1, $2)', [row!.id, facets.get(facet)]);
    }
  }

  const recs: Rec[] = [];
  const facetNames = Object.keys(DEMO_RECOMMENDATIONS);
  for (const [index, municipality] of municipalities.entries()) {
    // The real scans ran from March to December 2021; the demo spreads them the same way.
    const scanDate = new Date(
      Date.UTC(2021, 2 + Math.floor((index * 10) / municipalities.length), 1 + random.int(0, 25)),
    );
    const [scan] = await tx.query<{ id: string }[]>(
      `INSERT INTO scans (region_id, municipality_id, scan_date, kind, scope, summary, created_by)
       VALUES ($1, $2, $3, 'BASELINE', $4, $5, $6) RETURNING id`,
      [
        regionId,
        municipality.id,
        scanDate.toISOString().slice(0, 10),
        'Beleid en uitvoering op alle facetten van de weerbaarheidsscan.',
        `De gemeente ${municipality.name} heeft een goede basis, maar de aanpak hangt nog te veel af van enkele personen. ` +
          'De aanbevelingen richten zich op borging, informatiepositie en de toepassing van bestaande instrumenten.',
        analyst.userId,
      ],
    );
    const chosenFacets = random.shuffle(facetNames).slice(0, random.int(6, 11));
    const count = random.int(6, 15);
    for (let i = 0; i < count; i += 1) {
      const facet = chosenFacets[i % chosenFacets.length]!;
      const titles = DEMO_RECOMMENDATIONS[facet]!;
      const title = titles[Math.floor(i / chosenFacets.length) % titles.length]!;
      const status = random.next() < 0.25 ? 'IN_PROGRESS' : 'OPEN';
      const [rec] = await tx.query<{ id: string }[]>(
        `INSERT INTO recommendations (region_id, municipality_id, scan_id, reference, title, body, facet_id, priority, status,
                                      status_changed_at, status_changed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          regionId,
          municipality.id,
          scan!.id,
          `A${String(i + 1).padStart(2, '0')}`,
          title,
          `Uit de scan van ${municipality.name}: ${title.toLowerCase()}. Betrek de ketenpartners en leg de werkwijze vast.`,
          facets.get(facet),
          random.pick(PRIORITIES),
          status,
          status === 'OPEN' ? null : new Date(scanDate.getTime() + 90 * DAY),
          status === 'OPEN' ? null : coordinators.get(municipality.id),
        ],
      );
      recs.push({ id: rec!.id, municipalityId: municipality.id, facet, status });
      if (status === 'IN_PROGRESS') {
        await tx.query(
          `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, from_status, to_status, actor_user_id, at)
           VALUES ($1, $2, $3, 'STATUS', 'OPEN', 'IN_PROGRESS', $4, $5)`,
          [
            rec!.id,
            regionId,
            municipality.id,
            coordinators.get(municipality.id),
            new Date(scanDate.getTime() + 90 * DAY),
          ],
        );
      }
    }
  }

  // Each theme reaches municipalities in a fixed order; the second year extends the same list.
  const themeOrder = DEMO_THEMES.map(() => random.shuffle(municipalities));
  for (const [t, theme] of DEMO_THEMES.entries()) {
    await linkTheme(tx, recs, themeIds[t]!, theme.facets, themeOrder[t]!.slice(0, theme.municipalities[0]), random);
  }

  // Two Almelo recommendations are assigned to the Almelo participant, so that account sees some.
  await tx.query(
    `UPDATE recommendations SET owner_user_id = (SELECT id FROM users WHERE email = 'participant.almelo@rodedraad.example'),
            due_date = (now() + interval '3 months')::date
      WHERE id IN (SELECT r.id FROM recommendations r JOIN municipalities m ON m.id = r.municipality_id
                    WHERE m.cbs_code = 'GM0141' ORDER BY r.reference LIMIT 2)`,
  );
  return { recs, themeIds, themeOrder, municipalities, coordinators };
}

/** Links 1–2 recommendations of each municipality to the theme, preferring ones on the theme's facets. */
async function linkTheme(
  tx: EntityManager,
  recs: Rec[],
  themeId: string,
  facets: string[],
  municipalities: Municipality[],
  random: Random,
) {
  for (const municipality of municipalities) {
    const own = recs.filter((r) => r.municipalityId === municipality.id);
    const matching = own.filter((r) => facets.includes(r.facet));
    const chosen = (matching.length > 0 ? matching : [random.pick(own)]).slice(0, random.int(1, 2));
    for (const rec of chosen) {
      await tx.query(
        `INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
         SELECT id, $2, region_id, municipality_id FROM recommendations WHERE id = $1 ON CONFLICT DO NOTHING`,
        [rec.id, themeId],
      );
    }
  }
}

async function seedSecondYear(tx: EntityManager, analyst: Viewer, random: Random, year: FirstYear): Promise<void> {
  for (const [t, theme] of DEMO_THEMES.entries()) {
    const order = year.themeOrder[t]!;
    await linkTheme(
      tx,
      year.recs,
      year.themeIds[t]!,
      theme.facets,
      order.slice(theme.municipalities[0], theme.municipalities[1]),
      random,
    );
  }
  const changedAt = new Date(Date.now() - 60 * DAY);
  for (const rec of year.recs) {
    const roll = random.next();
    const next =
      rec.status === 'IN_PROGRESS'
        ? roll < 0.6
          ? 'DONE'
          : null
        : roll < 0.35
          ? 'IN_PROGRESS'
          : roll < 0.45
            ? 'DONE'
            : roll < 0.5
              ? 'NOT_ADOPTED'
              : null;
    if (!next) {
      continue;
    }
    const reason =
      next === 'NOT_ADOPTED' ? 'Past niet bij de schaal van onze gemeente; we lossen dit regionaal op.' : null;
    const coordinator = year.coordinators.get(rec.municipalityId);
    await tx.query(
      `UPDATE recommendations SET status = $2, status_reason = $3, status_changed_at = $4, status_changed_by = $5, version = version + 1
        WHERE id = $1`,
      [rec.id, next, reason, changedAt, coordinator],
    );
    await tx.query(
      `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, from_status, to_status, reason, actor_user_id, at)
       VALUES ($1, $2, $3, 'STATUS', $4, $5, $6, $7, $8)`,
      [rec.id, analyst.regionId, rec.municipalityId, rec.status, next, reason, coordinator, changedAt],
    );
  }
  // Two municipalities had a re-scan in 2024.
  for (const code of ['GM0153', 'GM0164']) {
    const municipality = year.municipalities.find((m) => m.cbs_code === code)!;
    const [scan] = await tx.query<{ id: string }[]>(
      `INSERT INTO scans (region_id, municipality_id, scan_date, kind, scope, summary, created_by)
       VALUES ($1, $2, '2024-04-15', 'RESCAN', 'Hercontrole van vastgoed en Bibob', $3, $4) RETURNING id`,
      [
        analyst.regionId,
        municipality.id,
        `Hernieuwde scan van ${municipality.name}: duidelijke voortgang op Bibob, vastgoed blijft kwetsbaar.`,
        analyst.userId,
      ],
    );
    for (const [i, facet] of ['Vastgoed', 'Bibob', 'Informatiepositie en informatiedeling'].entries()) {
      await tx.query(
        `INSERT INTO recommendations (region_id, municipality_id, scan_id, reference, title, body, facet_id, priority)
         SELECT $1, $2, $3, $4, $5, $6, id, 'P2' FROM facets WHERE region_id = $1 AND name = $7`,
        [
          analyst.regionId,
          municipality.id,
          scan!.id,
          `H${String(i + 1).padStart(2, '0')}`,
          DEMO_RECOMMENDATIONS[facet]![1],
          'Uit de herscan: borg de eerder ingezette verbeteringen in vaste werkprocessen.',
          facet,
        ],
      );
    }
  }
}
