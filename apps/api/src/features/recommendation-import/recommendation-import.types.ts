import type { ErrorReason } from '@rode-draad/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Priority } from '../recommendations/recommendation.entity';
import { PriorityEnum } from '../recommendations/recommendation.types';

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

/** The columns an import file may have; headers are matched in Dutch or English (see the parser). */
export enum ImportColumn {
  REFERENCE = 'REFERENCE',
  TITLE = 'TITLE',
  TEXT = 'TEXT',
  FACET = 'FACET',
  PRIORITY = 'PRIORITY',
  THEMES = 'THEMES',
}
registerEnumType(ImportColumn, { name: 'ImportColumn' });

/**
 * Stable keys the web app translates; one per problem with a cell (or, for EXTRA_CELLS, a row).
 * Taken from the shared ERROR_REASONS, so a key not listed there is not one the validator can use.
 */
export type ImportRowReason = Extract<
  ErrorReason,
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_FACET'
  | 'INACTIVE_FACET'
  | 'INVALID_PRIORITY'
  | 'UNKNOWN_THEME'
  | 'DUPLICATE_REFERENCE'
  | 'REFERENCE_TAKEN'
  | 'EXTRA_CELLS'
>;

/** Problems with the file as a whole: the answer is BAD_USER_INPUT with this `reason`. */
export type ImportFileReason = Extract<
  ErrorReason,
  'FILE_TOO_LARGE' | 'UNREADABLE_FILE' | 'MISSING_COLUMNS' | 'DUPLICATE_COLUMNS' | 'NO_ROWS' | 'TOO_MANY_ROWS'
>;

@ObjectType({
  description: 'A problem with one cell of an import file, or with the row as a whole when column is null.',
})
export class ImportRowError {
  @Field(() => Int, {
    description: 'The row number as a spreadsheet shows it: the header is row 1 (blank rows count too).',
  })
  row: number;

  @Field(() => ImportColumn, { nullable: true })
  column: ImportColumn | null;

  @Field(() => String, {
    description:
      'REQUIRED, TOO_LONG, UNKNOWN_FACET, INACTIVE_FACET, INVALID_PRIORITY, UNKNOWN_THEME, DUPLICATE_REFERENCE, REFERENCE_TAKEN or EXTRA_CELLS.',
  })
  reason: ImportRowReason;
}

@ObjectType({ description: 'One row of an import file as it would be imported.' })
export class ImportPreviewRow {
  @Field(() => Int)
  row: number;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  title: string;

  @Field({
    description: "The facet's name as the region spells it when it was found, otherwise as written in the file.",
  })
  facetName: string;

  @Field(() => PriorityEnum, { nullable: true, description: 'Null when the file has no valid priority.' })
  priority: Priority | null;

  @Field(() => [String])
  themeTitles: string[];
}

@ObjectType({ description: 'Confidential: what an import would do. Nothing is written.' })
export class ImportPreview {
  @Field(() => [ImportPreviewRow])
  rows: ImportPreviewRow[];

  @Field(() => [ImportRowError], { description: 'Empty when the file can be imported as it is.' })
  errors: ImportRowError[];

  @Field(() => [String], {
    description: 'Headers of the file that match no column, as written; their cells are not imported.',
  })
  ignoredColumns: string[];
}

@ObjectType()
export class ImportResult {
  @Field(() => Int)
  imported: number;
}
