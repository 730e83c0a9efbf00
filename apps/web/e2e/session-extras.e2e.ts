import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

/** The demo's past session with materials, where participant.almelo was present (seed-session-extras). */
const SESSION = 'Kennissessie terugblik: aanpak drugspanden';
const LINK_TITLE = 'Presentatie terugblik (e2e)';
const SUBJECT = 'Nagekomen presentatie (e2e)';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The session's page, through the list of the past three months. */
async function openSession(page: Page): Promise<void> {
  const from = new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.goto(`/sessions?q=${encodeURIComponent(SESSION)}&from=${from}`);
  await expectHeading(page, 'Bijeenkomsten');
  await page.getByRole('table').getByRole('link', { name: SESSION }).first().click();
  await expectHeading(page, SESSION);
}

describe('around a session', () => {
  it('programme staff add a link, remove one after confirming, and write to the registrants', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'staff@rodedraad.example');
    await expectHeading(page, 'Welkom, Sanne Programmateam');
    await openSession(page);
    const materials = page.getByRole('region', { name: 'Materiaal' });
    await materials.getByRole('link', { name: 'Handreiking aanpak drugspanden (CCV)' }).waitFor();

    for (const [title, url] of [
      [LINK_TITLE, 'https://weerbaar.example/terugblik'],
      ['Verkeerde link (e2e)', 'https://weerbaar.example/fout'],
    ] as const) {
      await materials.getByRole('button', { name: 'Link toevoegen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Link toevoegen' });
      await dialog.getByRole('textbox', { name: 'Titel' }).fill(title);
      await dialog.getByRole('textbox', { name: 'Webadres' }).fill('geen adres');
      await dialog.getByRole('button', { name: 'Toevoegen' }).click();
      await dialog.getByText('Vul een webadres in dat met https:// of http:// begint.').waitFor();
      await expectAccessible(page);
      await dialog.getByRole('textbox', { name: 'Webadres' }).fill(url);
      await dialog.getByRole('button', { name: 'Toevoegen' }).click();
      await materials.getByRole('link', { name: title }).waitFor();
    }

    await materials.getByRole('button', { name: 'Verkeerde link (e2e) verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Materiaal verwijderen?' });
    await confirm.getByText('"Verkeerde link (e2e)" verdwijnt voor iedereen.', { exact: false }).waitFor();
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await materials.getByRole('link', { name: 'Verkeerde link (e2e)' }).waitFor({ state: 'detached' });
    expect(await materials.getByRole('link', { name: LINK_TITLE }).count()).toBe(1);

    await page.getByRole('button', { name: 'Bericht schrijven' }).click();
    const message = page.getByRole('dialog', { name: 'Bericht aan deelnemers' });
    await message.getByRole('button', { name: 'Versturen' }).click();
    await message.getByText('Vul een onderwerp in.').waitFor();
    await expectAccessible(page);
    await message.getByRole('radio', { name: 'Iedereen die aangemeld is' }).check();
    await message.getByRole('textbox', { name: 'Onderwerp' }).fill(SUBJECT);
    await message.getByRole('textbox', { name: 'Bericht' }).fill('De presentatie staat nu bij het materiaal.');
    await message.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Je bericht is naar 1 persoon gestuurd.').waitFor();
    await message.waitFor({ state: 'detached' });
    await expectAccessible(page);
    await context.close();
  });

  it('a registered participant who was present sees the materials, downloads the .ics and the certificate, and reads the message', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.almelo@rodedraad.example');
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await openSession(page);
    const materials = page.getByRole('region', { name: 'Materiaal' });
    await materials.getByRole('link', { name: 'Handreiking aanpak drugspanden (CCV)' }).waitFor();
    await materials.getByRole('link', { name: LINK_TITLE }).waitFor();
    // Reading is all a participant does here.
    expect(await materials.getByRole('button', { name: 'Link toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Bericht schrijven' }).count()).toBe(0);
    await expectAccessible(page);

    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Zet in mijn agenda' }).click(),
    ]);
    expect(ics.suggestedFilename()).toMatch(/^rode-draad-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = (await readFile(await ics.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('BEGIN:VTIMEZONE');
    expect(calendar).toContain(`SUMMARY:${SESSION.replace(/[,;]/g, (c) => `\\${c}`)}`);
    // A confirmed seat: the online link comes along.
    expect(calendar).toContain('https://meet.example/weerbaar-twente');

    const [certificate] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download bewijs van deelname' }).click(),
    ]);
    expect(certificate.suggestedFilename()).toMatch(/^bewijs-van-deelname-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await readFile(await certificate.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Mijn berichten' })
      .click();
    await expectHeading(page, 'Mijn berichten');
    await page.getByRole('button', { name: new RegExp(`${SESSION}: ${SUBJECT.replace(/[()]/g, '\\$&')}`) }).click();
    await page.getByText('De presentatie staat nu bij het materiaal.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('a participant who was not there sees neither materials nor a certificate', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'participant.losser@rodedraad.example');
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await openSession(page);
    await page.getByRole('link', { name: 'Zet in mijn agenda' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: 'Materiaal' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Download bewijs van deelname' }).count()).toBe(0);
    await context.close();
  });
});
