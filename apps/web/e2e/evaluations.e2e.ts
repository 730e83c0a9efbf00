import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

/** The demo's intervisie of two days ago: its attendees can still evaluate it (seed-programme). */
const RECENT = 'Intervisie coördinatoren weerbaarheid';
const ADDED_QUESTION = 'Wat kan er beter bij een volgende intervisie?';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const dayKey = (date: Date) => date.toISOString().slice(0, 10);

async function logInAs(page: Page, email: string, name: string): Promise<void> {
  await logIn(page, email);
  // Logged in only once the home page shows; going elsewhere earlier races the login.
  await expectHeading(page, `Welkom, ${name}`);
}

/** Opens the recent intervisie from the session list, filtered to the last ten days. */
async function openRecentSession(page: Page): Promise<void> {
  const from = dayKey(new Date(Date.now() - 10 * 24 * 3600 * 1000));
  await page.goto(`/sessions?from=${from}&to=${dayKey(new Date())}&q=${encodeURIComponent(RECENT)}`);
  await expectHeading(page, 'Bijeenkomsten');
  await page.getByRole('table').getByRole('link', { name: RECENT }).first().click();
  await expectHeading(page, RECENT);
}

describe('evaluations', () => {
  it('lets programme staff add a question to an activity’s set, with the lock rule stated', async () => {
    const { context, page } = await newPage(browser);
    await logInAs(page, 'staff@rodedraad.example', 'Sanne Programmateam');
    await openRecentSession(page);
    await page.getByRole('link', { name: 'Naar de activiteit' }).click();
    // The session page's heading has the same text: only the activity's own card says the page has changed.
    const card = page.getByRole('region', { name: 'Evaluatievragen' });
    await card.getByText('Hoe bruikbaar was deze intervisie voor je werk?').waitFor();
    await expectHeading(page, RECENT);
    await expectAccessible(page);

    await card.getByRole('button', { name: 'Vragen bewerken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evaluatievragen bewerken' });
    await dialog.getByText(/Een vraag die al beantwoord is, blijft zoals hij was/).waitFor();
    await dialog.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const added = dialog.getByRole('group', { name: 'Vraag 4' });
    await added.getByRole('combobox', { name: 'Soort vraag' }).selectOption('OPEN');
    await expectAccessible(page);
    // A blank question is refused on the spot.
    await dialog.getByRole('button', { name: 'Vragen opslaan' }).click();
    await added.getByText('Vul de vraag in.').waitFor();
    await added.getByRole('textbox', { name: 'Vraag' }).fill(ADDED_QUESTION);
    await dialog.getByRole('button', { name: 'Vragen opslaan' }).click();
    await page.getByText('De evaluatievragen zijn opgeslagen.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText(ADDED_QUESTION).waitFor();
    await context.close();
  });

  it('lets an attendee evaluate, then shows what they answered and lets them change it', async () => {
    const { context, page } = await newPage(browser);
    await logInAs(page, 'participant.hengelo@rodedraad.example', 'Deelnemer Hengelo');
    await openRecentSession(page);
    const panel = page.getByRole('region', { name: 'Evaluatie' });
    const usefulness = panel.getByRole('radiogroup', { name: /Hoe bruikbaar was deze intervisie/ });
    await usefulness.waitFor();
    await panel.getByText('1 = Niet bruikbaar, 5 = Zeer bruikbaar').waitFor();
    await expectAccessible(page);

    // The required question first: the form says so and sends nothing.
    await panel.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await panel.getByText('Beantwoord deze vraag.').waitFor();
    await usefulness.getByRole('radio', { name: '4' }).check();
    await panel.getByRole('textbox', { name: /Wat neem je mee naar je eigen organisatie/ }).fill('Een vaste agenda.');
    await panel.getByRole('textbox', { name: new RegExp(ADDED_QUESTION.replace('?', '\\?')) }).fill('Meer tijd.');
    await panel.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await page.getByText('Dank je wel voor je evaluatie.').waitFor();

    const done = page.getByRole('region', { name: 'Je hebt deze bijeenkomst al beoordeeld' });
    await done.getByText('4 van 5').waitFor();
    await done.getByText('Een vaste agenda.').waitFor();
    await done.getByText(/Je kunt je antwoorden wijzigen tot/).waitFor();
    await expectAccessible(page);

    await done.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
    const changing = page.getByRole('region', { name: 'Evaluatie' });
    await changing.getByRole('radio', { name: '5' }).first().check();
    await changing.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Je evaluatie is bijgewerkt.').waitFor();
    await page.getByRole('region', { name: 'Je hebt deze bijeenkomst al beoordeeld' }).getByText('5 van 5').waitFor();
    // Reloaded, the page still knows.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Je hebt deze bijeenkomst al beoordeeld' }).waitFor();
    await context.close();
  });

  it('shows staff per-question results of a released session with enough responses, and exports them anonymously', async () => {
    const { context, page } = await newPage(browser);
    await logInAs(page, 'staff@rodedraad.example', 'Sanne Programmateam');
    await page.goto('/sessions?from=2023-01-01&to=2023-12-31');
    await expectHeading(page, 'Bijeenkomsten');
    const links = page.getByRole('table').getByRole('link');
    await links.first().waitFor();
    const exportButton = page.getByRole('button', { name: 'Evaluaties (CSV)' });
    // Some demo sessions have fewer than three responses (withheld): take the first that shows results.
    let found = false;
    for (let i = 0; i < 6 && !found; i += 1) {
      await links.nth(i).click();
      const results = page.getByRole('region', { name: 'Evaluaties' });
      await results
        .getByText(/^(Gemiddeld oordeel|Er kwamen \d+ reacties)/)
        .first()
        .waitFor();
      found = (await exportButton.count()) > 0;
      if (!found) {
        await results.getByText(/minder dan de 3 die nodig zijn/).waitFor();
        await page.goBack();
        await links.first().waitFor();
      }
    }
    expect(found).toBe(true);
    const results = page.getByRole('region', { name: 'Evaluaties' });
    await results.getByRole('heading', { level: 3, name: 'Hoe waardeer je deze bijeenkomst als geheel?' }).waitFor();
    await results.getByText(/^\d,\d van 5$/).waitFor();
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await exportButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^evaluaties-2023-\d\d-\d\d\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFBijeenkomst;Hoe waardeer je deze bijeenkomst als geheel?')).toBe(true);
    expect(csv.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(4);
    expect(csv).not.toMatch(/Deelnemer|Coördinator|rodedraad\.example/);
    await page.getByText('De evaluaties zijn gedownload.').waitFor();
    await eventually(async () => !(await exportButton.isDisabled()), 'the export to finish');
    await context.close();
  });
});
