import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, expectHeading, launchBrowser, logIn, logOut, newPage } from './support';

// An account no other browser test uses: its password changes here.
const USER = { email: 'participant.borne@rodedraad.example', name: 'Deelnemer Borne' };
const NEW_PASSWORD = 'een-nieuw-en-lang-wachtwoord';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('account', () => {
  it('changes the own password after checking the form', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, USER.email);
    await expectHeading(page, `Welkom, ${USER.name}`);
    await page.getByRole('button', { name: `Gebruikersmenu van ${USER.name}` }).click();
    await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
    await expectHeading(page, 'Wachtwoord wijzigen');

    await page.getByLabel(/^Huidig wachtwoord/).fill('niet-het-goede-wachtwoord');
    await page.getByLabel(/^Nieuw wachtwoord/).fill('kort');
    await page.getByLabel(/^Herhaal nieuw wachtwoord/).fill('anders');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Gebruik minstens 12 en hoogstens 200 tekens.').waitFor();
    await page.getByText('De wachtwoorden zijn niet gelijk.').waitFor();
    await expectAccessible(page);

    await page.getByLabel(/^Nieuw wachtwoord/).fill(NEW_PASSWORD);
    await page.getByLabel(/^Herhaal nieuw wachtwoord/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Het huidige wachtwoord klopt niet.').waitFor();

    await page.getByLabel(/^Huidig wachtwoord/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Je wachtwoord is gewijzigd.').waitFor();

    await logOut(page, USER.name);
    await logIn(page, USER.email, NEW_PASSWORD);
    await expectHeading(page, `Welkom, ${USER.name}`);
    await context.close();
  });
});
