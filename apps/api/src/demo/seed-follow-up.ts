import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const DAY = 24 * 3600 * 1000;

/** A one-page PDF that says what it is: a fictional progress report. */
const REPORT_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 72 >> stream',
    'BT /F1 14 Tf 72 770 Td (Voortgangsrapportage Bibob - fictief demobestand) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);

/** A 1×1 PNG, standing in for a photo of the new signage at the counter. */
const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

interface Rec {
  id: string;
  region_id: string;
  municipality_id: string;
  status: string;
  owner_user_id: string | null;
  due_date: string | null;
}

/**
 * A realistic follow-up timeline for the first four Almelo recommendations (the demo coordinator's
 * municipality): who took it on, due dates (one of them overdue now), progress notes with links to
 * the municipality's own systems, and two small attachments. Written as the owner, dated in the past.
 */
export async function seedFollowUp(tx: EntityManager): Promise<void> {
  const [coordinator] = await tx.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM users WHERE email = 'coordinator.almelo@rodedraad.example'`);
  const recs = await tx.query<Rec[]>(
    `SELECT r.id, r.region_id, r.municipality_id, r.status, r.owner_user_id, to_char(r.due_date, 'YYYY-MM-DD') AS due_date
       FROM recommendations r JOIN municipalities m ON m.id = r.municipality_id
      WHERE m.cbs_code = 'GM0141' AND r.reference IS NOT NULL AND r.reference LIKE 'A%'
      ORDER BY r.reference LIMIT 4`,
  );
  if (!coordinator || recs.length < 4) {
    return;
  }
  const ago = (days: number) => new Date(Date.now() - days * DAY);
  const event = async (rec: Rec, at: Date, columns: Record<string, unknown>) => {
    const names = Object.keys(columns);
    await tx.query(
      `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, at, ${names.join(', ')})
       VALUES ($1, $2, $3, $4, $5, ${names.map((_, i) => `$${i + 6}`).join(', ')})`,
      [rec.id, rec.region_id, rec.municipality_id, coordinator.id, at, ...Object.values(columns)],
    );
  };
  const attach = async (rec: Rec, at: Date, fileName: string, contentType: string, content: Buffer) => {
    const [file] = await tx.query<{ id: string }[]>(
      `INSERT INTO recommendation_attachments (recommendation_id, region_id, municipality_id, file_name, content_type,
                                               size_bytes, sha256, content, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        rec.id,
        rec.region_id,
        rec.municipality_id,
        fileName,
        contentType,
        content.length,
        createHash('sha256').update(content).digest('hex'),
        content,
        coordinator.id,
        at,
      ],
    );
    await event(rec, at, { kind: 'ATTACHMENT', attachment_id: file!.id });
  };

  const [first, second, third, fourth] = recs as [Rec, Rec, Rec, Rec];
  // The two assigned to the demo participant: who and by when, then what happened.
  for (const rec of [first, second]) {
    await event(rec, ago(400), { kind: 'OWNER', from_owner_user_id: null, to_owner_user_id: rec.owner_user_id });
    await event(rec, ago(400), { kind: 'DUE_DATE', from_due_date: null, to_due_date: rec.due_date });
  }
  await event(first, ago(330), {
    kind: 'PROGRESS',
    note: 'Startoverleg met Vergunningen en Juridische Zaken: de huidige werkwijze is in kaart gebracht.',
    links: ['https://intranet.almelo.example/projecten/bibob/startnotitie'],
  });
  await event(first, ago(210), {
    kind: 'PROGRESS',
    note: 'Concept-beleidsregel ligt bij de afdeling Juridische Zaken voor advies.',
    links: [],
  });
  await attach(first, ago(209), 'voortgangsrapportage-bibob.pdf', 'application/pdf', REPORT_PDF);
  await event(second, ago(120), {
    kind: 'PROGRESS',
    note: 'Eerste sessie met de ketenpartners gehouden; vervolgafspraak staat in de agenda.',
    links: ['https://dms.almelo.example/zaak/2024-0815'],
  });
  // One that is now overdue: the due date passed while the work stalled.
  await event(third, ago(500), { kind: 'DUE_DATE', from_due_date: null, to_due_date: isoDate(ago(20)) });
  await tx.query(`UPDATE recommendations SET due_date = $2, version = version + 1 WHERE id = $1`, [
    third.id,
    isoDate(ago(20)),
  ]);
  await event(third, ago(300), {
    kind: 'PROGRESS',
    note: 'Nieuwe bebording bij de publieksbalie geplaatst; training van de medewerkers volgt.',
    links: [],
  });
  await attach(third, ago(299), 'bebording-publieksbalie.png', 'image/png', PHOTO_PNG);
  await event(fourth, ago(60), {
    kind: 'PROGRESS',
    note: 'Besproken in het MT: we nemen dit op in het jaarplan van volgend jaar.',
    links: ['https://intranet.almelo.example/mt/verslagen/2025-03'],
  });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
