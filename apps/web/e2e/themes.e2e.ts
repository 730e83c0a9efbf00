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
} from './support';

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
    await line.getByText('meer dan 9').waitFor();
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
    await expectAccessibleDialog(page, dialog);

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

  it('keeps a form open on a stale version and shows the stored values beside the own input to merge', async () => {
    const first = await newPage(browser);
    await logIn(first.page, 'riec@rodedraad.example');
    await openThemes(first.page);
    await first.page.getByRole('button', { name: 'Thema toevoegen' }).click();
    const created = first.page.getByRole('dialog', { name: 'Thema toevoegen' });
    const title = `Gelijktijdig bewerkt ${Date.now()}`;
    await created.getByLabel(/^Titel/).fill(title);
    await created.getByLabel('Beschrijving').fill('Oorspronkelijke beschrijving');
    await created.getByRole('button', { name: 'Toevoegen' }).click();
    await created.waitFor({ state: 'detached' });
    await search(first.page, title);
    await first.page.getByRole('link', { name: title }).click();
    await expectHeading(first.page, title);
    // Both analysts open the form on the same version.
    await first.page.getByRole('button', { name: 'Bewerken' }).click();
    const mine = first.page.getByRole('dialog', { name: 'Thema bewerken' });

    const second = await newPage(browser);
    await logIn(second.page, 'riec@rodedraad.example');
    await second.page.waitForURL((url) => url.pathname !== '/login');
    await second.page.goto(new URL(first.page.url()).pathname);
    await expectHeading(second.page, title);
    await second.page.getByRole('button', { name: 'Bewerken' }).click();
    const theirs = second.page.getByRole('dialog', { name: 'Thema bewerken' });
    await theirs.getByLabel('Beschrijving').fill('Beschrijving van de collega');
    await theirs.getByRole('button', { name: 'Opslaan' }).click();
    await second.page.getByText(`Thema "${title}" is opgeslagen.`).waitFor();

    await mine.getByLabel('Beschrijving').fill('Mijn beschrijving');
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    const notice = mine.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen opgeslagen' });
    await notice.waitFor();
    const row = notice.getByRole('row', { name: /^Beschrijving/ });
    await row.getByRole('cell', { name: 'Beschrijving van de collega' }).waitFor();
    await row.getByRole('cell', { name: 'Mijn beschrijving' }).waitFor();
    expect(await notice.getByRole('row').count()).toBe(2);
    await expectAccessible(first.page);

    // Taking over the stored values fills the form; the analyst then merges and saves on the new version.
    await notice.getByRole('button', { name: 'Huidige waarden overnemen' }).click();
    expect(await mine.getByLabel('Beschrijving').inputValue()).toBe('Beschrijving van de collega');
    await mine.getByLabel('Beschrijving').fill('Beschrijving van de collega, aangevuld');
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    await first.page.getByText(`Thema "${title}" is opgeslagen.`).waitFor();
    await mine.waitFor({ state: 'detached' });
    await first.page.getByText('Beschrijving van de collega, aangevuld').waitFor();
    await first.context.close();
    await second.context.close();
  });
});
