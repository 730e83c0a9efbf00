import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  expectAccessible,
  expectAccessibleDialog,
  expectHeading,
  launchBrowser,
  logIn,
  newPage,
  fillDate,
  fillTime,
} from './support';

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

async function openNav(page: Page, label: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expectHeading(page, heading);
}

async function chooseOption(
  page: Page,
  scope: ReturnType<Page['getByRole']>,
  label: RegExp,
  option: string,
): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills one row of the session planner: a date in Amsterdam time, 14:00–16:00, at a venue. */
async function fillRow(page: Page, n: number, date: string, venue?: string): Promise<void> {
  const row = page.getByRole('group', { name: `Bijeenkomst ${n}` });
  await fillDate(row, /^Datum/, date);
  await fillTime(row, 'Begintijd', '14:00');
  await fillTime(row, 'Eindtijd', '16:00');
  if (venue) {
    await chooseOption(page, row, /^Zaal/, venue);
  }
}

describe('programme planning', () => {
  it('lets staff add an activity, plan a series of three sessions and see a venue clash refused', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    await openNav(page, 'Programma', "Leerprogramma's");
    await page.getByRole('link', { name: CURRENT_PROGRAMME }).click();
    await expectHeading(page, CURRENT_PROGRAMME);
    await page.getByText(/^\d+ activiteiten?$/).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await dialog.getByText('Kies minstens één thema.').waitFor();
    await expectAccessible(page);
    const title = `Masterclass Bibob in de praktijk ${Date.now()}`;
    await dialog.getByLabel(/^Titel/).fill(title);
    await chooseOption(page, dialog, /^Vorm/, 'Masterclass');
    await dialog.getByLabel(/^Thema's/).click();
    await page.getByRole('option', { name: BIBOB, exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await expectHeading(page, title);
    await page.getByText('Er zijn nog geen bijeenkomsten gepland.').waitFor();
    await expectAccessible(page);

    // A three-part series: the second and third rows copy the first, a week apart each.
    const first = `${YEAR + 2}-03-02`;
    await page.getByRole('link', { name: 'Bijeenkomsten plannen' }).click();
    await expectHeading(page, 'Bijeenkomsten plannen');
    await fillRow(page, 1, first, 'Stadhuis Hengelo (Kamer 1)');
    await page.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await page.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    expect(
      await page
        .getByRole('group', { name: 'Bijeenkomst 3' })
        .getByLabel(/^Datum/)
        .inputValue(),
    ).toBe(`16-03-${YEAR + 2}`);
    await expectAccessible(page);
    await page.getByRole('button', { name: '3 bijeenkomsten plannen' }).click();
    await page.getByText('3 bijeenkomsten zijn gepland als reeks.').waitFor();
    await expectHeading(page, title);
    const sessions = page.getByRole('table', { name: 'Bijeenkomsten van de activiteit, op begintijd' });
    expect(await sessions.getByRole('row').count()).toBe(4);
    expect(await sessions.getByText('Reeks').count()).toBe(3);
    await sessions.getByText(/2 mrt \d{4}, 14:00–16:00/).waitFor();
    await expectAccessible(page);

    // The same venue at the same time as the first session: refused, naming what is there.
    await page.getByRole('link', { name: 'Bijeenkomsten plannen' }).click();
    await expectHeading(page, 'Bijeenkomsten plannen');
    await fillRow(page, 1, first, 'Stadhuis Hengelo (Kamer 1)');
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Deze zaal is al bezet door' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      new RegExp(`Deze zaal is al bezet door ${title} op .*2 mrt ${YEAR + 2}, 14:00–16:00`),
    );
    // The message also sits at the venue field of the row it belongs to.
    await page
      .getByRole('group', { name: 'Bijeenkomst 1' })
      .getByText(/^Deze zaal is al bezet door/)
      .waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('shows everyone the roadmap with its gaps, as a table with headers', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: 'Roadmap', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Programma bouwen' }).count()).toBe(0);
    await openNav(page, 'Roadmap', 'Roadmap');
    const table = page.getByRole('table', { name: new RegExp(`^Roadmap van ${CURRENT_PROGRAMME}`) });
    await table.waitFor();
    await table.getByRole('columnheader', { name: String(YEAR + 3) }).waitFor();
    await table.getByRole('rowheader', { name: new RegExp(BIBOB) }).waitFor();
    // Nothing is planned in the programme's last year yet: every theme has a gap there.
    expect(await table.getByText('Gat: niets gepland').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // A cell shows counts; opening it (here by keyboard) loads its activities, which link to their pages.
    const bibob = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(BIBOB) }) });
    const cell = bibob.getByRole('button', { name: /activiteit/ }).first();
    expect(await cell.getAttribute('aria-expanded')).toBe('false');
    const activities = Number((/(\d+) activiteit/.exec((await cell.textContent()) ?? '') ?? [])[1]);
    expect(activities).toBeGreaterThan(0);
    await cell.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${BIBOB} · `) });
    await dialog
      .getByRole('heading', { name: activities === 1 ? '1 activiteit' : `${activities} activiteiten` })
      .waitFor();
    expect(await dialog.getByRole('link').count()).toBe(Math.min(activities, 50));
    await expectAccessibleDialog(page, dialog);
    expect(await cell.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => cell.evaluate((element) => element === document.activeElement), 'focus back on the cell');
    expect(await cell.getAttribute('aria-expanded')).toBe('false');
    // A link in an opened cell leads to the activity.
    await cell.click();
    const first = dialog.getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await expectHeading(page, title);
    await page.goBack();
    await table.waitFor();

    await page.getByRole('switch', { name: 'Per kwartaal' }).click();
    await table.getByRole('columnheader', { name: `K1 ${YEAR + 3}` }).waitFor();
    await expectAccessible(page);
    // By quarter, a cell opens with the space bar too.
    const quarterCell = table.getByRole('button', { name: /: tonen$/ }).first();
    await quarterCell.focus();
    await page.keyboard.press('Space');
    await page.getByRole('dialog', { name: /^.+ · (K\d \d{4}|\d{4}, kwartaal open)$/ }).waitFor();
    await context.close();
  });

  it('lets staff turn a theme from the picture into an activity, which the theme page then traces', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    await openNav(page, 'Programma bouwen', 'Programma bouwen');
    const table = page.getByRole('table', { name: `Thema's van ${CURRENT_PROGRAMME}, breedst voorkomend eerst` });
    await table.waitFor();
    const bibob = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: BIBOB }) });
    await bibob.getByText('meer dan 9').waitFor();
    await expectAccessible(page);

    await bibob.getByRole('button', { name: `Nieuwe activiteit op ${BIBOB}` }).click();
    const dialog = page.getByRole('dialog', { name: `Nieuwe activiteit op "${BIBOB}"` });
    expect(await dialog.getByLabel(/^Titel/).inputValue()).toBe(BIBOB);
    await expectAccessible(page);
    const title = `Kennissessie ${Date.now()}`;
    await dialog.getByLabel(/^Titel/).fill(title);
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await expectHeading(page, title);
    await page.getByRole('link', { name: BIBOB }).click();
    await expectHeading(page, BIBOB);
    const trace = page.getByRole('region', { name: 'In het leerprogramma' });
    await trace.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
