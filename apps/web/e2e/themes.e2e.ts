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

async function openThemes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: "Thema's" }).click();
  await expectHeading(page, "Thema's");
  await page.getByRole('table').waitFor();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill(text);
  await eventually(async () => new URL(page.url()).searchParams.get('q') === text, 'the search to settle');
}

describe('themes', () => {
  it('shows every role the themes, filtered by facet, and a theme with its line in the picture', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    await openThemes(page);
    await page.getByText(/^\d+ thema's$/).waitFor();
    expect(await page.getByRole('button', { name: 'Thema toevoegen' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Facet' }).click();
    await page.getByRole('option', { name: 'Bibob', exact: true }).click();
    await eventually(async () => new URL(page.url()).searchParams.has('facet'), 'the facet filter');
    await page.getByText('1 thema', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Bibob-beleid en -toepassing versterken' }).click();
    await expectHeading(page, 'Bibob-beleid en -toepassing versterken');
    const line = page.getByRole('region', { name: 'In het regionale beeld' });
    await line.getByText('meer dan 11').waitFor();
    // The trend depends on which snapshots other tests published; that there is one is what counts here.
    await line.getByText(/^(gestegen|gedaald|gelijk gebleven|niet te bepalen)$/).waitFor();
    await page.getByText('Vergunningverlening', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('lets an analyst create a theme and retire it', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'riec@rodedraad.example');
    await openThemes(page);

    await page.getByRole('button', { name: 'Thema toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thema toevoegen' });
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await dialog.getByText('Vul dit veld in.').waitFor();
    await expectAccessible(page);

    const title = `Cybercrime en digitale weerbaarheid ${Date.now()}`;
    await dialog.getByLabel(/^Titel/).fill(title);
    await dialog.getByLabel('Beschrijving').fill('Digitale kwetsbaarheden in de gemeentelijke organisatie.');
    await dialog.getByLabel(/^Jaar waarin/).fill('2024');
    await dialog.getByLabel('Facetten', { exact: true }).click();
    await page.getByRole('option', { name: 'Informatiebeveiliging', exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(`Thema "${title}" is toegevoegd.`).waitFor();
    await dialog.waitFor({ state: 'detached' });

    await search(page, title);
    await page.getByText('1 thema', { exact: true }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await expectHeading(page, title);
    await page.getByText('Dit thema staat nog niet in een gepubliceerd regionaal beeld.').waitFor();
    await page.getByText('Informatiebeveiliging').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Laten vervallen' }).click();
    const confirm = page.getByRole('dialog', { name: `"${title}" laten vervallen?` });
    await confirm.getByRole('button', { name: 'Laten vervallen' }).click();
    await page.getByText(`"${title}" is vervallen.`).waitFor();
    await page.getByRole('button', { name: 'Weer activeren' }).waitFor();
    await page.getByText('Vervallen', { exact: true }).waitFor();
    await context.close();
  });
});
