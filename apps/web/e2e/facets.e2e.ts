import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function facetNames(page: Page): Promise<string[]> {
  const rows = page.getByRole('table').getByRole('row');
  const names: string[] = [];
  for (const row of (await rows.all()).slice(1)) {
    names.push((await row.getByRole('cell').nth(1).textContent()) ?? '');
  }
  return names;
}

describe('facets', () => {
  it('lets an analyst reorder facets with the keyboard and add one', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'riec@rodedraad.example');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Facetten' }).click();
    await expectHeading(page, 'Facetten');
    await page.getByRole('table').waitFor();
    await expectAccessible(page);

    const before = await facetNames(page);
    const [first, second] = before;
    const down = page.getByRole('button', { name: `${first} een plaats omlaag` });
    await down.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => (await facetNames(page))[1] === first, 'the facet to move down');
    await page.getByText(`${first} staat nu op plaats 2 van ${before.length}.`).waitFor();
    // Focus stays with the facet that moved, so pressing again moves it further.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${first} een plaats omlaag`,
    );
    await page.getByRole('button', { name: `${first} een plaats omhoog` }).click();
    await eventually(async () => (await facetNames(page))[0] === first, 'the facet to move back');
    expect((await facetNames(page))[1]).toBe(second);

    // The order is stored: it survives a reload.
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await facetNames(page)).toEqual(before);

    await page.getByRole('button', { name: 'Facet toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Facet toevoegen' });
    await dialog.getByLabel(/^Naam/).fill('Bibob');
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await dialog.getByText('Er is al een facet met deze naam.').waitFor();
    await expectAccessible(page);
    await dialog.getByLabel(/^Naam/).fill('Cyberweerbaarheid');
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Facet "Cyberweerbaarheid" is toegevoegd.').waitFor();
    await eventually(async () => (await facetNames(page)).at(-1) === 'Cyberweerbaarheid', 'the new facet at the end');
    await context.close();
  });

  it('is not there for programme staff', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    await expectHeading(page, 'Welkom, Sanne Programmateam');
    await page.goto('/facets');
    await expectHeading(page, 'Pagina niet gevonden');
    await context.close();
  });
});
