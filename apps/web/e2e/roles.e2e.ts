import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, logOut, newPage } from './support';

const DEMO_USERS = [
  { email: 'admin@rodedraad.example', name: 'Anne Admin', role: 'Beheerder', municipality: null, seesUsers: true },
  {
    email: 'staff@rodedraad.example',
    name: 'Sanne Programmateam',
    role: 'Programmateam',
    municipality: null,
    seesUsers: false,
  },
  { email: 'riec@rodedraad.example', name: 'Rik RIEC', role: 'RIEC-analist', municipality: null, seesUsers: false },
  {
    email: 'coordinator.almelo@rodedraad.example',
    name: 'Coördinator Almelo',
    role: 'Gemeentelijk coördinator',
    municipality: 'Almelo',
    seesUsers: false,
  },
  {
    email: 'participant.almelo@rodedraad.example',
    name: 'Deelnemer Almelo',
    role: 'Deelnemer',
    municipality: 'Almelo',
    seesUsers: false,
  },
] as const;

/** Everyone sees the regional picture and the themes; facets are for analysts, users for admins, recommendations for their readers. */
function navigationOf(email: (typeof DEMO_USERS)[number]['email']): string[] {
  const common = ['Home', 'Regionaal beeld', "Thema's", 'Programma', 'Roadmap', 'Bijeenkomsten', 'Leertrajecten'];
  if (email === 'admin@rodedraad.example') {
    return [...common, 'Agenda-koppelingen', 'Mijn berichten', 'Gebruikers', 'Uitnodigingen', 'Verzonden berichten'];
  }
  switch (email) {
    case 'riec@rodedraad.example':
      return [...common, 'Agenda-koppelingen', 'Mijn berichten', 'Facetten', 'Scans', 'Aanbevelingen', 'Rolaanvragen'];
    case 'coordinator.almelo@rodedraad.example':
      return [
        ...common,
        'Mijn leergroepen',
        'Mijn inschrijvingen',
        'Agenda-koppelingen',
        'Mijn berichten',
        'Scans',
        'Aanbevelingen',
        'Voortgang',
        'Auditlog',
        'Uitnodigingen',
      ];
    case 'participant.almelo@rodedraad.example':
      return [
        ...common,
        'Mijn leergroepen',
        'Mijn inschrijvingen',
        'Agenda-koppelingen',
        'Mijn berichten',
        'Mijn aanbevelingen',
      ];
    case 'staff@rodedraad.example':
      return [...common.slice(0, 5), 'Programma bouwen', ...common.slice(5), 'Agenda-koppelingen', 'Mijn berichten'];
    default:
      return [...common, 'Agenda-koppelingen', 'Mijn berichten'];
  }
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('logging in', () => {
  it('sends anonymous visitors to an accessible login page and explains a wrong password', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/admin/users');
    await page.waitForURL('**/login?next=%2Fadmin%2Fusers');
    await expectHeading(page, 'Inloggen');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul een geldig e-mailadres in.').waitFor();

    await logIn(page, 'staff@rodedraad.example', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  for (const user of DEMO_USERS) {
    it(`shows ${user.role} their home page and navigation, and logs out`, async () => {
      const { context, page } = await newPage(browser);
      await logIn(page, user.email);
      await expectHeading(page, `Welkom, ${user.name}`);
      const main = page.getByRole('main');
      await main.getByText(`Je bent ingelogd als ${user.role}.`).waitFor();
      if (user.municipality) {
        await main.getByText(user.municipality, { exact: true }).waitFor();
      } else {
        await main.getByText('Je werkt voor de regio als geheel.').waitFor();
      }

      const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
      const links = await navigation.getByRole('link').allTextContents();
      expect(links).toEqual(navigationOf(user.email));
      await page.getByText('Demo: fictieve gegevens').waitFor();
      await expectAccessible(page);

      if (!user.seesUsers) {
        // Typing the address does not open the admin area either.
        await page.goto('/admin/users');
        await expectHeading(page, 'Pagina niet gevonden');
      }

      await logOut(page, user.name);
      await page.getByText('Je bent uitgelogd.').waitFor();
      // The session is really gone: protected pages send us back to the login page.
      await page.goto('/');
      await page.waitForURL('**/login');
      await context.close();
    });
  }
});
