import type { Priority } from '../recommendations/recommendation.entity';
import type { RecommendationInput } from '../recommendations/recommendation.types';
import type { ParsedRow } from './recommendation-import.parser';
import {
  ImportColumn,
  type ImportPreviewRow,
  type ImportRowError,
  type ImportRowReason,
} from './recommendation-import.types';

/** The same bounds as RecommendationInput and the database. */
const MAX_LENGTH: Partial<Record<ImportColumn, number>> = {
  [ImportColumn.REFERENCE]: 40,
  [ImportColumn.TITLE]: 300,
  [ImportColumn.TEXT]: 10000,
};

/** What the rows are checked against: the region's facets and themes, and the scan's references. */
export interface ImportLookups {
  facets: { id: string; name: string; active: boolean }[];
  themes: { id: string; title: string }[];
  existingReferences: Set<string>;
}

export interface ValidRow {
  input: RecommendationInput;
  themeIds: string[];
}

export interface ImportValidation {
  preview: ImportPreviewRow[];
  /** In file order, per row by column. */
  errors: ImportRowError[];
  /** Only complete when `errors` is empty. */
  valid: ValidRow[];
}

/** Names match ignoring case and runs of spaces. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** "P2", "p2", "2" (also a number cell) → P2. */
export function parsePriority(text: string): Priority | null {
  const match = /^P?([1-4])$/.exec(text.replace(/\s+/g, '').toUpperCase());
  return match ? (`P${match[1]}` as Priority) : null;
}

export function validateRows(rows: ParsedRow[], lookups: ImportLookups): ImportValidation {
  const facets = new Map(lookups.facets.map((f) => [nameKey(f.name), f]));
  const themes = new Map(lookups.themes.map((t) => [nameKey(t.title), t]));
  const seenReferences = new Set<string>();
  const result: ImportValidation = { preview: [], errors: [], valid: [] };

  for (const { row, cells, extraCells } of rows) {
    const problems: ImportRowError[] = [];
    const problem = (column: ImportColumn | null, reason: ImportRowReason) => problems.push({ row, column, reason });
    const text = (column: ImportColumn) => {
      const value = (cells[column] ?? '').trim();
      const max = MAX_LENGTH[column];
      if (max !== undefined && value.length > max) {
        problem(column, 'TOO_LONG');
      }
      return value;
    };

    const reference = text(ImportColumn.REFERENCE) || null;
    if (reference !== null) {
      if (seenReferences.has(reference)) {
        problem(ImportColumn.REFERENCE, 'DUPLICATE_REFERENCE');
      } else if (lookups.existingReferences.has(reference)) {
        problem(ImportColumn.REFERENCE, 'REFERENCE_TAKEN');
      }
      seenReferences.add(reference);
    }

    const title = text(ImportColumn.TITLE);
    if (!title) {
      problem(ImportColumn.TITLE, 'REQUIRED');
    }
    const body = text(ImportColumn.TEXT);

    const facetText = text(ImportColumn.FACET);
    const facet = facets.get(nameKey(facetText));
    if (!facetText) {
      problem(ImportColumn.FACET, 'REQUIRED');
    } else if (!facet) {
      problem(ImportColumn.FACET, 'UNKNOWN_FACET');
    } else if (!facet.active) {
      problem(ImportColumn.FACET, 'INACTIVE_FACET');
    }

    const priorityText = text(ImportColumn.PRIORITY);
    const priority = parsePriority(priorityText);
    if (!priorityText) {
      problem(ImportColumn.PRIORITY, 'REQUIRED');
    } else if (!priority) {
      problem(ImportColumn.PRIORITY, 'INVALID_PRIORITY');
    }

    const themeTitles = [
      ...new Set(
        text(ImportColumn.THEMES)
          .split(/[;\n]/)
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    const linked = themeTitles.map((title) => themes.get(nameKey(title)));
    if (linked.some((theme) => !theme)) {
      problem(ImportColumn.THEMES, 'UNKNOWN_THEME');
    }

    if (extraCells) {
      problem(null, 'EXTRA_CELLS');
    }

    result.preview.push({
      row,
      reference,
      title,
      facetName: facet?.name ?? facetText,
      priority,
      themeTitles: themeTitles.map((title, i) => linked[i]?.title ?? title),
    });
    result.errors.push(...problems);
    if (problems.length === 0 && facet && priority) {
      const themeIds = [...new Set(linked.map((theme) => theme!.id))];
      result.valid.push({ input: { reference, title, body, facetId: facet.id, priority }, themeIds });
    }
  }
  return result;
}
