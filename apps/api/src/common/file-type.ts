import type { AttachmentContentType } from '@rode-draad/shared';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ODT = 'application/vnd.oasis.opendocument.text';

/** The part that names an Office Open XML document's kind, as listed in its zip directory. */
const OOXML_PARTS: [part: string, type: AttachmentContentType][] = [
  ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/**
 * The type of a file from its content (magic bytes), never from its name or the browser's claim:
 * PDF, PNG and JPEG by their signatures; the zip-based Office formats by what the archive holds
 * (OpenDocument text by its leading `mimetype` entry, Office Open XML by `[Content_Types].xml`
 * and its main part). Null for anything else, including other zips and old binary Office files.
 */
export function detectContentType(bytes: Buffer): AttachmentContentType | null {
  if (startsWith(bytes, PDF)) {
    return 'application/pdf';
  }
  if (startsWith(bytes, PNG)) {
    return 'image/png';
  }
  if (startsWith(bytes, JPEG)) {
    return 'image/jpeg';
  }
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL) {
    return zipDocumentType(bytes);
  }
  return null;
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}

function zipDocumentType(bytes: Buffer): AttachmentContentType | null {
  // OpenDocument: the first entry is `mimetype`, stored uncompressed, holding the type itself.
  const nameLength = bytes.length >= 30 ? bytes.readUInt16LE(26) : 0;
  const extraLength = bytes.length >= 30 ? bytes.readUInt16LE(28) : 0;
  if (bytes.toString('latin1', 30, 30 + nameLength) === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    return bytes.toString('latin1', start, start + ODT.length) === ODT ? ODT : null;
  }
  const names = zipEntryNames(bytes);
  if (!names?.has('[Content_Types].xml')) {
    return null;
  }
  return OOXML_PARTS.find(([part]) => names.has(part))?.[1] ?? null;
}

/** The entry names of the zip's central directory, or null when it cannot be read. */
function zipEntryNames(bytes: Buffer): Set<string> | null {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i -= 1) {
    if (bytes.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    return null;
  }
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL) {
      return null;
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.add(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
