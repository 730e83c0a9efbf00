import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  expectAccessible,
  expectAccessibleDialog,
  expectHeading,
  launchBrowser,
  logIn,
  logOut,
  newPage,
} from './support';

const ADMIN = { email: 'admin@rodedraad.example', name: 'Anne Admin' };
const NEW_USER = { email: 'j.jansen@borne.example', name: 'Joke Jansen', password: 'een-lang-eigen-wachtwoord' };
const ANALYST = { email: 'riec@rodedraad.example', name: 'Rik RIEC' };
const NEW_COORDINATOR = {
  email: 'k.koster@borne.example',
  name: 'Kees Koster',
  password: 'nog-een-lang-eigen-wachtwoord',
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function openUsers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebruikers' }).click();
  await expectHeading(page, 'Gebruikers');
  await page.getByRole('table').waitFor();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill(text);
  await eventually(async () => new URL(page.url()).searchParams.get('q') === text, 'the search to settle');
}

async function chooseOption(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * The invitation's link as the invitations page shows it in demo mode (no mail is sent there),
 * opened by the invitee, who chooses their own password and lands logged in.
 */
async function acceptFromInvitationsPage(admin: Page, invitee: Page, who: typeof NEW_USER): Promise<void> {
  await admin.getByRole('link', { name: 'Uitnodigingen' }).first().click();
  await expectHeading(admin, 'Uitnodigingen');
  const row = admin.getByRole('row').filter({ hasText: who.email });
  await row.getByText('Open', { exact: true }).waitFor();
  await expectAccessible(admin);
  const href = (await row.getByRole('link', { name: 'Link (demo)' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/\/invitation#.+/);
  await invitee.goto(href);
  await expectHeading(invitee, 'Uitnodiging accepteren');
  await invitee.getByLabel(/^Wachtwoord/).fill(who.password);
  await invitee.getByLabel(/^Herhaal wachtwoord/).fill(who.password);
  await invitee.getByRole('button', { name: 'Account aanmaken' }).click();
  await invitee.waitForURL((url) => !url.pathname.startsWith('/invitation'));
  await admin.reload();
  await row.getByText('Geaccepteerd', { exact: true }).waitFor();
}

describe('user administration', () => {
  it('lists, filters and sorts users', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, ADMIN.email);
    await openUsers(page);
    await page.getByText(/^\d+ gebruikers$/).waitFor();
    await expectAccessible(page);

    await search(page, 'almelo');
    await page.getByText('2 gebruikers', { exact: true }).waitFor();
    const names = await page.getByRole('table').getByRole('row').allTextContents();
    expect(names.slice(1).map((row) => row.includes('Almelo'))).toEqual([true, true]);

    await page.getByRole('button', { name: 'Sorteren op Naam' }).click();
    await eventually(async () => new URL(page.url()).searchParams.get('dir') === 'DESC', 'descending sort');
    await page.getByRole('columnheader', { name: /Naam/ }).and(page.locator('[aria-sort="descending"]')).waitFor();

    await search(page, 'niemand-heet-zo');
    await page.getByText('Geen gebruikers gevonden die aan je zoekopdracht voldoen.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('invites a user who chooses a password from the link, logs in, and is disabled', async () => {
    const admin = await newPage(browser);
    await logIn(admin.page, ADMIN.email);
    await openUsers(admin.page);

    await admin.page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.getByText('Vul dit veld in.').first().waitFor();
    await expectAccessibleDialog(admin.page, dialog);

    await dialog.getByLabel(/^Naam/).fill(NEW_USER.name);
    await dialog.getByLabel(/^E-mailadres/).fill(NEW_USER.email);
    await chooseOption(admin.page, /^Rol/, 'Deelnemer');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.getByText('Kies de gemeente waarvoor deze gebruiker werkt.').first().waitFor();
    await chooseOption(admin.page, /^Gemeente/, 'Borne');
    expect(await dialog.getByLabel(/Wachtwoord/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await admin.page.getByText(`Er is een uitnodiging verstuurd naar ${NEW_USER.email}.`).waitFor();
    await dialog.waitFor({ state: 'detached' });

    const user = await newPage(browser);
    await acceptFromInvitationsPage(admin.page, user.page, NEW_USER);
    await expectHeading(user.page, `Welkom, ${NEW_USER.name}`);
    await user.page.getByRole('main').getByText('Je bent ingelogd als Deelnemer.').waitFor();
    await logOut(user.page, NEW_USER.name);

    await openUsers(admin.page);
    await search(admin.page, 'jansen');
    await admin.page.getByText('1 gebruiker', { exact: true }).waitFor();
    const row = admin.page.getByRole('row').filter({ hasText: NEW_USER.email });
    expect(await row.textContent()).toContain('Borne');

    await row.getByRole('button', { name: `Acties voor ${NEW_USER.name}` }).click();
    await admin.page.getByRole('menuitem', { name: 'Blokkeren' }).click();
    const confirm = admin.page.getByRole('dialog', { name: `${NEW_USER.name} blokkeren?` });
    await confirm.waitFor();
    await admin.page.getByRole('menu').waitFor({ state: 'detached' });
    await expectAccessibleDialog(admin.page, confirm);
    await confirm.getByRole('button', { name: 'Blokkeren' }).click();
    await admin.page.getByText(`${NEW_USER.name} is geblokkeerd.`).waitFor();
    await row.getByText('Geblokkeerd').waitFor();

    await logIn(user.page, NEW_USER.email, NEW_USER.password);
    await user.page.getByRole('alert').filter({ hasText: 'Dit account is geblokkeerd.' }).waitFor();

    await logOut(admin.page, ADMIN.name);
    await admin.context.close();
    await user.context.close();
  });

  it('a coordinator invited by an admin waits for a RIEC analyst, who approves on the role requests page', async () => {
    const admin = await newPage(browser);
    await logIn(admin.page, ADMIN.email);
    await openUsers(admin.page);
    await admin.page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await dialog.getByLabel(/^Naam/).fill(NEW_COORDINATOR.name);
    await dialog.getByLabel(/^E-mailadres/).fill(NEW_COORDINATOR.email);
    await chooseOption(admin.page, /^Rol/, 'Gemeentelijk coördinator');
    await chooseOption(admin.page, /^Gemeente/, 'Borne');
    await dialog.getByText('gaan pas in als een andere RIEC-analist', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await admin.page.getByText(`Er is een uitnodiging verstuurd naar ${NEW_COORDINATOR.email}.`).waitFor();

    // Accepting makes the account and the request; the role waits for the analyst.
    const user = await newPage(browser);
    await acceptFromInvitationsPage(admin.page, user.page, NEW_COORDINATOR);
    await user.page.getByText('Je account wacht op goedkeuring').waitFor();
    await logOut(user.page, NEW_COORDINATOR.name);
    await openUsers(admin.page);
    await search(admin.page, 'koster');
    const row = admin.page.getByRole('row').filter({ hasText: NEW_COORDINATOR.email });
    await row.getByText('Wacht op goedkeuring door een RIEC-analist: Gemeentelijk coördinator (Borne)').waitFor();
    await row.getByText('Nog geen rol').waitFor();
    await expectAccessible(admin.page);

    // Meanwhile the account has no role: a clear message, and only the public parts.
    await logIn(user.page, NEW_COORDINATOR.email, NEW_COORDINATOR.password);
    await user.page.getByText('Je account wacht op goedkeuring').waitFor();
    const links = await user.page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link')
      .allTextContents();
    expect(links).not.toContain('Aanbevelingen');
    expect(links).not.toContain('Scans');
    await expectAccessible(user.page);

    const analyst = await newPage(browser);
    await logIn(analyst.page, ANALYST.email);
    await analyst.page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Rolaanvragen' })
      .click();
    await expectHeading(analyst.page, 'Rolaanvragen');
    const request = analyst.page.getByRole('row').filter({ hasText: NEW_COORDINATOR.email });
    await request.getByText('Anne Admin').waitFor();
    await expectAccessible(analyst.page);
    await request.getByRole('button', { name: `Goedkeuren: ${NEW_COORDINATOR.name}` }).click();
    const confirm = analyst.page.getByRole('dialog', { name: `Rol van ${NEW_COORDINATOR.name} goedkeuren?` });
    await confirm.waitFor();
    await expectAccessible(analyst.page);
    await confirm.getByRole('button', { name: 'Goedkeuren' }).click();
    await analyst.page.getByText(`De rol van ${NEW_COORDINATOR.name} is goedgekeurd.`).waitFor();
    await request.waitFor({ state: 'detached' });

    // The approval ended the session: logging in again brings the role.
    await logIn(user.page, NEW_COORDINATOR.email, NEW_COORDINATOR.password);
    await user.page.getByRole('main').getByText('Je bent ingelogd als Gemeentelijk coördinator.').waitFor();

    await admin.context.close();
    await user.context.close();
    await analyst.context.close();
  });
});
