import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

const SESSION = 'Masterclass weerbare inkoop';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('my messages', () => {
  it('shows a participant the confirmation of their registration, to read and follow', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.losser@rodedraad.example');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await nav.getByRole('link', { name: 'Mijn berichten' }).click();
    await expectHeading(page, 'Mijn berichten');
    // The demo gives Losser's participant follow-up reminders of their own; no confirmation yet.
    const confirmation = page.getByRole('button', { name: new RegExp(`Ingeschreven: ${SESSION}`) });
    await page.waitForLoadState('networkidle');
    expect(await confirmation.count()).toBe(0);
    await expectAccessible(page);

    await nav.getByRole('link', { name: 'Bijeenkomsten' }).click();
    await expectHeading(page, 'Bijeenkomsten');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(SESSION);
    await eventually(async () => new URL(page.url()).searchParams.get('q') === SESSION, 'the search to settle');
    await page.getByRole('table').getByRole('link', { name: SESSION }).first().click();
    await expectHeading(page, SESSION);
    const sessionUrl = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Je bent ingeschreven voor deze bijeenkomst.').waitFor();

    await nav.getByRole('link', { name: 'Mijn berichten' }).click();
    await expectHeading(page, 'Mijn berichten');
    await confirmation.click();
    await page.getByText(`Je bent ingeschreven voor ${SESSION}.`).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Openen in Rode Draad' }).click();
    await expectHeading(page, SESSION);
    expect(new URL(page.url()).pathname).toBe(sessionUrl);
    await context.close();
  });

  it("never shows a colleague's messages", async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator.losser@rodedraad.example');
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Mijn berichten' })
      .click();
    await expectHeading(page, 'Mijn berichten');
    // Losser's coordinator has messages of their own (e.g. peer-group publication), never the colleague's.
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(SESSION).count()).toBe(0);
    await context.close();
  });
});
