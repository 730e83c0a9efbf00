import type { ActivityFormat, Locale } from '@rode-draad/shared';
import { createPdf } from '../../common/pdf-writer';
import { formatWhen } from '../notifications/mail.render';

export interface CertificateFacts {
  name: string;
  municipality: string;
  activity: string;
  format: ActivityFormat;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  issuedAt: Date;
}

const T: Record<
  Locale,
  {
    title: string;
    language: string;
    certify: (name: string, municipality: string) => string;
    when: string;
    where: string;
    format: string;
    programme: string;
    issued: (date: string) => string;
    timeZone: string;
  }
> = {
  nl: {
    title: 'Bewijs van deelname',
    language: 'nl-NL',
    certify: (name, municipality) => `Hierbij verklaren wij dat ${name} (gemeente ${municipality}) aanwezig was bij:`,
    when: 'Datum en tijd',
    where: 'Plaats',
    format: 'Werkvorm',
    programme: 'Leerprogramma Weerbaar Twente',
    issued: (date) =>
      `Uitgegeven op ${date} door Rode Draad. De aanwezigheid is vastgelegd door de programmaorganisatie.`,
    timeZone: '(Nederlandse tijd)',
  },
  en: {
    title: 'Certificate of attendance',
    language: 'en-GB',
    certify: (name, municipality) => `This is to certify that ${name} (municipality of ${municipality}) attended:`,
    when: 'Date and time',
    where: 'Place',
    format: 'Format',
    programme: 'Weerbaar Twente learning programme',
    issued: (date) => `Issued on ${date} by Rode Draad. Attendance was recorded by the programme team.`,
    timeZone: '(Amsterdam time)',
  },
};

const FORMATS: Record<Locale, Record<ActivityFormat, string>> = {
  nl: {
    WORKSHOP: 'Workshop',
    MASTERCLASS: 'Masterclass',
    INTERVISIE: 'Intervisie',
    SITE_VISIT: 'Werkbezoek',
    TABLETOP_EXERCISE: 'Tabletop-oefening',
    E_LEARNING: 'E-learning',
    KNOWLEDGE_SESSION: 'Kennissessie',
  },
  en: {
    WORKSHOP: 'Workshop',
    MASTERCLASS: 'Masterclass',
    INTERVISIE: 'Peer consultation',
    SITE_VISIT: 'Site visit',
    TABLETOP_EXERCISE: 'Tabletop exercise',
    E_LEARNING: 'E-learning',
    KNOWLEDGE_SESSION: 'Knowledge session',
  },
};

const DATE: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
};

/**
 * A one-page certificate of attendance in the viewer's language. Content streams are left
 * uncompressed (as the board report), so a test can read the words in the bytes.
 */
export async function renderCertificatePdf(facts: CertificateFacts, locale: Locale): Promise<Buffer> {
  const t = T[locale];
  const { doc, writer: w } = await createPdf();
  doc.setTitle(`${t.title}: ${facts.activity}`);
  doc.setLanguage(t.language);
  doc.setCreator('Rode Draad');
  w.text(t.programme, { size: 11, gap: 16 });
  w.text(t.title, { size: 24, bold: true, gap: 24 });
  w.text(t.certify(facts.name, facts.municipality), { size: 12, gap: 10 });
  w.text(facts.activity, { size: 16, bold: true, gap: 12 });
  w.text(`${t.format}: ${FORMATS[locale][facts.format]}`, { size: 11 });
  w.text(`${t.when}: ${formatWhen(locale, facts.startsAt, facts.endsAt)} ${t.timeZone}`, { size: 11 });
  if (facts.place) {
    w.text(`${t.where}: ${facts.place}`, { size: 11 });
  }
  w.space(36);
  w.text(t.issued(DATE[locale].format(facts.issuedAt)), { size: 9 });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
