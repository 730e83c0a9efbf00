import type { ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inbox } from '../../api/src/test/smtp-inbox';
import { startServer } from './global-setup';
import { eventually, expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

const USER = { email: 'participant.almelo@rodedraad.example', name: 'Deelnemer Almelo' };
const NEW_PASSWORD = 'Een-eigen-nieuw-wachtwoord-2026';

/**
 * The shared demo server sends no mail. This file starts a server of its own, still with demo data,
 * with RD_DEMO_SEND_MAIL=1 and a real SMTP server in the test, and follows the link from the mail
 * that arrives there. The outbox worker delivers once a minute, hence the long waits.
 */
const inbox = new Inbox();
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

async function mailTo(address: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await eventually(
    async () => {
      found = inbox.messages.find((m) => JSON.stringify(m.to).includes(address));
      return found !== undefined;
    },
    `a mail to ${address}`,
    100_000,
  );
  return found!;
}

beforeAll(async () => {
  await inbox.start();
  server = await startServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(inbox.port),
    RD_DEMO_SEND_MAIL: '1',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.teardown();
  await inbox.stop();
});

describe('forgot password, by e-mail', () => {
  it('mails a one-time link; the new password ends the old sessions and logs in', { timeout: 180_000 }, async () => {
    const old = await newPage(browser, server.baseURL);
    await logIn(old.page, USER.email);
    await expectHeading(old.page, `Welkom, ${USER.name}`);

    const { context, page } = await newPage(browser, server.baseURL);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expectHeading(page, 'Wachtwoord vergeten');
    await expectAccessible(page);
    await page.getByLabel(/^E-mailadres/).fill(USER.email);
    await page.getByRole('button', { name: 'Stuur me een link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Als er een account bij ${USER.email} hoort` })
      .waitFor();

    const mail = await mailTo(USER.email);
    expect(mail.subject).toBe('Nieuw wachtwoord voor Rode Draad');
    const link = /(http\S+\/reset-password#[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
    expect(link, 'the link in the mail').toBeDefined();
    expect(link!.startsWith(server.baseURL)).toBe(true);

    await page.goto(link!);
    await expectHeading(page, 'Nieuw wachtwoord kiezen');
    expect(await page.getByRole('textbox', { name: 'E-mailadres' }).inputValue()).toBe(USER.email);
    await expectAccessible(page);
    await page.getByLabel(/^Nieuw wachtwoord/).fill('wachtwoord12');
    await page.getByLabel(/^Herhaal nieuw wachtwoord/).fill('wachtwoord12');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('makkelijk te raden', { exact: false }).first().waitFor();
    await page.getByLabel(/^Nieuw wachtwoord/).fill(NEW_PASSWORD);
    await page.getByLabel(/^Herhaal nieuw wachtwoord/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd' }).waitFor();

    // The session from before the reset is gone.
    await old.page.reload();
    await old.page.waitForURL('**/login**');
    await old.context.close();

    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await logIn(page, USER.email, NEW_PASSWORD);
    await expectHeading(page, `Welkom, ${USER.name}`);

    // The link works once.
    const again = await newPage(browser, server.baseURL);
    await again.page.goto(link!);
    await again.page.getByRole('alert').filter({ hasText: 'Deze link is al gebruikt' }).waitFor();
    expect(await again.page.getByRole('button', { name: 'Wachtwoord opslaan' }).count()).toBe(0);
    await again.context.close();
    await context.close();
  });

  it('answers an unknown address exactly like a known one, and sends it nothing', async () => {
    const unknown = 'niemand@rodedraad.example';
    const { context, page } = await newPage(browser, server.baseURL);
    await page.goto('/forgot-password');
    await page.getByLabel(/^E-mailadres/).fill(unknown);
    await page.getByRole('button', { name: 'Stuur me een link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Als er een account bij ${unknown} hoort` })
      .waitFor();
    expect(inbox.messages.filter((m) => JSON.stringify(m.to).includes(unknown))).toEqual([]);
    await context.close();
  });
});
