import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Acting } from '../../access/viewer';
import { ForbiddenError } from '../../common/errors';
import { Client } from '../../test/client';
import { createFacet, createRecommendation, createScan, createTheme } from '../../test/confidential-factories';
import { actAs, actAsInNewRegion, createUser, municipalityId } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { SessionService } from '../auth/session.service';
import { RecommendationService } from '../recommendations/recommendation.service';
import { ScanService } from '../scans/scan.service';
import { RecommendationImportService } from './recommendation-import.service';
import { ImportFormat } from './recommendation-import.types';

const PREVIEW = `query Preview($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {
  previewRecommendationImport(scanId: $scanId, format: $format, contentBase64: $contentBase64) {
    rows { row reference title facetName priority themeTitles } errors { row column reason } ignoredColumns
  }
}`;
const IMPORT = `mutation Import($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {
  importRecommendations(scanId: $scanId, format: $format, contentBase64: $contentBase64) { imported }
}`;

const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
const csv = (rows: string[][], delimiter = ';') => rows.map((r) => r.join(delimiter)).join('\r\n');
const DUTCH_HEADER = ['Referentie', 'Titel', 'Toelichting', 'Facet', 'Prioriteit', "Thema's"];

let app: TestApp;
let analyst: Client;

const countIn = async (scanId: string) =>
  (
    await app.owner.query<
      {
        n: number;
      }[]
    >('SELECT count(*)::int AS n FROM recommendations WHERE scan_id = $1', [scanId])
  )[0]!.n;

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Aanbevelingen');
  rows.forEach((row) => sheet.addRow(row));
  workbook.addWorksheet('Toelichting').addRow(['Dit blad wordt niet gelezen']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  app = await startTestApp();
  await createTheme(app, 'Vastgoed en ondermijning');
  await createTheme(app, 'Weerbare vergunningverlening');
  ({ client: analyst } = await actAs(app, 'RIEC_ANALYST'));
});
afterAll(() => app.close());

describe('who may import', () => {
  const file = base64(
    csv([
      ['Titel', 'Facet', 'Prioriteit'],
      ['X', 'Bibob', 'P1'],
    ]),
  );

  it('anonymous visitors: UNAUTHENTICATED', async () => {
    const scanId = await createScan(app, 'GM0141');
    expect(await new Client(app).errorCode(PREVIEW, { scanId, format: 'CSV', contentBase64: file })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await new Client(app).errorCode(IMPORT, { scanId, format: 'CSV', contentBase64: file })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it.each(['ADMIN', 'PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const)(
    '%s: FORBIDDEN, even for the own scan',
    async (role) => {
      const scanId = await createScan(app, 'GM0141');
      const { client } = await actAs(app, role, { municipality: 'GM0141' });
      expect(await client.errorCode(PREVIEW, { scanId, format: 'CSV', contentBase64: file })).toBe('FORBIDDEN');
      expect(await client.errorCode(IMPORT, { scanId, format: 'CSV', contentBase64: file })).toBe('FORBIDDEN');
      expect(await countIn(scanId)).toBe(0);
    },
  );

  it("the service refuses a coordinator of the scan's own municipality, behind the resolver guard", async () => {
    const scanId = await createScan(app, 'GM0141');
    const user = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const sessions = new SessionService(app.app, { idleMinutes: 60, absoluteHours: 1 });
    const coordinator: Acting = {
      viewer: (await sessions.resolve(await sessions.create(user.id)))!,
      requestId: 'service-test',
    };
    const scans = new ScanService(app.app);
    const service = new RecommendationImportService(app.app, scans, new RecommendationService(app.app, scans));
    await expect(service.preview(coordinator, scanId, ImportFormat.CSV, file)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service.import(coordinator, scanId, ImportFormat.CSV, file)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await countIn(scanId)).toBe(0);
  });

  it("another region's analyst: NOT_FOUND, and a DENIED entry in the owning municipality's log", async () => {
    const scanId = await createScan(app, 'GM0141');
    const outsider = await actAsInNewRegion(app, 'RIEC_ANALYST');
    const missing = await outsider.client.gql(IMPORT, {
      scanId: '00000000-0000-4000-8000-000000000000',
      format: 'CSV',
      contentBase64: file,
    });
    for (const query of [PREVIEW, IMPORT]) {
      const denied = await outsider.client.gql(query, { scanId, format: 'CSV', contentBase64: file });
      expect(denied.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);
      expect(denied.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    }
    expect(await countIn(scanId)).toBe(0);
    const rows = await app.owner.query<{ municipality_id: string; entity: string; entity_id: string }[]>(
      `SELECT municipality_id, entity, entity_id FROM audit_log WHERE action = 'DENIED' AND actor_user_id = $1`,
      [outsider.user.id],
    );
    const almelo = await municipalityId(app, 'GM0141');
    expect(rows).toEqual([
      { municipality_id: almelo, entity: 'scan', entity_id: scanId },
      { municipality_id: almelo, entity: 'scan', entity_id: scanId },
    ]);
  });

  it('an unknown scan answers NOT_FOUND; a malformed id is BAD_USER_INPUT', async () => {
    const missing = await analyst.gql(IMPORT, {
      scanId: '00000000-0000-4000-8000-000000000000',
      format: 'CSV',
      contentBase64: file,
    });
    const malformed = await analyst.gql(IMPORT, { scanId: 'nope', format: 'CSV', contentBase64: file });
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND', what: 'Scan' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });
});

describe('reading files', () => {
  it('CSV with ; (Dutch Excel, UTF-8 with BOM): the preview shows the rows and writes nothing', async () => {
    const scanId = await createScan(app, 'GM0141');
    const content = `\uFEFF${csv([
      [...DUTCH_HEADER, 'Opmerking'],
      [
        'A-1',
        'Bibob-beleid actualiseren',
        '"Sinds 2016; niet herzien"',
        'bibob',
        '1',
        '"vastgoed en ondermijning; Weerbare vergunningverlening"',
        'intern',
      ],
      ['', 'Meldingen registreren', '', 'Integriteit', 'p3', '', ''],
    ])}\r\n\r\n`;
    const { previewRecommendationImport: preview } = await analyst.ok<{ previewRecommendationImport: unknown }>(
      PREVIEW,
      {
        scanId,
        format: 'CSV',
        contentBase64: base64(content),
      },
    );
    expect(preview).toEqual({
      rows: [
        {
          row: 2,
          reference: 'A-1',
          title: 'Bibob-beleid actualiseren',
          facetName: 'Bibob',
          priority: 'P1',
          themeTitles: ['Vastgoed en ondermijning', 'Weerbare vergunningverlening'],
        },
        {
          row: 3,
          reference: null,
          title: 'Meldingen registreren',
          facetName: 'Integriteit',
          priority: 'P3',
          themeTitles: [],
        },
      ],
      errors: [],
      ignoredColumns: ['Opmerking'],
    });
    expect(await countIn(scanId)).toBe(0);
  });

  it('CSV with , and English headers, quoted cells; imported with the text', async () => {
    const scanId = await createScan(app, 'GM0153');
    const content = csv(
      [
        ['Title', 'Text', 'Facet', 'Priority', 'Themes'],
        ['"Screen tenants, yearly"', '"Line one\nline two, with comma"', 'Vastgoed', 'P2', 'Vastgoed en ondermijning'],
        ['Train staff', '', 'Bewustzijn en cultuur', 'P4', ''],
      ],
      ',',
    );
    expect(await analyst.ok(IMPORT, { scanId, format: 'CSV', contentBase64: base64(content) })).toEqual({
      importRecommendations: { imported: 2 },
    });
    const rows = await app.owner.query<unknown[]>(
      'SELECT title, body, priority FROM recommendations WHERE scan_id = $1 ORDER BY title',
      [scanId],
    );
    expect(rows).toEqual([
      { title: 'Screen tenants, yearly', body: 'Line one\nline two, with comma', priority: 'P2' },
      { title: 'Train staff', body: '', priority: 'P4' },
    ]);
  });

  it('XLSX: the first worksheet, with number, rich-text and formula cells', async () => {
    const scanId = await createScan(app, 'GM0158');
    const file = await xlsx([
      ['Titel', 'Facet', 'Prioriteit', 'Referentie'],
      ['Vastgoed in beeld', 'Vastgoed', 2, 101],
      [],
      [
        { richText: [{ text: 'Rijk ' }, { text: 'opgemaakt', font: { bold: true } }] },
        'Bibob',
        { formula: '1+2', result: 3 },
        'R-2',
      ],
    ]);
    const { previewRecommendationImport: preview } = await analyst.ok<{
      previewRecommendationImport: { rows: unknown[] };
    }>(PREVIEW, {
      scanId,
      format: 'XLSX',
      contentBase64: base64(file),
    });
    expect(preview.rows).toEqual([
      { row: 2, reference: '101', title: 'Vastgoed in beeld', facetName: 'Vastgoed', priority: 'P2', themeTitles: [] },
      { row: 4, reference: 'R-2', title: 'Rijk opgemaakt', facetName: 'Bibob', priority: 'P3', themeTitles: [] },
    ]);
    await analyst.ok(IMPORT, { scanId, format: 'XLSX', contentBase64: base64(file) });
    expect(await countIn(scanId)).toBe(2);
  });

  it('the sample file for the web app imports as it is', async () => {
    const scanId = await createScan(app, 'GM0163');
    const sample = readFileSync(new URL('../../../../../docs/samples/aanbevelingen-voorbeeld.csv', import.meta.url));
    expect(await analyst.ok(IMPORT, { scanId, format: 'CSV', contentBase64: base64(sample) })).toEqual({
      importRecommendations: { imported: 5 },
    });
  });
});

describe('all or nothing', () => {
  it('one bad row: listed by row and column, nothing imported; fixed: all imported with links and audit', async () => {
    const scanId = await createScan(app, 'GM0164');
    const rows = [
      DUTCH_HEADER,
      ['H-1', 'Bibob toepassen bij subsidies', '', 'Bibob', 'P1', 'Weerbare vergunningverlening'],
      [
        'H-2',
        'Vastgoedtransacties volgen',
        '',
        'Vastgoed',
        'P2',
        '"Vastgoed en ondermijning;Weerbare vergunningverlening"',
      ],
      ['H-3', 'Informatiebeveiliging op orde', '', 'Geen bestaand facet', 'P7', ''],
    ];
    const bad = await analyst.gql(IMPORT, { scanId, format: 'CSV', contentBase64: base64(csv(rows)) });
    expect(bad.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      rows: [
        { row: 4, column: 'FACET', reason: 'UNKNOWN_FACET' },
        { row: 4, column: 'PRIORITY', reason: 'INVALID_PRIORITY' },
      ],
    });
    expect(bad.data).toBeNull();
    expect(await countIn(scanId)).toBe(0);

    rows[3] = ['H-3', 'Informatiebeveiliging op orde', '', 'Informatiebeveiliging', 'P4', ''];
    expect(await analyst.ok(IMPORT, { scanId, format: 'CSV', contentBase64: base64(csv(rows)) })).toEqual({
      importRecommendations: { imported: 3 },
    });
    const links = await app.owner.query<unknown[]>(
      `SELECT r.reference, t.title, rt.region_id = r.region_id AND rt.municipality_id = r.municipality_id AS scoped
         FROM recommendation_themes rt JOIN recommendations r ON r.id = rt.recommendation_id JOIN themes t ON t.id = rt.theme_id
        WHERE r.scan_id = $1 ORDER BY r.reference, t.title`,
      [scanId],
    );
    expect(links).toEqual([
      { reference: 'H-1', title: 'Weerbare vergunningverlening', scoped: true },
      { reference: 'H-2', title: 'Vastgoed en ondermijning', scoped: true },
      { reference: 'H-2', title: 'Weerbare vergunningverlening', scoped: true },
    ]);
    const audit = await app.owner.query<unknown[]>(
      `SELECT action, entity, count(*)::int AS n, max(details->>'count') AS count FROM audit_log
        WHERE municipality_id = (SELECT municipality_id FROM scans WHERE id = $1) AND actor_role = 'RIEC_ANALYST'
        GROUP BY action, entity ORDER BY action, entity`,
      [scanId],
    );
    expect(audit).toEqual([
      { action: 'CREATE', entity: 'recommendation', n: 3, count: null },
      { action: 'IMPORT', entity: 'scan', n: 1, count: '3' },
      { action: 'LINK', entity: 'recommendation_theme', n: 2, count: null },
      { action: 'READ', entity: 'scan', n: 1, count: null },
    ]);
  });

  it('every row and column problem is listed, in the preview and on import', async () => {
    const scanId = await createScan(app, 'GM0168');
    const retired = await createFacet(app, 'Oud facet');
    await app.owner.query('UPDATE facets SET active = false WHERE id = $1', [retired]);
    const facetId = (await app.owner.query<{ id: string }[]>(`SELECT id FROM facets WHERE name = 'Bibob'`))[0]!.id;
    await createRecommendation(app, scanId, facetId, { reference: 'BESTAAND' });
    const content = csv([
      DUTCH_HEADER,
      ['D-1', 'Eerste', '', 'Bibob', 'P1', ''],
      ['D-1', '', 'x'.repeat(10001), '', '', 'Onbekend thema'],
      ['BESTAAND', 'T'.repeat(301), '', 'Oud facet', 'P2', ''],
      ['D-4', 'Verschoven', '', 'Bibob', 'P2', '', 'extra'],
    ]);
    const expected = [
      { row: 3, column: 'REFERENCE', reason: 'DUPLICATE_REFERENCE' },
      { row: 3, column: 'TITLE', reason: 'REQUIRED' },
      { row: 3, column: 'TEXT', reason: 'TOO_LONG' },
      { row: 3, column: 'FACET', reason: 'REQUIRED' },
      { row: 3, column: 'PRIORITY', reason: 'REQUIRED' },
      { row: 3, column: 'THEMES', reason: 'UNKNOWN_THEME' },
      { row: 4, column: 'REFERENCE', reason: 'REFERENCE_TAKEN' },
      { row: 4, column: 'TITLE', reason: 'TOO_LONG' },
      { row: 4, column: 'FACET', reason: 'INACTIVE_FACET' },
      { row: 5, column: null, reason: 'EXTRA_CELLS' },
    ];
    const variables = { scanId, format: 'CSV', contentBase64: base64(content) };
    const { previewRecommendationImport: preview } = await analyst.ok<{
      previewRecommendationImport: { errors: unknown[] };
    }>(PREVIEW, variables);
    expect(preview.errors).toEqual(expected);
    const rejected = await analyst.gql(IMPORT, variables);
    expect(rejected.errors?.[0]?.extensions?.rows).toEqual(expected);
    expect(await countIn(scanId)).toBe(1);
  });
});

describe('file limits', () => {
  const header = ['Titel', 'Facet', 'Prioriteit'];
  const fileError = async (format: 'CSV' | 'XLSX', contentBase64: string) => {
    const scanId = await createScan(app, 'GM0173');
    const result = await analyst.gql(IMPORT, { scanId, format, contentBase64 });
    expect(await countIn(scanId)).toBe(0);
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.code).toBe('BAD_USER_INPUT');
    return extensions;
  };

  it('FILE_TOO_LARGE above 100 kB', async () => {
    const big = csv([
      header,
      ['x'.repeat(300), 'Bibob', 'P1'],
      ...Array.from({ length: 400 }, () => ['y'.repeat(250), 'Bibob', 'P1']),
    ]);
    expect(await fileError('CSV', base64(big))).toMatchObject({ reason: 'FILE_TOO_LARGE', maxBytes: 102400 });
  });

  it('TOO_MANY_ROWS above 500; exactly 500 are imported', async () => {
    const rows = (n: number) =>
      csv([header, ...Array.from({ length: n }, (_, i) => [`Aanbeveling ${i}`, 'Bibob', 'P2'])]);
    expect(await fileError('CSV', base64(rows(501)))).toMatchObject({ reason: 'TOO_MANY_ROWS', maxRows: 500 });
    const scanId = await createScan(app, 'GM0173');
    expect(await analyst.ok(IMPORT, { scanId, format: 'CSV', contentBase64: base64(rows(500)) })).toEqual({
      importRecommendations: { imported: 500 },
    });
  });

  it('MISSING_COLUMNS, DUPLICATE_COLUMNS and NO_ROWS', async () => {
    expect(
      await fileError(
        'CSV',
        base64(
          csv([
            ['Titel', 'Omschrijving'],
            ['x', 'y'],
          ]),
        ),
      ),
    ).toMatchObject({
      reason: 'MISSING_COLUMNS',
      columns: ['FACET', 'PRIORITY'],
      fields: [{ field: 'contentBase64', reason: 'MISSING_COLUMNS' }],
    });
    expect(
      await fileError(
        'CSV',
        base64(
          csv([
            [...header, 'Title'],
            ['x', 'Bibob', 'P1', 'y'],
          ]),
        ),
      ),
    ).toMatchObject({
      reason: 'DUPLICATE_COLUMNS',
      columns: ['TITLE'],
    });
    expect(await fileError('CSV', base64(csv([header])))).toMatchObject({ reason: 'NO_ROWS' });
    expect(await fileError('CSV', '')).toMatchObject({ reason: 'NO_ROWS' });
  });

  it('UNREADABLE_FILE: not base64, a workbook sent as CSV, text sent as XLSX, a broken workbook, an unclosed quote', async () => {
    const workbook = await xlsx([header, ['x', 'Bibob', 'P1']]);
    expect(await fileError('CSV', '%%% not base64 %%%')).toMatchObject({ reason: 'UNREADABLE_FILE' });
    expect(await fileError('CSV', base64(workbook))).toMatchObject({ reason: 'UNREADABLE_FILE' });
    expect(await fileError('XLSX', base64(csv([header, ['x', 'Bibob', 'P1']])))).toMatchObject({
      reason: 'UNREADABLE_FILE',
    });
    expect(await fileError('XLSX', base64(workbook.subarray(0, workbook.length - 200)))).toMatchObject({
      reason: 'UNREADABLE_FILE',
    });
    expect(await fileError('CSV', base64('Titel;Facet;Prioriteit\r\n"open;Bibob;P1\r\n'))).toMatchObject({
      reason: 'UNREADABLE_FILE',
    });
  });
});
