import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description:
    'CSV: semicolons, UTF-8 with BOM, CRLF. XLSX: a workbook with a sheet of recommendations and one of their timeline.',
});

@ObjectType({ description: 'Confidential: a file to download, made for the viewer from what they may see.' })
export class ExportFile {
  @Field({ description: 'A suggested file name, e.g. aanbevelingen-2025-03-10.csv.' })
  fileName: string;

  @Field()
  contentType: string;

  @Field({ description: 'The file, base64-encoded.' })
  contentBase64: string;
}
