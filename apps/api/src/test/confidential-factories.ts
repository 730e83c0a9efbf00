import { randomBytes } from 'node:crypto';
import { municipalityId } from './factories';
import type { TestApp } from './test-app';

/** Rows of confidential tables, written as the superuser (bypassing row-level security) for test set-up. */
const regionId = async (app: TestApp) =>
  (await app.owner.query<{ id: string }[]>(`SELECT id FROM regions WHERE name = 'Twente'`))[0]!.id;

export async function createFacet(app: TestApp, name = `Facet ${randomBytes(3).toString('hex')}`): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO facets (region_id, name) VALUES ($1, $2) RETURNING id`,
    [await regionId(app), name],
  );
  return row!.id;
}

export async function createTheme(app: TestApp, title = `Thema ${randomBytes(3).toString('hex')}`): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO themes (region_id, title, year_identified) VALUES ($1, $2, 2021) RETURNING id`,
    [await regionId(app), title],
  );
  return row!.id;
}

export async function createScan(app: TestApp, cbsCode: string, scanDate = '2021-06-01'): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO scans (region_id, municipality_id, scan_date, kind, scope, summary)
     VALUES ($1, $2, $3, 'BASELINE', 'Beleid en uitvoering', 'Samenvatting') RETURNING id`,
    [await regionId(app), await municipalityId(app, cbsCode), scanDate],
  );
  return row!.id;
}

export async function createRecommendation(
  app: TestApp,
  scanId: string,
  facetId: string,
  options: { title?: string; priority?: string; status?: string; ownerUserId?: string | null; reference?: string } = {},
): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO recommendations (region_id, municipality_id, scan_id, title, body, facet_id, priority, status,
                                  status_reason, owner_user_id, reference)
     SELECT s.region_id, s.municipality_id, s.id, $2, 'Toelichting', $3, $4, $5,
            CASE WHEN $5 = 'NOT_ADOPTED' THEN 'Geen capaciteit' END, $6, $7
       FROM scans s WHERE s.id = $1 RETURNING id`,
    [
      scanId,
      options.title ?? `Aanbeveling ${randomBytes(3).toString('hex')}`,
      facetId,
      options.priority ?? 'P2',
      options.status ?? 'OPEN',
      options.ownerUserId ?? null,
      options.reference ?? null,
    ],
  );
  return row!.id;
}

export async function linkTheme(app: TestApp, recommendationId: string, themeId: string): Promise<void> {
  await app.owner.query(
    `INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
     SELECT id, $2, region_id, municipality_id FROM recommendations WHERE id = $1`,
    [recommendationId, themeId],
  );
}

/** A small PDF attached to a recommendation (with its timeline entry), written behind the app's back. */
export async function createAttachment(
  app: TestApp,
  recommendationId: string,
  fileName = 'verslag.pdf',
): Promise<string> {
  const content = Buffer.from('%PDF-1.4\n% test\n%%EOF\n', 'latin1');
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO recommendation_attachments (recommendation_id, region_id, municipality_id, file_name, content_type,
                                             size_bytes, sha256, content)
     SELECT id, region_id, municipality_id, $2, 'application/pdf', $3, encode(sha256($4), 'hex'), $4
       FROM recommendations WHERE id = $1 RETURNING id`,
    [recommendationId, fileName, content.length, content],
  );
  await app.owner.query(
    `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, attachment_id)
     SELECT recommendation_id, region_id, municipality_id, 'ATTACHMENT', id FROM recommendation_attachments WHERE id = $1`,
    [row!.id],
  );
  return row!.id;
}

/** The municipality agreed that the scan's outcomes feed the regional picture (only agreed scans count). */
export async function agreeToShare(app: TestApp, scanId: string): Promise<string> {
  await app.owner.query(
    `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
     SELECT id, region_id, municipality_id, 'AGREED', 'Collegebesluit' FROM scans WHERE id = $1`,
    [scanId],
  );
  return scanId;
}
