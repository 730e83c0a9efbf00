import { createPdf } from '../../common/pdf-writer';
import type { CountBand, FollowUpShares, ShareBand } from '../picture/picture.types';
import type { AdvicePriority, AnswerStatus } from '../regional-advice/regional-advice.types';
import type { BoardReport } from './board-report.types';

/** The board's language is Dutch: the PDF is, whatever the viewer's interface language. */
const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const PRIORITY: Record<AdvicePriority, string> = { HIGH: 'hoog', MEDIUM: 'middel', LOW: 'laag' };
const STATUS: Record<AnswerStatus, string> = {
  NOT_STARTED: 'nog niet gestart',
  PLANNED: 'gepland',
  UNDER_WAY: 'in uitvoering',
  ANSWERED: 'beantwoord',
};

const count = (band: CountBand): string =>
  band.kind === 'EXACT'
    ? String(band.value)
    : band.kind === 'FEWER_THAN'
      ? `minder dan ${band.bound}`
      : `meer dan ${band.bound}`;

const share = (band: ShareBand | null): string => (band ? `${band.from}-${band.to}%` : '-');

const shares = (f: FollowUpShares): string =>
  f.suppressed
    ? 'te weinig om te tonen'
    : `open ${share(f.open)}, bezig ${share(f.inProgress)}, afgerond ${share(f.done)}, niet overgenomen ${share(f.notAdopted)}`;

/**
 * The board report as a PDF, in Dutch, with the snapshot's date and k. Content streams are left
 * uncompressed and without object streams, so the figures can be checked in the bytes.
 */
export async function renderBoardReportPdf(report: BoardReport): Promise<Buffer> {
  const { snapshot, advice, learning } = report;
  const date = DATE.format(snapshot.publishedAt);
  const { doc, writer: w } = await createPdf();
  doc.setTitle(`Bestuursrapportage regionaal beeld ${date}`);
  doc.setLanguage('nl-NL');
  doc.setCreator('Rode Draad');

  w.text('Rapportage voor het bestuurlijk overleg', { size: 18, bold: true, gap: 4 });
  w.text(`Regionaal beeld van ${date}`, { size: 13, bold: true });
  w.text(
    `Drempel k = ${snapshot.threshold}, n = ${snapshot.municipalityCount} gemeenten. Aantallen onder k staan er als "minder dan k", boven n - k als "meer dan n - k". Geen gemeente wordt genoemd.`,
    { gap: 4 },
  );
  if (snapshot.note) {
    w.text(`Toelichting: ${snapshot.note}`, { gap: 4 });
  }

  w.text('Het regionale beeld', { size: 13, bold: true, gap: 2 });
  for (const line of snapshot.lines) {
    w.text(line.theme.title, { bold: true });
    w.text(`Gemeenten met ten minste een aanbeveling: ${count(line.municipalities)}`, { indent: 12 });
    w.text(`Opvolging: ${shares(line.followUp)}`, { indent: 12, gap: 3 });
  }

  w.space(6);
  w.text('Regionale adviezen en het antwoord van het programma', { size: 13, bold: true, gap: 2 });
  if (!advice.length) {
    w.text('Bij dit beeld zijn geen regionale adviezen gepubliceerd.');
  }
  for (const [index, a] of advice.entries()) {
    w.text(`${index + 1}. ${a.title} (prioriteit ${PRIORITY[a.priority]})`, { bold: true });
    if (a.themes.length) {
      w.text(`Thema's: ${a.themes.map((t) => t.title).join(', ')}`, { indent: 12 });
    }
    w.text(a.body, { indent: 12 });
    if (!a.answer) {
      w.text('Antwoord van het programma: nog geen antwoord.', { indent: 12, gap: 3 });
      continue;
    }
    w.text(`Antwoord van het programma: ${STATUS[a.answer.status]}. ${a.answer.explanation}`, { indent: 12 });
    const linked = [...a.answer.activities.map((x) => x.title), ...a.answer.tracks.map((x) => x.title)];
    if (linked.length) {
      w.text(`Gekoppeld: ${linked.join('; ')}`, { indent: 12 });
    }
    for (const event of a.answerHistory) {
      w.text(`${DATE.format(event.at)}: ${STATUS[event.status]}. ${event.explanation}`, { indent: 24, size: 9 });
    }
    w.space(3);
  }

  w.space(6);
  w.text(`Leeractiviteit tot ${date}`, { size: 13, bold: true, gap: 2 });
  w.text(`Activiteiten met een gehouden bijeenkomst: ${learning.activities}`);
  w.text(`Gehouden bijeenkomsten: ${learning.sessionsHeld}`);
  w.text(`Aanwezigheden: ${count(learning.attendances)}`);
  w.text(`Gemeenten die deelnamen: ${count(learning.attendingMunicipalities)}`);
  w.text(`Lerende-netwerktrajecten: ${learning.tracks}`);
  w.text(`Gemeenten ingeschreven in een traject: ${count(learning.enrolledMunicipalities)}`);
  w.text(`Gepubliceerde leergroepen: ${learning.peerGroups ?? 'niet getoond (te weinig gemeenten)'}`, { gap: 8 });
  w.text(`Gemaakt op ${DATE.format(report.generatedAt)} uit het gepubliceerde beeld van ${date}.`, { size: 8 });

  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
