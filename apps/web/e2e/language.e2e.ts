import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, newPage } from './support';

// An account no other browser test uses, so its stored language cannot affect them.
const USER = { email: 'coordinator.enschede@rodedraad.example', name: 'Coördinator Enschede' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('language', () => {
  it('switches to English and remembers the choice for the user', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, USER.email);
    await expectHeading(page, `Welkom, ${USER.name}`);

    await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectHeading(page, `Welcome, ${USER.name}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).waitFor();
    await page.getByText('Demo: fictional data').waitFor();
    await expectAccessible(page);

    await page.reload();
    await expectHeading(page, `Welcome, ${USER.name}`);
    await context.close();

    // A new browser knows nothing of the choice until the account tells it.
    const fresh = await newPage(browser);
    await fresh.page.goto('/login');
    await expectHeading(fresh.page, 'Inloggen');
    await logIn(fresh.page, USER.email);
    await expectHeading(fresh.page, `Welcome, ${USER.name}`);
    expect(await fresh.page.getAttribute('html', 'lang')).toBe('en');
    await fresh.context.close();
  });

  it('translates the login page before anyone logs in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectHeading(page, 'Log in');
    await page.reload();
    await expectHeading(page, 'Log in');
    await page.getByLabel('E-mail address').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
