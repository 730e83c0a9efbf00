import { readFile } from 'node:fs/promises';
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

const FULL_SESSION = 'Intervisie coördinatoren weerbaarheid';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function openSessions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Bijeenkomsten' }).click();
  await expectHeading(page, 'Bijeenkomsten');
}

/** Searches the session list and opens the first session of the activity with this title. */
async function openSession(page: Page, title: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill(title);
  await eventually(async () => new URL(page.url()).searchParams.get('q') === title, 'the search to settle');
  await page.getByRole('table').getByRole('link', { name: title }).first().click();
  await expectHeading(page, title);
}

/**
 * Cancels the viewer's own registration for a session from "Mijn inschrijvingen"; the dialog must
 * say what happens to the seat (`consequence`).
 */
async function cancelOwnRegistration(email: string, title: string, consequence: string): Promise<void> {
  const { context, page } = await newPage(browser);
  await logIn(page, email);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Mijn inschrijvingen' })
    .click();
  await expectHeading(page, 'Mijn inschrijvingen');
  await page.getByRole('button', { name: `Afmelden voor ${title}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(consequence, { exact: true }).waitFor();
  await expectAccessibleDialog(page, dialog);
  await dialog.getByRole('button', { name: 'Afmelden', exact: true }).click();
  await page.getByText('Je bent afgemeld.').waitFor();
  await eventually(
    async () => (await page.getByRole('button', { name: `Afmelden voor ${title}` }).count()) === 0,
    'the registration to go',
  );
  await context.close();
}

describe('sessions', () => {
  it('lets a participant register for an open session', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    await openSessions(page);
    await page.getByRole('table').waitFor();
    await expectAccessible(page);

    await openSession(page, 'Workshop integriteitsmeldingen');
    await page
      .getByText(/^Nog \d+ plaatsen$/)
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Je bent ingeschreven voor deze bijeenkomst.').waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    await expectAccessible(page);

    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Mijn inschrijvingen' })
      .click();
    await expectHeading(page, 'Mijn inschrijvingen');
    await page.getByRole('link', { name: 'Workshop integriteitsmeldingen' }).waitFor();
    await page.getByText('Ingeschreven', { exact: true }).first().waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('puts a participant on the waitlist of a full session and promotes them when others cancel', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    await openSessions(page);
    await openSession(page, FULL_SESSION);
    await page.getByText('1 op de wachtlijst').first().waitFor();

    await page.getByRole('button', { name: 'Op de wachtlijst' }).click();
    const dialog = page.getByRole('dialog', { name: 'Op de wachtlijst voor deze bijeenkomst?' });
    await dialog.getByText(/automatisch door/).waitFor();
    // One person ahead: "1 persoon", not "1 mensen".
    await dialog.getByText(/Er staat nu 1 persoon voor je\./).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Op de wachtlijst' }).click();
    await page.getByText(/Je staat op de wachtlijst, op plaats 2\. Komt er een plaats vrij/).waitFor();
    await expectAccessible(page);

    // Hellendoorn is first in line: leaving the waitlist moves Almelo up; Borne's freed seat then goes to Almelo.
    await cancelOwnRegistration(
      'participant.hellendoorn@rodedraad.example',
      FULL_SESSION,
      'Je verliest je plaats op de wachtlijst.',
    );
    await page.reload();
    await page.getByText(/Je staat op de wachtlijst, op plaats 1\./).waitFor();
    await cancelOwnRegistration(
      'participant.borne@rodedraad.example',
      FULL_SESSION,
      'Je plaats gaat naar de eerste op de wachtlijst. Wil je later toch komen, dan schrijf je je opnieuw in, als er plaats is.',
    );
    await page.reload();
    await page.getByText('Je bent ingeschreven voor deze bijeenkomst.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets a coordinator register a colleague and see only their own municipality', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator.almelo@rodedraad.example');
    await openSessions(page);
    await openSession(page, 'Werkbezoek informatieknooppunt RIEC');
    const own = page.getByRole('region', { name: 'Inschrijvingen van je gemeente' });
    await own.getByText('Nog niemand van je gemeente is ingeschreven.').waitFor();
    await page.getByText(/alleen zichtbaar voor het programmateam/).waitFor();

    await own.getByRole('combobox', { name: 'Collega' }).click();
    await page.getByRole('option', { name: 'Deelnemer Almelo' }).click();
    await own.getByRole('button', { name: 'Collega inschrijven' }).click();
    await page.getByText('Deelnemer Almelo is ingeschreven.').waitFor();
    await own.getByRole('cell', { name: /^Deelnemer Almelo participant\.almelo@/ }).waitFor();
    await expectAccessible(page);

    await own.getByRole('button', { name: 'Deelnemer Almelo afmelden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deelnemer Almelo afmelden?' });
    // Nobody waits for this seat, and the coordinator is not the one who would register again.
    await dialog
      .getByText(
        'De plaats van Deelnemer Almelo komt vrij voor iemand anders. Deelnemer Almelo krijgt hierover een e-mail.',
        { exact: true },
      )
      .waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await own.getByText('Afgemeld', { exact: true }).waitFor();
    await context.close();
  });

  it('shows a month and a week calendar that the keyboard can move through', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator.almelo@rodedraad.example');
    await openSessions(page);
    await page.getByText('Maand', { exact: true }).click();
    await eventually(async () => new URL(page.url()).searchParams.get('view') === 'month', 'the month view');
    const grid = page.getByRole('grid');
    await grid.waitFor();
    await expectAccessible(page);

    const heading = page.getByRole('heading', { level: 2 }).first();
    const thisMonth = await heading.textContent();
    await page.getByRole('button', { name: 'Volgende maand' }).click();
    await eventually(async () => (await heading.textContent()) !== thisMonth, 'the next month');
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await eventually(async () => (await heading.textContent()) === thisMonth, 'back to this month');

    await grid.locator('td[tabindex="0"]').focus();
    const before = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowRight');
    await eventually(
      async () => (await page.evaluate(() => document.activeElement?.textContent)) !== before,
      'the focus to move a day',
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TD');

    await page.getByText('Week', { exact: true }).click();
    await eventually(async () => new URL(page.url()).searchParams.get('view') === 'week', 'the week view');
    await page.getByRole('button', { name: 'Volgende week' }).waitFor();
    expect(await grid.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('lets programme staff record attendance, export the participant list and read evaluations of a past session', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    // Logged in only once the home page shows; going elsewhere earlier races the login.
    await expectHeading(page, 'Welkom, Sanne Programmateam');
    await page.goto('/sessions?from=2023-01-01&to=2023-12-31');
    await expectHeading(page, 'Bijeenkomsten');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Inschrijvingen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Per gemeente' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Evaluaties' }).waitFor();
    // A 2023 session's evaluation window closed long ago: its results are released (or withheld below k).
    await page
      .getByText(/^(Gemiddeld oordeel|Er kwamen \d+ reacties)/)
      .first()
      .waitFor();
    const firstAttendance = page.getByRole('checkbox', { name: / was aanwezig$/ }).first();
    await firstAttendance.waitFor();
    await expectAccessible(page);

    const wasChecked = await firstAttendance.isChecked();
    await firstAttendance.click();
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await page.getByText('De aanwezigheid is opgeslagen.').waitFor();
    await page.reload();
    await eventually(
      async () =>
        (await page
          .getByRole('checkbox', { name: / was aanwezig$/ })
          .first()
          .isChecked()) !== wasChecked,
      'the saved attendance',
    );

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Deelnemerslijst (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^deelnemers-2023-\d\d-\d\d-.+\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toMatch(/Deelnemer|Coördinator/);
    // The list uses the app's word for a confirmed registration.
    expect(csv).toMatch(/;Ingeschreven;/);
    expect(csv).not.toContain('Bevestigd');
    expect(csv.split('\n').length).toBeGreaterThan(2);
    await context.close();
  });
});
