import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, logOut, newPage } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const COORDINATOR = 'coordinator.dinkelland@rodedraad.example';

/** The analyst's live count of municipalities for a theme, as the preview's table shows it. */
async function previewCount(page: Page, theme: string): Promise<string> {
  await page.goto('/picture/publish');
  await page.getByRole('heading', { name: 'Gemeenten die bijdragen' }).waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) });
  return (await row.getByRole('cell').first().textContent()) ?? '';
}

describe('consent behind the regional picture', () => {
  it('a coordinator agrees and holds one recommendation back; the analyst sees the municipality contribute and the count drop', async () => {
    const { context, page } = await newPage(browser);
    // Demo data: Dinkelland has not decided yet.
    await logIn(page, COORDINATOR);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Scans' }).click();
    await expectHeading(page, 'Scans');
    await page.getByRole('table').getByRole('link').first().click();
    const card = page.getByRole('region', { name: 'Toestemming voor het regionale beeld' });
    await card.getByTestId('consent-status').getByText('Nog niet besloten').waitFor();
    await expectAccessible(page);

    // An agreement needs a basis.
    await card.getByRole('radio', { name: 'Akkoord: de uitkomsten mogen meetellen' }).check();
    await card.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await card.getByText('Vul de grondslag van het akkoord in.').waitFor();
    await card.getByLabel(/^Grondslag/).fill('Collegebesluit');
    await card.getByLabel('Kenmerk').fill('B&W 2025/041');
    await card.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Het besluit is vastgelegd.').waitFor();
    await card
      .getByTestId('consent-status')
      .getByText(/^Akkoord/)
      .waitFor();

    // A theme this municipality feeds with exactly one recommendation.
    const rows = page.getByRole('table', { name: /aanbevelingen/i }).getByRole('row');
    const texts = await rows.allTextContents();
    const themeOf = (theme: string) => texts.filter((text) => text.includes(theme));
    const theme = ['Zicht op vastgoed', 'Integere en weerbare organisatie'].find((t) => themeOf(t).length === 1);
    expect(theme).toBeDefined();

    const analyst = await newPage(browser);
    await logIn(analyst.page, 'riec@rodedraad.example');
    await analyst.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const before = await previewCount(analyst.page, theme!);
    await analyst.page
      .getByRole('listitem')
      .filter({ hasText: /^Dinkelland$/ })
      .waitFor();
    await analyst.page.getByText(/^14 gemeenten hebben toestemming gegeven/).waitFor();
    await expectAccessible(analyst.page);

    const row = rows.filter({ hasText: theme! });
    await row.getByRole('button', { name: /achterhouden uit het regionale beeld$/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Aanbeveling achterhouden?' });
    await confirm.getByRole('button', { name: 'Achterhouden' }).click();
    await page.getByText('De aanbeveling wordt achtergehouden.').waitFor();
    await row.getByText('Achtergehouden', { exact: true }).waitFor();

    const after = await previewCount(analyst.page, theme!);
    expect(Number(after)).toBe(Number(before) - 1);
    // Holding back never changes who contributes.
    await analyst.page.getByText(/^14 gemeenten hebben toestemming gegeven/).waitFor();

    // Withdrawing asks first.
    await card.getByRole('radio', { name: 'Geweigerd: de uitkomsten tellen niet mee' }).check();
    await card.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Akkoord intrekken?' });
    await withdraw.getByRole('button', { name: 'Annuleren' }).click();
    await card
      .getByTestId('consent-status')
      .getByText(/^Akkoord/)
      .waitFor();

    await logOut(analyst.page, 'Rik RIEC');
    await analyst.context.close();
    await context.close();
  });
});
