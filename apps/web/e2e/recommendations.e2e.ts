import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  expectAccessible,
  expectAccessibleDialog,
  expectHeading,
  fillDate,
  launchBrowser,
  logIn,
  newPage,
} from './support';

const ANALYST = 'riec@rodedraad.example';
const COORDINATOR = 'coordinator.almelo@rodedraad.example';

/** Five valid rows, as in docs/samples/aanbevelingen-voorbeeld.csv; `facetOfRow4` lets a test break one. */
function csv(facetOfRow4: string): Buffer {
  const lines = [
    "Referentie;Titel;Toelichting;Facet;Prioriteit;Thema's",
    'E2E-01;Bibob-beleid actualiseren;"Breid het beleid uit naar vastgoed; ook subsidies.";Bibob;P1;',
    'E2E-02;Integriteitsmeldingen centraal registreren;Leg meldingen vast in één register.;Integriteit;P2;',
    `E2E-03;Zicht op gemeentelijk vastgoed;Toets huurders van gemeentelijk vastgoed.;${facetOfRow4};P2;`,
    'E2E-04;Signalen delen met ketenpartners;Maak werkafspraken met politie en RIEC.;Informatiepositie en informatiedeling;P3;',
    'E2E-05;Awareness-training voor frontoffice;Train baliemedewerkers jaarlijks.;Bewustzijn en cultuur;P4;',
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' });
}

/** Mantine's Select is a combobox; its options open in a portal on the page. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('scans and the import of recommendations', () => {
  it('lets an analyst record a scan, import a CSV all or nothing, and link a recommendation to a theme', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, ANALYST);
    await navigation(page).getByRole('link', { name: 'Scans' }).click();
    await expectHeading(page, 'Scans');
    await page.getByText(/^\d+ scans$/).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Scan toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Scan toevoegen' });
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await form.getByText('Kies de gemeente van deze scan.').waitFor();
    // With the municipality list open: a scrollable list must be reachable by keyboard.
    await form.getByRole('combobox', { name: 'Gemeente', exact: true }).click();
    await page.getByRole('option', { name: 'Borne', exact: true }).waitFor();
    await expectAccessibleDialog(page, form);
    await page.getByRole('option', { name: 'Borne', exact: true }).click();
    await fillDate(form, /^Datum van de scan/, '2025-05-01');
    await form.getByRole('radio', { name: 'Herhaalscan' }).check();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('De scan van Borne is toegevoegd.').waitFor();

    await page
      .getByRole('row')
      .filter({ hasText: 'Herhaalscan' })
      .filter({ hasText: 'Borne' })
      .getByRole('link', { name: '1 mei 2025' })
      .click();
    await expectHeading(page, 'Scan Borne, 1 mei 2025');
    await page.getByText(/Deze scan heeft nog geen aanbevelingen/).waitFor();

    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanbevelingen importeren' });
    await dialog.waitFor();
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'aanbevelingen.csv', mimeType: 'text/csv', buffer: csv('Onbestaand facet') });
    await dialog.getByText(/^1 probleem gevonden: er wordt niets geïmporteerd/).waitFor();
    await dialog.getByText('Rij 4, kolom Facet: dit facet bestaat niet in de regio').waitFor();
    expect(await dialog.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page);
    // Nothing was imported: the scan is still empty behind the dialog.
    await page.getByText(/Deze scan heeft nog geen aanbevelingen/).waitFor();

    await fileInput.setInputFiles({ name: 'aanbevelingen.csv', mimeType: 'text/csv', buffer: csv('Vastgoed') });
    await dialog.getByText('Alles klopt: 5 aanbevelingen klaar om te importeren.').waitFor();
    await dialog.getByRole('button', { name: '5 aanbevelingen importeren' }).click();
    await page.getByText('5 aanbevelingen geïmporteerd.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('5 aanbevelingen', { exact: true }).waitFor();

    const row = page.getByRole('row').filter({ hasText: 'Zicht op gemeentelijk vastgoed' });
    await row.getByRole('button', { name: 'Acties voor Zicht op gemeentelijk vastgoed' }).click();
    await page.getByRole('menuitem', { name: "Thema's koppelen" }).click();
    const themes = page.getByRole('dialog', { name: "Thema's koppelen" });
    await themes.waitFor();
    await expectAccessible(page);
    await themes.getByRole('combobox', { name: "Regionale thema's" }).click();
    await page.getByRole('option', { name: 'Zicht op vastgoed', exact: true }).click();
    // Clicking outside the open option list closes it, as a user would.
    await themes.getByText(/^Koppel de aanbeveling/).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await themes.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await page.getByText('De thema\'s van "Zicht op gemeentelijk vastgoed" zijn opgeslagen.').waitFor();
    await row.getByText('Zicht op vastgoed', { exact: true }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});

describe('follow-up by the municipality', () => {
  it('shows a coordinator only their own recommendations, lets them record follow-up with an attachment in one panel, and logs who looked', async () => {
    // The analyst opens an Almelo recommendation, which Almelo's log must show.
    const analyst = await newPage(browser);
    await logIn(analyst.page, ANALYST);
    await navigation(analyst.page).getByRole('link', { name: 'Aanbevelingen' }).click();
    await expectHeading(analyst.page, 'Aanbevelingen');
    const total = analyst.page.getByText(/^\d+ aanbevelingen$/);
    const regionTotal = await total.textContent();
    await choose(analyst.page, analyst.page, 'Gemeente', 'Almelo');
    await eventually(async () => (await total.textContent()) !== regionTotal, 'the municipality filter');
    const almeloTotal = await total.textContent();
    await analyst.page.getByRole('table').getByRole('link').first().click();
    await analyst.page.getByText('Alleen de coördinatoren van Almelo wijzigen de opvolging.').waitFor();
    await analyst.context.close();

    const { context, page } = await newPage(browser);
    await logIn(page, COORDINATOR);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    expect(await navigation(page).getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Aanbevelingen', 'Auditlog']),
    );
    await navigation(page).getByRole('link', { name: 'Aanbevelingen' }).click();
    await expectHeading(page, 'Aanbevelingen');
    // Exactly Almelo's recommendations: the same count the analyst saw for Almelo, and no municipality filter.
    await page.getByText(almeloTotal ?? '', { exact: true }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Gemeente' }).count()).toBe(0);
    await expectAccessible(page);

    await choose(page, page, 'Status', 'Open');
    // The previous page stays visible while the filtered one loads: wait until only open ones are listed.
    const rows = page.getByRole('table').getByRole('row');
    await eventually(
      async () => (await rows.filter({ hasText: /In uitvoering|Afgerond|Niet overgenomen/ }).count()) === 0,
      'only open recommendations',
    );
    // Not the overdue one: the workspace's browser test filters on it, and the files share one database.
    await rows
      .filter({ has: page.getByRole('link') })
      .filter({ hasNotText: 'Te laat' })
      .first()
      .getByRole('link')
      .click();
    // One panel: status with its reason, a progress note, a link and a file, saved together.
    const panel = page.getByRole('form', { name: 'Opvolging vastleggen' });
    await choose(page, panel, 'Status', 'Niet overgenomen');
    await panel.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await panel.getByText('Vul in waarom de aanbeveling niet wordt overgenomen.').waitFor();
    await expectAccessible(page);
    await panel.getByLabel(/^Waarom niet overgenomen/).fill('Past niet bij de omvang van onze gemeente.');
    await panel.getByLabel(/^Voortgang/).fill('Besproken in het college; regionaal oppakken via het RIEC.');
    await panel.getByLabel(/^Links naar documenten/).fill('https://intranet.almelo.example/college/besluit-42');
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'collegebesluit.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% e2e\n%%EOF\n', 'latin1'),
    });
    await panel.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await page.getByText('De opvolging is opgeslagen.').waitFor();
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Status: Open → Niet overgenomen').waitFor();
    await timeline.getByText('Besproken in het college; regionaal oppakken via het RIEC.').waitFor();
    await timeline.getByRole('link', { name: 'https://intranet.almelo.example/college/besluit-42' }).waitFor();
    const attachmentLink = timeline.getByRole('link', { name: 'collegebesluit.pdf' });
    await attachmentLink.waitFor();
    await expectAccessible(page);
    const recommendationPath = new URL(page.url()).pathname;
    const attachmentPath = (await attachmentLink.getAttribute('href')) ?? '';
    const download = await page.request.get(attachmentPath);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);

    await navigation(page).getByRole('link', { name: 'Auditlog' }).click();
    await expectHeading(page, 'Wie keek naar onze gegevens');
    // Other tests read Almelo's data too, so the entries are found by filtering, as a coordinator would.
    await choose(page, page, 'Wat', 'Status gewijzigd');
    await page.getByRole('row').filter({ hasText: 'Status gewijzigd' }).first().waitFor();
    await choose(page, page, 'Wat', 'Bekeken');
    await choose(page, page, 'Wie', `Rik RIEC (${ANALYST})`);
    await page.getByRole('row').filter({ hasText: 'Rik RIEC' }).filter({ hasText: 'Bekeken' }).first().waitFor();
    await expectAccessible(page);

    // Their own scans, read-only: no recording, and only Almelo's.
    await navigation(page).getByRole('link', { name: 'Scans' }).click();
    await expectHeading(page, 'Scans');
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    const municipalities = await page
      .getByRole('table')
      .getByRole('row')
      .filter({ hasNot: page.getByRole('columnheader') })
      .allTextContents();
    expect(municipalities.every((row) => row.includes('Almelo'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Scan toevoegen' }).count()).toBe(0);
    await expectAccessible(page);

    // Another municipality's recommendation (or any unknown id) is simply not there.
    await page.goto('/recommendations/00000000-0000-4000-8000-00000000abcd');
    await expectHeading(page, 'Pagina niet gevonden');
    await context.close();

    // Enschede's coordinator reaches neither the recommendation nor its attachment by URL.
    const enschede = await newPage(browser);
    await logIn(enschede.page, 'coordinator.enschede@rodedraad.example');
    await enschede.page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await enschede.page.goto(recommendationPath);
    await expectHeading(enschede.page, 'Pagina niet gevonden');
    await expectAccessible(enschede.page);
    const refused = await enschede.page.request.get(attachmentPath);
    expect(refused.status()).toBe(404);
    expect(refused.headers()['content-disposition']).toBeUndefined();
    await enschede.context.close();
  });

  it('links a recommendation to an activity and registers a colleague from there; Enschede sees none of it', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, COORDINATOR);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await navigation(page).getByRole('link', { name: 'Aanbevelingen' }).click();
    await page
      .getByRole('table')
      .getByRole('link', { name: 'Breng het eigen vastgoed en de huurders ervan in kaart' })
      .click();
    const offer = page.getByTestId('learning-offer');
    await offer.waitFor();
    const activityRow = offer.getByRole('row').filter({ hasText: 'Activiteit' }).first();
    const activityTitle = ((await activityRow.getByRole('link').first().textContent()) ?? '').trim();
    await activityRow.getByRole('button', { name: /^Koppel aan/ }).click();
    await page.getByText(`Gekoppeld aan ${activityTitle}.`).waitFor();
    await page.getByTestId('learning-links').getByRole('link', { name: activityTitle }).waitFor();
    await page.getByTestId('timeline').getByText(`Gekoppeld aan activiteit: ${activityTitle}`).waitFor();
    await expectAccessible(page);

    // A colleague registered for a coming session on the recommendation's themes, from the same card.
    await offer
      .getByRole('button', { name: /^Meld een collega aan/ })
      .last()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Collega aanmelden voor een bijeenkomst' });
    await choose(page, dialog, 'Collega', 'Deelnemer Almelo');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText(/^Deelnemer Almelo (is aangemeld|staat op de wachtlijst)\.$/).waitFor();
    const recommendationPath = new URL(page.url()).pathname;
    const recommendationId = recommendationPath.split('/').pop();
    await context.close();

    // Enschede's coordinator reaches neither the page nor, through the API, its links or offer.
    const enschede = await newPage(browser);
    await logIn(enschede.page, 'coordinator.enschede@rodedraad.example');
    await enschede.page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await enschede.page.goto(recommendationPath);
    await expectHeading(enschede.page, 'Pagina niet gevonden');
    for (const query of [
      'query ($id: ID!) { learningOffer(recommendationId: $id) { id } }',
      'query ($id: ID!) { recommendation(id: $id) { learningLinks { id } } }',
    ]) {
      const response = await enschede.page.request.post('/graphql', {
        data: { query, variables: { id: recommendationId } },
        headers: { 'content-type': 'application/json' },
      });
      const body = (await response.json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(body.data ?? null).toBeNull();
    }
    await enschede.context.close();
  });

  it('shows a participant only what is assigned to them', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    await navigation(page).getByRole('link', { name: 'Mijn aanbevelingen' }).click();
    await expectHeading(page, 'Mijn aanbevelingen');
    await page.getByText('2 aanbevelingen', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.goto('/audit-log');
    await expectHeading(page, 'Pagina niet gevonden');
    await context.close();
  });
});

describe('confidentiality in the interface', () => {
  for (const email of ['staff@rodedraad.example', 'admin@rodedraad.example']) {
    it(`shows ${email} no recommendation anywhere`, async () => {
      const { context, page } = await newPage(browser);
      await logIn(page, email);
      await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
      const links = await navigation(page).getByRole('link').allTextContents();
      for (const confidential of ['Scans', 'Aanbevelingen', 'Mijn aanbevelingen', 'Auditlog']) {
        expect(links).not.toContain(confidential);
      }
      for (const path of [
        '/recommendations',
        '/recommendations/00000000-0000-4000-8000-00000000abcd',
        '/scans',
        '/audit-log',
      ]) {
        await page.goto(path);
        await expectHeading(page, 'Pagina niet gevonden');
      }
      await context.close();
    });
  }
});
