import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

const COORDINATOR = 'coordinator.almelo@rodedraad.example';
const INVITEE = `nieuwe.collega.${Date.now()}@almelo.example`;
const PASSWORD = 'Weerbaar-Twente-2026!';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('inviting a colleague as owner', () => {
  it('creates their account from the link, makes them owner of exactly that recommendation, and the link works once', async () => {
    const coordinator = await newPage(browser);
    const { page } = coordinator;
    await logIn(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Aanbevelingen' }).click();
    await expectHeading(page, 'Aanbevelingen');
    const link = page.getByRole('table').getByRole('link').last();
    const title = (await link.textContent()) ?? '';
    await link.click();
    await expectHeading(page, title);

    // The form says what is wrong before anything is sent.
    const invite = page.getByRole('button', { name: 'Uitnodigen' });
    await invite.click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    await page.getByLabel(/^Naam/).fill('Nieuwe Collega');
    await page.getByLabel(/^E-mailadres/).fill(INVITEE);
    await invite.click();
    await page.getByText('De uitnodiging is verstuurd.').waitFor();
    const row = page.getByRole('row').filter({ hasText: INVITEE });
    await row.getByText('Open', { exact: true }).waitFor();
    await expectAccessible(page);
    // Demo mode sends no mail: the coordinator sees the link the colleague would get.
    const href = (await row.getByRole('link', { name: 'Uitnodigingslink (demo)' }).getAttribute('href')) ?? '';
    // The token travels in the fragment, so it never reaches a server log.
    expect(href).toMatch(/\/invitation#.+/);

    const invitee = await newPage(browser);
    await invitee.page.goto(href);
    await expectHeading(invitee.page, 'Uitnodiging accepteren');
    await invitee.page
      .getByText('Gemeente Almelo nodigt je uit als eigenaar van een aanbeveling.', { exact: false })
      .waitFor();
    expect(await invitee.page.getByRole('textbox', { name: 'E-mailadres' }).inputValue()).toBe(INVITEE);
    await expectAccessible(invitee.page);
    await invitee.page.getByLabel(/^Naam/).fill('Nieuwe Collega');
    await invitee.page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
    await invitee.page.getByLabel(/^Herhaal wachtwoord/).fill(`${PASSWORD}x`);
    await invitee.page.getByRole('button', { name: 'Account aanmaken' }).click();
    await invitee.page.getByText('De wachtwoorden zijn niet gelijk.').waitFor();
    await invitee.page.getByLabel(/^Herhaal wachtwoord/).fill(PASSWORD);
    await invitee.page.getByRole('button', { name: 'Account aanmaken' }).click();

    // Signed in as a participant of Almelo, owning exactly that recommendation.
    await expectHeading(invitee.page, 'Mijn aanbevelingen');
    await invitee.page.getByText('1 aanbeveling', { exact: true }).waitFor();
    expect(await invitee.page.getByRole('table').getByRole('link').allTextContents()).toEqual([title]);
    await invitee.context.close();

    // The link works once.
    const again = await newPage(browser);
    await again.page.goto(href);
    await again.page.getByRole('alert').waitFor();
    expect(await again.page.getByRole('button', { name: 'Account aanmaken' }).count()).toBe(0);
    await again.context.close();

    await page.reload();
    await page.getByRole('row').filter({ hasText: INVITEE }).getByText('Geaccepteerd', { exact: true }).waitFor();
    await coordinator.context.close();
  });
});
