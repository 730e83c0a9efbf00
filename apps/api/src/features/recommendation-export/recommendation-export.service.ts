import type { Locale } from '@rode-draad/shared';
import Papa from 'papaparse';
import type { DataSource } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { BadInputError } from '../../common/errors';
import type { AuditEntry } from '../audit/audit.service';
import { TIMELINE_SQL, type EventRow } from '../follow-up/timeline.loaders';
import { todayInAmsterdam } from '../follow-up/today';
import { applyRecommendationFilter, orderRecommendations } from '../recommendations/recommendation-filter';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import type { RecommendationFilter, RecommendationSort } from '../recommendations/recommendation.types';
import { isOverdue } from '@rode-draad/shared';
import { EXPORT_TEXTS } from './export-texts';
import { ExportFormat, type ExportFile } from './export.types';
import { defuseFormula } from './spreadsheet-safe';

/** More than a region's scans hold today; a bigger export should be narrowed by filters first. */
export const EXPORT_MAX_ROWS = 5000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface DetailRow {
  id: string;
  municipality: string;
  facet: string;
  owner: string | null;
  themes: string;
}

/** One timeline event as text: when, by whom, what kind, and what changed. */
interface EventLine {
  when: string;
  by: string;
  what: string;
  details: string;
}

/** "2025-03-10 14:02" in Europe/Amsterdam: sortable, and the same in both languages. */
const moment = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});

function describeEvent(event: EventRow, locale: Locale): EventLine {
  const texts = EXPORT_TEXTS[locale];
  const change = (from: string | null, to: string | null) => `${from ?? texts.none} → ${to ?? texts.none}`;
  const details = (() => {
    switch (event.kind) {
      case 'STATUS': {
        const status = change(
          event.from_status && texts.status[event.from_status],
          event.to_status && texts.status[event.to_status],
        );
        return event.reason ? `${status}: ${event.reason}` : status;
      }
      case 'OWNER':
        return change(event.from_owner_name, event.to_owner_name);
      case 'DUE_DATE':
        return change(event.from_due_date, event.to_due_date);
      case 'PROGRESS':
        return [event.note ?? '', ...event.links].filter(Boolean).join('\n');
      case 'ATTACHMENT':
        return event.file_name ?? '';
      case 'LINK':
      case 'UNLINK':
        return event.learning_title ?? '';
      case 'CONSENT':
        return change(
          event.from_consent && texts.consent[event.from_consent],
          event.to_consent && texts.consent[event.to_consent],
        );
      case 'HOLD_BACK':
      case 'RELEASE':
        return '';
    }
  })();
  return { when: moment.format(event.at), by: event.actor_name ?? '', what: texts.kind[event.kind], details };
}

/**
 * Exports the recommendations a viewer may see (the list's filters and order) with their timelines,
 * as CSV or XLSX. Runs as a confidential read: scoped like the list, so another municipality's
 * rows never enter it and a participant gets only what they own, and audited for every
 * municipality in it. Every text cell is defused against formula injection.
 */
export class RecommendationExportService {
  constructor(private readonly db: DataSource) {}

  async export(
    acting: Acting,
    filter: RecommendationFilter,
    sort: RecommendationSort,
    format: ExportFormat,
  ): Promise<ExportFile> {
    const today = todayInAmsterdam();
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, async ({ tx, scope: scopeOf, audit }) => {
      const scope = scopeOf('r', { user: 'owner_user_id' });
      const qb = tx.getRepository(RecommendationEntity).createQueryBuilder('r').where(scope.sql, scope.params);
      applyRecommendationFilter(qb, filter, today);
      const recs = await orderRecommendations(qb, sort)
        .limit(EXPORT_MAX_ROWS + 1)
        .getMany();
      if (recs.length > EXPORT_MAX_ROWS) {
        throw new BadInputError('Too many recommendations to export at once.', [], 'EXPORT_TOO_LARGE');
      }
      const ids = recs.map((r) => r.id);
      const details = await tx.query<DetailRow[]>(
        `SELECT r.id, m.name AS municipality, f.name AS facet, u.name AS owner,
                coalesce((SELECT string_agg(t.title, ', ' ORDER BY lower(t.title))
                            FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
                           WHERE rt.recommendation_id = r.id), '') AS themes
           FROM recommendations r
           JOIN municipalities m ON m.id = r.municipality_id
           JOIN facets f ON f.id = r.facet_id
           LEFT JOIN users u ON u.id = r.owner_user_id
          WHERE r.id = ANY($1)`,
        [ids],
      );
      const events = await tx.query<EventRow[]>(TIMELINE_SQL, [ids]);
      await audit(exportAuditEntries(recs, format));

      const locale = acting.viewer.locale;
      const texts = EXPORT_TEXTS[locale];
      const detailOf = new Map(details.map((d) => [d.id, d]));
      const eventsOf = new Map<string, EventLine[]>(ids.map((id) => [id, []]));
      for (const event of events) {
        eventsOf.get(event.key)?.push(describeEvent(event, locale));
      }
      const rows = recs.map((r) => {
        const detail = detailOf.get(r.id)!;
        return {
          rec: r,
          cells: [
            r.reference ?? '',
            r.title,
            r.body,
            detail.municipality,
            detail.facet,
            detail.themes,
            texts.priority[r.priority],
            texts.status[r.status],
            r.statusReason ?? '',
            detail.owner ?? '',
            r.dueDate ?? '',
            isOverdue(r.status, r.dueDate, today) ? texts.yes : texts.no,
          ],
          events: eventsOf.get(r.id) ?? [],
        };
      });

      const fileName = `${texts.fileName}-${today}.${format === ExportFormat.CSV ? 'csv' : 'xlsx'}`;
      const content =
        format === ExportFormat.CSV
          ? Buffer.from(
              `\uFEFF${Papa.unparse(
                {
                  fields: texts.columns,
                  data: rows.map((row) =>
                    [
                      ...row.cells,
                      row.events.map((e) => [e.when, e.by, e.what, e.details].filter(Boolean).join(' · ')).join('\n'),
                    ].map(defuseFormula),
                  ),
                },
                { delimiter: ';', newline: '\r\n', escapeFormulae: true },
              )}\r\n`,
              'utf8',
            )
          : await workbook(texts, rows);
      return { fileName, contentType: CONTENT_TYPES[format], contentBase64: content.toString('base64') };
    });
  }
}

/** One EXPORT entry per municipality in the file, with the count and format: never its content. */
function exportAuditEntries(recs: RecommendationEntity[], format: ExportFormat): AuditEntry[] {
  const counts = new Map<string, number>();
  for (const r of recs) {
    counts.set(r.municipalityId, (counts.get(r.municipalityId) ?? 0) + 1);
  }
  return [...counts].map(([municipalityId, count]) => ({
    municipalityId,
    action: 'EXPORT',
    entity: 'recommendation',
    details: { count, format },
  }));
}

async function workbook(
  texts: (typeof EXPORT_TEXTS)[Locale],
  rows: { rec: RecommendationEntity; cells: string[]; events: EventLine[] }[],
): Promise<Buffer> {
  // Loaded with the first export, not at server start (about a second of module loading).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  const sheet = (name: string, header: string[], data: string[][]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    // Every value is written as text (never a formula or a guessed number/date), defused as well.
    for (const cells of data) {
      ws.addRow(cells.map(defuseFormula));
    }
    ws.columns.forEach((column) => {
      column.width = 24;
    });
  };
  sheet(
    texts.sheets.recommendations,
    texts.columns.slice(0, -1),
    rows.map((row) => row.cells),
  );
  sheet(
    texts.sheets.timeline,
    texts.timelineColumns,
    rows.flatMap((row) =>
      row.events.map((e) => [row.rec.reference ?? '', row.rec.title, e.when, e.by, e.what, e.details]),
    ),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
