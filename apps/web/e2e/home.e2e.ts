import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

/**
 * Every demo role lands on a home page with live items from the demo data (seed-home-items.ts and
 * the other seeds), each a link to the page where it is handled. Items other browser tests could
 * change (registrations, statuses) are not relied on.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function openHome(page: Page, email: string, name: string): Promise<void> {
  await logIn(page, email);
  await expectHeading(page, `Welkom, ${name}`);
}

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });

/** The first link of a home section: waits for it, checks where it leads, and returns its text. */
async function firstItem(page: Page, title: string | RegExp, href: RegExp): Promise<string> {
  const link = section(page, title).getByRole('listitem').getByRole('link').first();
  await link.waitFor();
  expect(await link.getAttribute('href')).toMatch(href);
  return (await link.textContent()) ?? '';
}

describe('home pages', () => {
  it('shows the participant the session to evaluate and open tracks, leading to the session', async () => {
    const { context, page } = await newPage(browser);
    await openHome(page, 'participant.almelo@rodedraad.example', 'Deelnemer Almelo');
    await firstItem(page, 'Leertrajecten open voor inschrijving', /^\/peer-tracks\/[\w-]+$/);
    const session = await firstItem(page, 'Nog te evalueren', /^\/sessions\/[\w-]+$/);
    await section(page, 'Nog te evalueren')
      .getByText(/^Evalueren kan tot /)
      .first()
      .waitFor();
    await expectAccessible(page);
    await section(page, 'Nog te evalueren').getByRole('link', { name: session }).click();
    await expectHeading(page, session);
    await context.close();
  });

  it("shows the coordinator the own follow-up and open enrolment, and nothing of Almelo to Enschede's", async () => {
    const almelo = await newPage(browser);
    await openHome(almelo.page, 'coordinator.almelo@rodedraad.example', 'Coördinator Almelo');
    const followUp = section(almelo.page, 'Opvolging van aanbevelingen');
    await followUp.getByText(/^Open: \d+ · In uitvoering: \d+/).waitFor();
    await firstItem(almelo.page, 'Opvolging van aanbevelingen', /^\/recommendations\/[\w-]+$/);
    const almeloItems = await followUp.getByRole('listitem').getByRole('link').allTextContents();
    const track = await firstItem(almelo.page, 'Leertrajecten open voor inschrijving', /^\/peer-tracks\/[\w-]+$/);
    await expectAccessible(almelo.page);
    await section(almelo.page, 'Leertrajecten open voor inschrijving').getByRole('link', { name: track }).click();
    await expectHeading(almelo.page, track);
    await almelo.context.close();

    const enschede = await newPage(browser);
    await openHome(enschede.page, 'coordinator.enschede@rodedraad.example', 'Coördinator Enschede');
    const theirs = section(enschede.page, 'Opvolging van aanbevelingen');
    await theirs.getByText(/^Open: \d+/).waitFor();
    const enschedeItems = await theirs.getByRole('listitem').getByRole('link').allTextContents();
    expect(enschedeItems.filter((title) => almeloItems.includes(title))).toEqual([]);
    await enschede.context.close();
  });

  it('shows programme staff upcoming sessions with their fill and themes without offer', async () => {
    const { context, page } = await newPage(browser);
    await openHome(page, 'staff@rodedraad.example', 'Sanne Programmateam');
    const session = await firstItem(page, 'Komende bijeenkomsten', /^\/sessions\/[\w-]+$/);
    await section(page, 'Komende bijeenkomsten')
      .getByText(/\d+ van \d+ plaatsen bezet/)
      .first()
      .waitFor();
    // Other browser tests free the demo's waitlisted seats (cancelling promotes them), so the section
    // may be empty here; its items are covered by features/home/home.test.ts.
    await section(page, 'Wachtlijsten').waitFor();
    await firstItem(page, "Thema's zonder komend aanbod", /^\/themes\/[\w-]+$/);
    await expectAccessible(page);
    await section(page, 'Komende bijeenkomsten').getByRole('link', { name: session }).first().click();
    await expectHeading(page, session);
    await context.close();
  });

  it('shows the analyst old scans, the last snapshot and the role request to decide', async () => {
    const { context, page } = await newPage(browser);
    await openHome(page, 'riec@rodedraad.example', 'Rik RIEC');
    await firstItem(
      page,
      /^Scans die ontbreken of ouder zijn dan \d+ jaar$/,
      /^\/(scans|recommendations)\?municipality=/,
    );
    await firstItem(page, 'Regionaal beeld', /^\/picture\/snapshots\/[\w-]+$/);
    await section(page, 'Rolaanvragen die wachten op goedkeuring')
      .getByRole('link', { name: 'Kim Kandidaat' })
      .waitFor();
    await expectAccessible(page);
    await section(page, 'Rolaanvragen die wachten op goedkeuring').getByRole('link', { name: 'Kim Kandidaat' }).click();
    await expectHeading(page, 'Rolaanvragen');
    await context.close();
  });

  it('shows the administrator failed e-mails, blocked accounts and waiting role requests', async () => {
    const { context, page } = await newPage(browser);
    await openHome(page, 'admin@rodedraad.example', 'Anne Admin');
    await firstItem(page, 'Geblokkeerde accounts', /^\/admin\/users\?q=/);
    await section(page, 'Rolaanvragen die wachten op goedkeuring')
      .getByRole('link', { name: 'Kim Kandidaat' })
      .waitFor();
    const failed = await firstItem(page, 'Mislukte e-mails', /^\/admin\/outbox\?status=FAILED$/);
    expect(failed).toMatch(/^\d+ e-mails? kon(den)? niet worden bezorgd$/);
    await expectAccessible(page);
    await section(page, 'Mislukte e-mails').getByRole('link', { name: failed }).click();
    await expectHeading(page, 'Verzonden berichten');
    await context.close();
  });
});
