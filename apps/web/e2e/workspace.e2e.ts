import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

const COORDINATOR = 'coordinator.almelo@rodedraad.example';
const PARTICIPANT = 'participant.almelo@rodedraad.example';

let browser: Browser;
/** What the coordinator's owner filter shows for the participant: the participant must see exactly these. */
let ownedByParticipant: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' });
}

async function tableTitles(page: Page): Promise<string[]> {
  return (await page.getByRole('table').getByRole('row').getByRole('link').allTextContents()).sort();
}

describe("the coordinator's workspace", () => {
  it('filters overdue items, moves cards on the board by keyboard, exports CSV and prints a page', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, COORDINATOR);
    await navigation(page).getByRole('link', { name: 'Aanbevelingen' }).click();
    await expectHeading(page, 'Aanbevelingen');
    const total = page.getByText(/^\d+ aanbeveling(en)?$/);
    await total.waitFor();
    const allTotal = await total.textContent();

    // Overdue: kept in the URL, each row marked by a word and an icon, not by colour alone.
    // A click, not check(): the box follows the URL, which the router updates a moment later.
    const overdueOnly = page.getByRole('checkbox', { name: 'Alleen te laat' });
    await overdueOnly.click();
    await eventually(async () => (await total.textContent()) !== allTotal, 'the overdue filter');
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('1');
    const rows = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasNotText: 'Te laat' }).count()).toBe(0);
    await expectAccessible(page);
    await page.reload();
    await eventually(() => overdueOnly.isChecked(), 'the filter kept in the URL');
    await overdueOnly.click();
    await eventually(async () => (await total.textContent()) === allTotal, 'clearing the overdue filter');

    // The owner filter: what the Almelo participant owns.
    await page.getByRole('combobox', { name: 'Eigenaar', exact: true }).click();
    await page.getByRole('option', { name: 'Deelnemer Almelo', exact: true }).click();
    await eventually(async () => (await total.textContent()) !== allTotal, 'the owner filter');
    ownedByParticipant = await tableTitles(page);
    expect(ownedByParticipant.length).toBeGreaterThan(0);
    await page
      .getByRole('button', { name: 'Filters wissen' })
      .click()
      .catch(() => undefined);
    await page.goto('/recommendations');
    await total.waitFor();

    // The board: move a card from "Open" to "In uitvoering" with the keyboard only.
    await page.getByText('Bord', { exact: true }).click();
    const openColumn = page.getByTestId('column-OPEN');
    await openColumn.getByTestId('board-card').first().waitFor();
    await expectAccessible(page);
    const card = openColumn.getByTestId('board-card').last();
    const title = (await card.getByRole('link').textContent()) ?? '';
    await card.getByRole('button', { name: `Verplaatsen: ${title}` }).focus();
    await page.keyboard.press('Enter');
    const toProgress = page.getByRole('menuitem', { name: 'Naar In uitvoering' });
    await toProgress.waitFor();
    // Only the workflow's moves are offered.
    expect(await page.getByRole('menuitem').allTextContents()).toEqual([
      'Naar In uitvoering',
      'Naar Afgerond',
      'Naar Niet overgenomen',
    ]);
    await toProgress.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`"${title}" staat nu bij In uitvoering.`).waitFor({ state: 'attached' });
    await page.getByTestId('column-IN_PROGRESS').getByRole('link', { name: title, exact: true }).waitFor();

    // "Not adopted" asks for the reason in a dialog, like the panel.
    const moved = page.getByTestId('column-IN_PROGRESS').getByTestId('board-card').filter({ hasText: title });
    await moved.getByRole('button', { name: `Verplaatsen: ${title}` }).focus();
    await page.keyboard.press('Enter');
    const toRejected = page.getByRole('menuitem', { name: 'Naar Niet overgenomen' });
    await toRejected.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Niet overgenomen' });
    await dialog.getByRole('button', { name: 'Niet overnemen' }).click();
    await dialog.getByText('Vul in waarom de aanbeveling niet wordt overgenomen.').waitFor();
    await expectAccessible(page);
    await dialog.getByLabel(/^Waarom niet overgenomen/).fill('Wordt regionaal opgepakt.');
    await page.keyboard.press('Enter').catch(() => undefined);
    await dialog
      .getByRole('button', { name: 'Niet overnemen' })
      .click({ timeout: 1000 })
      .catch(() => undefined);
    await page.getByTestId('column-NOT_ADOPTED').getByRole('link', { name: title, exact: true }).waitFor();

    // Export what the list holds, as CSV with the timeline.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Exporteren' }).click();
        await page.getByRole('menuitem', { name: 'CSV (met tijdlijn)' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^aanbevelingen-\d{4}-\d\d-\d\d\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFReferentie;Titel;Toelichting;Gemeente')).toBe(true);
    expect(csv).toContain(title);
    expect(csv).toContain('Wordt regionaal opgepakt.');
    expect(csv).not.toContain('Enschede');

    // The printable page of the moved recommendation, with its timeline.
    await page.getByTestId('column-NOT_ADOPTED').getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('link', { name: 'Afdrukversie' }).click();
    // The detail page has the same heading and may still show while the print page loads: wait for
    // what only the loaded print page shows.
    await page.waitForURL(/\/print$/);
    await page.getByText('Vertrouwelijk: Almelo').waitFor();
    await expectHeading(page, title);
    await page.getByText('Status: In uitvoering → Niet overgenomen').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('shows the Almelo participant, as owner, exactly what they own', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, PARTICIPANT);
    await navigation(page).getByRole('link', { name: 'Mijn aanbevelingen' }).click();
    await expectHeading(page, 'Mijn aanbevelingen');
    await page
      .getByText(ownedByParticipant.length === 1 ? '1 aanbeveling' : `${ownedByParticipant.length} aanbevelingen`, {
        exact: true,
      })
      .waitFor();
    expect(await tableTitles(page)).toEqual(ownedByParticipant);
    // No owner filter and no moving for them: the board is read-only.
    expect(await page.getByRole('combobox', { name: 'Eigenaar', exact: true }).count()).toBe(0);
    await page.getByText('Bord', { exact: true }).click();
    await page.getByTestId('board-card').first().waitFor();
    expect(await page.getByTestId('board-card').count()).toBe(ownedByParticipant.length);
    expect(await page.getByRole('button', { name: /^Verplaatsen/ }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
