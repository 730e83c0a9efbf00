import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

let browser: Browser;
const STAMP = Date.now();
const ADVICE_TITLE = `Regionaal oefenen met sluitingen ${STAMP}`;
const VASTGOED = 'Zicht op vastgoed';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function openPicture(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Regionaal beeld' }).click();
  await expectHeading(page, 'Regionaal beeld');
  await page.getByRole('table', { name: 'Gemeenten en opvolging per thema' }).waitFor();
}

function adviceCard(page: Page, title: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(title) }) });
}

describe('regional advice with the picture, the programme answer and the board report', () => {
  it('the analyst publishes the picture with advice', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'riec@rodedraad.example');
    await openPicture(page);
    await page.getByRole('link', { name: 'Voorbeeld en publiceren' }).click();
    await expectHeading(page, 'Voorbeeld en publiceren');
    await page.getByRole('table', { name: 'Gemeenten en opvolging per thema' }).waitFor();

    // Two drafts; the second is removed again after a confirmation.
    await page.getByRole('button', { name: 'Advies toevoegen' }).click();
    await page.getByRole('button', { name: 'Advies toevoegen' }).click();
    await page.getByRole('button', { name: 'Advies verwijderen 2' }).click();
    const remove = page.getByRole('dialog', { name: 'Advies verwijderen?' });
    await expectAccessible(page);
    await remove.getByRole('button', { name: 'Verwijderen' }).click();
    await remove.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Titel').count()).toBe(1);

    await page.getByLabel('Titel').fill(ADVICE_TITLE);
    await page.getByLabel('Tekst').fill('Oefen regionaal met de sluiting van panden, met alle partners.');
    await page
      .getByRole('region', { name: 'Regionale adviezen bij dit beeld' })
      .getByLabel(/^Thema's/)
      .click();
    await page.getByRole('option', { name: VASTGOED, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Toelichting bij deze publicatie').fill(`Beeld met advies ${STAMP}`);

    const confirmation = page.getByRole('checkbox', { name: 'Ik heb deze cijfers bekeken en publiceer ze toch' });
    if ((await confirmation.count()) > 0) {
      await confirmation.check();
    }
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Regionaal beeld publiceren?' });
    await dialog.getByRole('button', { name: 'Definitief publiceren' }).click();
    await page.getByText('Het regionale beeld is gepubliceerd.').waitFor();
    await expectHeading(page, 'Regionaal beeld');
    await adviceCard(page, ADVICE_TITLE).getByText('Nog geen antwoord').waitFor();
    await context.close();
  });

  it('programme staff see the advice without an answer in the builder and link an activity as the answer', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    // Logged in once the main navigation shows; then straight to the roadmap.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
    await page.goto('/roadmap');
    await page
      .getByRole('region', { name: 'Regionale adviezen zonder antwoord' })
      .getByText(ADVICE_TITLE, { exact: false })
      .waitFor();
    await expectAccessible(page);

    await openPicture(page);
    const card = adviceCard(page, ADVICE_TITLE);
    await card.getByRole('button', { name: 'Antwoord geven' }).click();
    const dialog = page.getByRole('dialog', { name: `Antwoord op: ${ADVICE_TITLE}` });
    // A status without explanation is refused in the form.
    await dialog.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await dialog.getByText('Geef een toelichting bij de status.').waitFor();
    await dialog.getByLabel('Toelichting').fill('Een table-top oefening staat gepland.');
    await dialog.getByLabel(/^Leeractiviteiten/).click();
    await page.getByRole('option', { name: 'Table-top oefening sluiting drugspand', exact: true }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await page.getByText('Het antwoord is opgeslagen.').waitFor();
    await card.getByText('Gekoppeld: Table-top oefening sluiting drugspand').waitFor();
    await card.getByText(/: Gepland door Sanne Programmateam\. Een table-top oefening staat gepland\./).waitFor();
    await context.close();
  });

  it('a participant reads the picture and the advice with its answer; the board report prints and its PDF downloads', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    await openPicture(page);
    const card = adviceCard(page, ADVICE_TITLE);
    await card.getByText('Gepland', { exact: true }).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    const vastgoed = await page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: VASTGOED, exact: true }) })
      .getByRole('cell')
      .first()
      .textContent();

    await page.getByRole('link', { name: 'Rapportage voor het bestuur' }).click();
    await expectHeading(page, 'Rapportage voor het bestuur');
    // 13 of 14 municipalities contribute (demo consent); k = 3 reads that as "more than 11", so n = 12.
    await page.getByText('Drempel k = 3, n = 12 gemeenten.').waitFor();
    await adviceCard(page, ADVICE_TITLE).waitFor();
    await page
      .getByRole('region', { name: /^Leeractiviteit tot / })
      .getByRole('rowheader', { name: 'Gehouden bijeenkomsten' })
      .waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bestuursrapportage-beeld-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The figures are in the PDF's (uncompressed-text) content as WinAnsi hex strings.
    const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();
    const content = (await import('node:zlib')).inflateSync;
    const streams = [...bytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      const raw = Buffer.from(m[1]!, 'latin1');
      try {
        return content(raw).toString('latin1');
      } catch {
        return raw.toString('latin1');
      }
    });
    const all = streams.join('\n').toUpperCase();
    expect(all).toContain(hex('Drempel k = 3, n = 12 gemeenten.'));
    expect(all).toContain(hex(VASTGOED));
    expect(all).toContain(hex(`Gemeenten met ten minste een aanbeveling: ${vastgoed?.trim() ?? ''}`));
    await context.close();
  });
});
