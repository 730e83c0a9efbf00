import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

const SESSION = 'Kennissessie Bibob en vastgoed';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The feed as a calendar app fetches it: no cookies, only the secret in the path (on the test server's address). */
async function fetchFeed(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(new URL(url).pathname, inject('baseURL')));
  return { status: response.status, body: await response.text() };
}

async function shownUrl(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Je agenda-link' });
  await dialog.waitFor();
  await expectAccessible(page);
  const url = await dialog.getByRole('textbox', { name: 'Agenda-link' }).inputValue();
  await dialog.getByRole('button', { name: 'Klaar' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return url;
}

describe('calendar feeds', () => {
  it('gives a participant a feed of their sessions, shown once, and a new link that retires the old one', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    // A registration of this test's own, so the feed has something to show whatever ran before.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Bijeenkomsten' }).click();
    await expectHeading(page, 'Bijeenkomsten');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(SESSION);
    await eventually(async () => new URL(page.url()).searchParams.get('q') === SESSION, 'the search to settle');
    await page.getByRole('table').getByRole('link', { name: SESSION }).first().click();
    await expectHeading(page, SESSION);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Je bent ingeschreven voor deze bijeenkomst.').waitFor();

    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Agenda-koppelingen' })
      .click();
    await expectHeading(page, 'Agenda-koppelingen');
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Mijn inschrijvingen' }).check();
    await page.getByRole('button', { name: 'Koppeling maken' }).click();
    const url = await shownUrl(page);
    expect(url).toMatch(/\/calendar\/[\w-]+\.ics$/);

    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(feed.body).toContain('BEGIN:VEVENT');
    expect(feed.body.replace(/\r\n[ \t]/g, '')).toContain(SESSION);

    await page.getByRole('button', { name: 'Nieuwe link maken voor Mijn inschrijvingen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Nieuwe link maken?' });
    await confirm.getByText(/oude link werkt daarna meteen niet meer/).waitFor();
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Nieuwe link maken' }).click();
    const newUrl = await shownUrl(page);
    expect(newUrl).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(newUrl)).body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    await context.close();
  });

  it('shows admins the delivery of mail in the outbox, filtered by kind, never what a message says', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'admin@rodedraad.example');
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Verzonden berichten' })
      .click();
    await expectHeading(page, 'Verzonden berichten');
    await page.getByRole('table').waitFor();
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Soort' }).click();
    await page.getByRole('option', { name: 'Inschrijving', exact: true }).click();
    await eventually(async () => new URL(page.url()).searchParams.get('kind') === 'REGISTERED', 'the kind filter');
    // The participant's registration (the test above) is listed by address and kind, not by session.
    const row = page.getByRole('row').filter({ hasText: 'participant.almelo@rodedraad.example' }).first();
    await row.getByText('Inschrijving').waitFor();
    // Demo mode: handled within the worker's minute, never sent.
    await row.getByText(/^(Demo \(niet verzonden\)|Wacht op verzending)$/).waitFor();
    expect(await page.getByText(SESSION).count()).toBe(0);
    expect(await page.getByText('Ingeschreven:').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
