import type { Browser, Locator, Page } from 'playwright-core';
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

// Not registered for anything in the demo, and used by no other browser test.
const PARTICIPANT = 'participant.tubbergen@rodedraad.example';
const OPEN_SESSION = 'Workshop integriteitsmeldingen';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** What has focus, for messages: focus on <body> is the failure these tests guard against. */
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active ? `${active.tagName.toLowerCase()} "${active.textContent?.trim().slice(0, 60) ?? ''}"` : 'none';
  });

async function expectFocusOn(page: Page, locator: Locator, what: string): Promise<void> {
  try {
    await eventually(() => isFocused(locator), what);
  } catch {
    throw new Error(`expected focus on ${what}, found it on ${await focusedElement(page)}`);
  }
}

/** The computed outline of whatever has focus: the visible focus ring. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active) {
      return { width: 0, style: 'none' };
    }
    const style = getComputedStyle(active);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });

describe('accessibility', () => {
  it('starts the login page in the e-mail field and shows a 2 px focus ring on inputs and buttons', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    const email = page.getByLabel('E-mailadres');
    await expectFocusOn(page, email, 'the e-mail field');

    const inputRing = await focusRing(page);
    expect(inputRing.style).toBe('solid');
    expect(inputRing.width).toBeGreaterThanOrEqual(2);

    const submit = page.getByRole('button', { name: 'Inloggen' });
    for (let tab = 0; tab < 5 && !(await isFocused(submit)); tab++) {
      await page.keyboard.press('Tab');
    }
    await expectFocusOn(page, submit, 'the login button, by Tab');
    const buttonRing = await focusRing(page);
    expect(buttonRing.style).toBe('solid');
    expect(buttonRing.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('moves focus to the heading after navigation and keeps it in place after registering and cancelling', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, PARTICIPANT);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Bijeenkomsten' }).click();
    await expectHeading(page, 'Bijeenkomsten');
    await expectFocusOn(page, page.getByRole('heading', { level: 1 }), 'the page heading after navigation');

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(OPEN_SESSION);
    await eventually(async () => new URL(page.url()).searchParams.get('q') === OPEN_SESSION, 'the search to settle');
    // Filtering changes only the query string: focus stays in the search field.
    expect(await isFocused(page.getByRole('searchbox', { name: 'Zoeken' }))).toBe(true);
    await page.getByRole('table').getByRole('link', { name: OPEN_SESSION }).first().click();
    await expectHeading(page, OPEN_SESSION);
    await expectFocusOn(page, page.getByRole('heading', { level: 1 }), 'the session heading after navigation');

    const panel = page.getByRole('region', { name: 'Inschrijving', exact: true });
    await panel.getByRole('button', { name: 'Inschrijven' }).click();
    const confirmed = panel.getByText('Je bent ingeschreven voor deze bijeenkomst.');
    await confirmed.waitFor();
    await expectFocusOn(page, panel.locator('[tabindex="-1"]'), 'the new status');

    await panel.getByRole('button', { name: 'Afmelden' }).click();
    const dialog = page.getByRole('dialog', { name: `Afmelden voor "${OPEN_SESSION}"?` });
    await expectAccessibleDialog(page, dialog);
    await dialog.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const registerAgain = panel.getByRole('button', { name: 'Inschrijven' });
    await registerAgain.waitFor();
    await expectFocusOn(page, registerAgain, 'the register button that replaced the cancel button');
    await expectAccessible(page);
    await context.close();
  });

  it('gives focus back to the save button after saving follow-up', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator.twenterand@rodedraad.example');
    await expectHeading(page, 'Welkom, Coördinator Twenterand');
    await page.goto('/recommendations');
    await expectHeading(page, 'Aanbevelingen');
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
    const form = page.getByRole('form', { name: 'Opvolging vastleggen' });
    await form.waitFor();
    await form.getByLabel('Voortgang', { exact: true }).fill('Besproken in het MT.');
    const save = form.getByRole('button', { name: 'Opvolging opslaan' });
    await save.click();
    await page.getByText('De opvolging is opgeslagen.').waitFor();
    await expectFocusOn(page, save, 'the save button after saving');
    await context.close();
  });

  it('shows the sessions as cards with folded filters on a 390 px screen, without sideways scrolling or a fixed footer', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, PARTICIPANT);
    await expectHeading(page, 'Welkom, Deelnemer Tubbergen');
    await page.goto('/sessions');
    await expectHeading(page, 'Bijeenkomsten');

    const cards = page.getByRole('list', { name: 'Bijeenkomsten, op begintijd' });
    await cards.getByRole('listitem').first().waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    const filters = page.getByRole('button', { name: 'Filters' });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('searchbox', { name: 'Zoeken' }).isVisible()).toBe(false);
    await filters.click();
    await page.getByRole('searchbox', { name: 'Zoeken' }).waitFor();
    expect(await filters.getAttribute('aria-expanded')).toBe('true');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pixels the page scrolls sideways').toBeLessThanOrEqual(0);
    const footerPosition = await page.locator('footer').evaluate((footer) => getComputedStyle(footer).position);
    expect(footerPosition).not.toBe('fixed');
    await expectAccessible(page);
    await context.close();
  });

  it('links the accessibility statement from the footer, also when logged out', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expectHeading(page, 'Toegankelijkheidsverklaring');
    await page.getByText('Status C: eerste maatregelen genomen.').waitFor();
    await page.getByRole('heading', { name: 'Wat we hebben getoetst en hoe' }).waitFor();
    await page.getByRole('heading', { name: 'Wat nog niet goed werkt' }).waitFor();
    await page.getByRole('link', { name: /^toegankelijkheid@/ }).waitFor();
    await expectAccessible(page);

    await logIn(page, PARTICIPANT);
    await expectHeading(page, 'Welkom, Deelnemer Tubbergen');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expectHeading(page, 'Toegankelijkheidsverklaring');
    await context.close();
  });
});
