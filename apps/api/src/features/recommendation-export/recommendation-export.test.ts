import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import {
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { todayInAmsterdam } from '../follow-up/today';

const EXPORT = `query Export($format: ExportFormat!, $filter: RecommendationFilter) {
  recommendationExport(format: $format, filter: $filter) { fileName contentType contentBase64 }
}`;
const RECORD = `mutation Record($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { id version } }`;
const AUDIT = `query { auditLog(page: { offset: 0, limit: 100 }) { items { action entity count } } }`;

type ExportResult = { recommendationExport: { fileName: string; contentType: string; contentBase64: string } };

let app: TestApp;
let facet: string;
let almeloScan: string;
let dangerous: string;
let plain: string;
let enschedeTitle: string;
let coordinator: Awaited<ReturnType<typeof actAs>>;
let owner: Awaited<ReturnType<typeof actAs>>;

const DANGEROUS_TITLE = '=HYPERLINK("http://evil.example","klik")';

async function csvOf(client: Client, filter: Record<string, unknown> = {}): Promise<string[][]> {
  const { recommendationExport } = await client.ok<ExportResult>(EXPORT, { format: 'CSV', filter });
  const text = Buffer.from(recommendationExport.contentBase64, 'base64').toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app, 'Exportfacet');
  const theme = await createTheme(app, 'Exportthema');
  almeloScan = await createScan(app, 'GM0141');
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
  owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
  dangerous = await createRecommendation(app, almeloScan, facet, {
    title: DANGEROUS_TITLE,
    reference: '+31-A',
    priority: 'P1',
    ownerUserId: owner.user.id,
  });
  await linkTheme(app, dangerous, theme);
  plain = await createRecommendation(app, almeloScan, facet, { title: 'Gewone aanbeveling', reference: 'A-2' });
  await app.owner.query(`UPDATE recommendations SET due_date = '2020-01-01' WHERE id = $1`, [plain]);
  // Timeline: a status change with a reason and a progress note that each try to smuggle a formula.
  await coordinator.client.ok(RECORD, {
    id: dangerous,
    input: {
      status: 'NOT_ADOPTED',
      reason: '@SUM(1+1) past niet',
      ownerUserId: owner.user.id,
      expectedVersion: 1,
    },
  });
  await coordinator.client.ok(RECORD, {
    id: plain,
    input: { status: 'OPEN', dueDate: '2020-01-01', note: '-2+3 cmd|calc', links: [], expectedVersion: 1 },
  });
  const enschedeScan = await createScan(app, 'GM0153');
  enschedeTitle = 'Enschede: geheim';
  await createRecommendation(app, enschedeScan, facet, { title: enschedeTitle });
});
afterAll(() => app.close());

describe('export of recommendations with their timeline', () => {
  it('CSV: the own municipality only, all columns, the timeline, overdue marked', async () => {
    const { recommendationExport } = await coordinator.client.ok<ExportResult>(EXPORT, { format: 'CSV' });
    expect(recommendationExport.fileName).toBe(`aanbevelingen-${todayInAmsterdam()}.csv`);
    expect(recommendationExport.contentType).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = await csvOf(coordinator.client);
    expect(header).toEqual([
      'Referentie',
      'Titel',
      'Toelichting',
      'Gemeente',
      'Facet',
      "Thema's",
      'Prioriteit',
      'Status',
      'Reden niet overgenomen',
      'Eigenaar',
      'Streefdatum',
      'Te laat',
      'Tijdlijn',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.flat().join(' ')).not.toContain(enschedeTitle);
    const byRef = new Map(rows.map((r) => [r[0], r]));
    expect(byRef.get('A-2')).toEqual([
      'A-2',
      'Gewone aanbeveling',
      'Toelichting',
      'Almelo',
      'Exportfacet',
      '',
      'P2',
      'Open',
      '',
      '',
      '2020-01-01',
      'ja',
      expect.stringContaining('Voortgang'),
    ]);
    expect(byRef.get("'+31-A")!.slice(3, 12)).toEqual([
      'Almelo',
      'Exportfacet',
      'Exportthema',
      'P1',
      'Niet overgenomen',
      "'@SUM(1+1) past niet",
      'Test PARTICIPANT',
      '',
      'nee',
    ]);
    expect(byRef.get("'+31-A")![12]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d · Test MUNICIPAL_COORDINATOR · Status · Open → Niet overgenomen: @SUM/,
    );
  });

  it('CSV and XLSX: no cell starts with = + - @ tab or CR', async () => {
    const [, ...rows] = await csvOf(coordinator.client);
    for (const cell of rows.flat()) {
      expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.flat()).toContain(`'${DANGEROUS_TITLE}`);
    expect(rows.flat().find((c) => c.includes('cmd|calc'))).toMatch(/^\d/);

    const { recommendationExport } = await coordinator.client.ok<ExportResult>(EXPORT, { format: 'XLSX' });
    expect(recommendationExport.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(recommendationExport.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Aanbevelingen', 'Tijdlijn']);
    const cells: ExcelJS.CellValue[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    }
    for (const value of cells) {
      // Text only: never a formula object, never text a spreadsheet would run.
      expect(typeof value, JSON.stringify(value)).toBe('string');
      expect(value as string).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells).toContain(`'${DANGEROUS_TITLE}`);
    expect(cells).toContain("'-2+3 cmd|calc");
    const recs = book.getWorksheet('Aanbevelingen')!;
    expect(recs.rowCount).toBe(3);
    const timeline = book.getWorksheet('Tijdlijn')!;
    expect(timeline.getRow(1).values).toEqual([undefined, 'Referentie', 'Titel', 'Moment', 'Door', 'Wat', 'Details']);
    // The header, the status change of one and the progress note of the other.
    expect(timeline.rowCount).toBe(3);
  });

  it('follows the filters', async () => {
    const [, ...overdue] = await csvOf(coordinator.client, { overdue: true });
    expect(overdue.map((r) => r[1])).toEqual(['Gewone aanbeveling']);
  });

  it('a participant exports only what they own; an analyst the region; another municipality none of Almelo', async () => {
    const [, ...own] = await csvOf(owner.client);
    expect(own.map((r) => r[1])).toEqual([`'${DANGEROUS_TITLE}`]);
    const analyst = await actAs(app, 'RIEC_ANALYST');
    const [, ...region] = await csvOf(analyst.client);
    expect(region.map((r) => r[1])).toEqual(expect.arrayContaining(['Gewone aanbeveling', enschedeTitle]));
    for (const role of ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const) {
      const other = await actAs(app, role, { municipality: 'GM0153' });
      const [, ...theirs] = await csvOf(other.client);
      expect(theirs.flat().join(' ')).not.toMatch(/Gewone aanbeveling|HYPERLINK/);
    }
    const otherRegion = await actAsInNewRegion(app, 'RIEC_ANALYST');
    expect(await csvOf(otherRegion.client)).toHaveLength(1);
  });

  it('is refused to admins, programme staff and anonymous visitors', async () => {
    expect(await new Client(app).errorCode(EXPORT, { format: 'CSV' })).toBe('UNAUTHENTICATED');
    for (const role of ['ADMIN', 'PROGRAMME_STAFF'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(EXPORT, { format: 'CSV' })).toBe('FORBIDDEN');
    }
  });

  it('is audited for the municipality as an export, with count and format only', async () => {
    const fresh = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    await fresh.client.ok(EXPORT, { format: 'XLSX' });
    const { auditLog } = await fresh.client.ok<{
      auditLog: { items: { action: string; entity: string; count: number | null }[] };
    }>(AUDIT);
    expect(auditLog.items).toContainEqual({ action: 'EXPORT', entity: 'recommendation', count: 2 });
    const details = await app.owner.query<{ details: unknown }[]>(
      `SELECT details FROM audit_log WHERE action = 'EXPORT' AND actor_user_id = $1`,
      [fresh.user.id],
    );
    expect(details).toEqual([{ details: { count: 2, format: 'XLSX' } }]);
  });
});
