import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, fillDate, fillTime, launchBrowser, logIn, newPage } from './support';

let browser: Browser;
const YEAR = new Date().getFullYear();
const CURRENT_PROGRAMME = `Leerprogramma Weerbaar Twente ${YEAR}–${YEAR + 3}`;
const BIBOB = 'Bibob-beleid en -toepassing versterken';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The 2nd Tuesday of January of a year, 'YYYY-MM-DD'. */
function secondTuesdayOfJanuary(year: number): string {
  for (let day = 8; day <= 14; day += 1) {
    if (new Date(Date.UTC(year, 0, day)).getUTCDay() === 2) {
      return `${year}-01-${String(day).padStart(2, '0')}`;
    }
  }
  throw new Error('unreachable');
}

/** A fresh activity on the current programme, so the series meets no session of another test. */
async function createActivity(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Programma', exact: true })
    .click();
  await expectHeading(page, "Leerprogramma's");
  await page.getByRole('link', { name: CURRENT_PROGRAMME }).click();
  await expectHeading(page, CURRENT_PROGRAMME);
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
  await dialog.getByLabel(/^Titel/).fill(title);
  await dialog.getByRole('combobox', { name: /^Vorm/ }).click();
  await page.getByRole('option', { name: 'Intervisie', exact: true }).click();
  await dialog.getByLabel(/^Thema's/).click();
  await page.getByRole('option', { name: BIBOB, exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expectHeading(page, title);
}

describe('planning a series from a repeat rule', () => {
  /** A session the first test planned; the second edits it (together they outlast one test's time limit). */
  let plannedSessionPath = '';
  let plannedTitle = '';

  it('previews a monthly series with its dates, drops one and saves the rest', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    const title = `Intervisie op de 2e dinsdag ${Date.now()}`;
    await createActivity(page, title);

    await page.getByRole('link', { name: 'Bijeenkomsten plannen' }).click();
    await expectHeading(page, 'Bijeenkomsten plannen');
    await page.getByText('Herhalen', { exact: true }).click();
    const first = page.getByRole('group', { name: 'Eerste bijeenkomst' });
    const firstDate = secondTuesdayOfJanuary(YEAR + 3);
    await fillDate(first, /^Datum/, firstDate);
    await fillTime(first, 'Begintijd', '09:30');
    await fillTime(first, 'Eindtijd', '11:30');
    await first.getByLabel(/^Onlinelink/).fill('https://meet.example/intervisie');

    const rule = page.getByRole('group', { name: 'Herhaling' });
    await rule.getByRole('combobox', { name: /^Herhalen/ }).click();
    await page.getByRole('option', { name: 'Maandelijks op een weekdag', exact: true }).click();
    expect(await rule.getByRole('combobox', { name: /^Op/ }).inputValue()).toBe('de 2e dinsdag van de maand');
    await rule.getByLabel(/^Aantal bijeenkomsten/).fill('4');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const preview = page.getByRole('table', { name: 'De data van de reeks, met wat ermee botst' });
    await preview.waitFor();
    // Four 2nd Tuesdays, all at 09:30 Dutch time, also after the change to summer time.
    expect(await preview.getByRole('checkbox').count()).toBe(4);
    expect(await preview.getByText(/09:30–11:30/).count()).toBe(4);
    await page.getByText('4 data, waarvan 4 gekozen.').waitFor();
    await expectAccessible(page);

    const dropped = preview.getByRole('checkbox').nth(2);
    const droppedLabel = (await dropped.getAttribute('aria-label')) ?? '';
    await dropped.uncheck();
    await page.getByText('4 data, waarvan 3 gekozen.').waitFor();
    await page.getByRole('button', { name: '3 bijeenkomsten plannen' }).click();
    await page.getByText('3 bijeenkomsten zijn gepland als reeks.').waitFor();
    await expectHeading(page, title);
    const sessions = page.getByRole('table', { name: 'Bijeenkomsten van de activiteit, op begintijd' });
    expect(await sessions.getByRole('row').count()).toBe(4);
    expect(await sessions.getByText('Reeks').count()).toBe(3);
    const droppedWhen = droppedLabel.replace(/ plannen$/, '');
    expect(await sessions.getByText(droppedWhen).count()).toBe(0);
    await expectAccessible(page);

    plannedSessionPath = (await sessions.getByRole('link').first().getAttribute('href')) ?? '';
    plannedTitle = title;
    await context.close();
  });

  it('edits a session from its own page, in a dialog with the current version', async () => {
    expect(plannedSessionPath).toMatch(/^\/sessions\//);
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
    await page.goto(plannedSessionPath);
    await expectHeading(page, plannedTitle);
    await page.getByRole('button', { name: 'Bewerken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bijeenkomst wijzigen' });
    await dialog.getByLabel(/^Capaciteit/).fill('12');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De bijeenkomst is opgeslagen.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('0 van 12 bezet').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
