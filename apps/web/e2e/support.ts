import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'rodedraad-demo';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh context per test: no cookies, storage or language choice leak between tests. */
export async function newPage(
  browser: Browser,
  baseURL = inject('baseURL'),
): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion makes Mantine skip transitions, so axe never sees a half-faded dialog.
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

/** Fails on serious or critical axe findings, listing them so the report says what to fix. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const problems = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(problems, `accessibility problems on ${page.url()}`).toEqual([]);
}

/**
 * axe with a dialog open: the dialog must be shown, named, and hold the focus (Mantine traps it there),
 * and the page with the dialog on top must have no serious or critical findings, option lists and
 * error messages inside it included.
 */
export async function expectAccessibleDialog(page: Page, dialog: Locator): Promise<void> {
  await dialog.waitFor();
  const name = await dialog.evaluate((element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    const label = labelledBy ? document.getElementById(labelledBy)?.textContent : element.getAttribute('aria-label');
    return label?.trim() ?? '';
  });
  expect(name, 'the dialog has an accessible name').not.toBe('');
  await eventually(
    () => dialog.evaluate((element) => element.contains(document.activeElement)),
    'focus to move into the dialog',
  );
  await expectAccessible(page);
}

/** Waits for the page's <h1> to read exactly `text`: navigation and rendering finish asynchronously. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel(/^Wachtwoord/).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

export async function logOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Gebruikersmenu van ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/login');
}

/** Polls a condition that the page reaches asynchronously (debounced search, refetches). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

type Scope = Pick<Page, 'getByLabel'>;

/**
 * Types a date into a date field (components/DateFields.tsx) as a user does: day-month-year
 * ("16-03-2027"), then leaves the field so its calendar closes. `iso` is 'YYYY-MM-DD'.
 */
export async function fillDate(scope: Scope, label: string | RegExp, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const field = scope.getByLabel(label);
  await field.fill(`${day}-${month}-${year}`);
  await field.blur();
}

/** Types 'HH:mm' into a time field: the hours, then the minutes (labelled "<label>, uur" / ", minuten"). */
export async function fillTime(scope: Scope, label: string, time: string): Promise<void> {
  const [hours, minutes] = time.split(':') as [string, string];
  const hoursField = scope.getByLabel(`${label}, uur`, { exact: true });
  await hoursField.focus();
  await hoursField.pressSequentially(hours);
  const minutesField = scope.getByLabel(`${label}, minuten`, { exact: true });
  await minutesField.focus();
  await minutesField.pressSequentially(minutes);
  await minutesField.blur();
}
