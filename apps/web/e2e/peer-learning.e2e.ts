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
  fillDate,
  fillTime,
} from './support';

/**
 * The open demo track "Zicht op vastgoed" has 11 enrolments; Wierden enrols as the 12th, staff pair
 * and publish, staff follow the groups (and last year's completed track), and Wierden sees its group
 * and history and works in it. The tests run in order and share that state.
 */
const TRACK = 'Zicht op vastgoed';
const PAST_TRACK = 'Bibob in de praktijk 2024';
const WIERDEN = 'coordinator.wierden@rodedraad.example';
const HELLENDOORN = 'coordinator.hellendoorn@rodedraad.example';
const STAFF = 'staff@rodedraad.example';

let browser: Browser;
let groupPath = '';
let wierdenPartners: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Activates a control by keyboard only: focus it as Tab would, then press the key. */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

/** Picks an option of a searchable Mantine select by typing, as a keyboard user does. */
async function choose(page: Page, select: Locator, text: string): Promise<void> {
  await select.focus();
  await page.keyboard.type(text);
  const option = page.getByRole('option', { name: text, exact: true });
  await option.waitFor();
  // On a busy machine the list may still be filtering when the first arrow lands: move on until our option is the one selected.
  for (let moves = 0; moves < 30 && (await option.getAttribute('data-combobox-selected')) === null; moves++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** Picks an option of a plain (not searchable) Mantine select with the arrow keys and Enter. */
async function pick(page: Page, select: Locator, text: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  const option = page.getByRole('option', { name: text, exact: true });
  await option.waitFor();
  for (let i = 0; i < 10 && (await option.getAttribute('data-combobox-selected')) === null; i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

async function openTrack(page: Page): Promise<void> {
  await press(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Leertrajecten' }));
  await expectHeading(page, 'Leertrajecten');
  await press(page.getByRole('link', { name: TRACK }));
  await expectHeading(page, TRACK);
}

/** The member names of group n as its heading reads: "Groep n: A – B". */
async function groupMembers(page: Page, n: number): Promise<string[]> {
  const heading = await page.getByRole('heading', { level: 3, name: new RegExp(`^Groep ${n}: `) }).textContent();
  return (heading ?? '').replace(/^Groep \d+: /, '').split(' – ');
}

/** The members of the group a municipality is in, from the group headings. */
async function groupWith(page: Page, name: string): Promise<string[]> {
  const headings = await page.getByRole('heading', { level: 3, name: /^Groep \d+: / }).allTextContents();
  const members = headings.map((h) => h.replace(/^Groep \d+: /, '').split(' – '));
  return members.find((group) => group.includes(name)) ?? [];
}

describe('peer learning', () => {
  it('lets a coordinator enrol the own municipality by keyboard only', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, WIERDEN);
    await page.waitForURL((url) => url.pathname !== '/login');
    await openTrack(page);
    await page.getByText('Wierden is niet ingeschreven.').waitFor();
    await expectAccessible(page);

    await press(page.getByRole('button', { name: 'Inschrijven' }));
    const dialog = page.getByRole('dialog', { name: `Inschrijven voor "${TRACK}"` });
    await expectAccessibleDialog(page, dialog);
    // Nothing declared yet: the form says so instead of saving.
    await press(dialog.getByRole('button', { name: 'Opslaan' }));
    await dialog.getByText('Geef bij ten minste één leerdoel aan').waitFor();

    // Radio groups move with the arrow keys: from 0 to 3.
    const wants = dialog.getByRole('radiogroup', { name: 'Wil leren: Zicht op gemeentelijk vastgoed' });
    await press(wants.getByRole('radio', { checked: true }), 'ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await wants.getByRole('radio', { name: '3 veel' }).isChecked()).toBe(true);
    const shares = dialog.getByRole('radiogroup', { name: 'Kan delen: Integrale controles' });
    await press(shares.getByRole('radio', { checked: true }), 'ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await shares.getByRole('radio', { name: '2 duidelijk' }).isChecked()).toBe(true);
    await dialog.getByText('Alleen het programmateam ziet deze voorkeuren').waitFor();
    expect(await dialog.getByRole('checkbox', { name: /Mijn partners mogen zien/ }).isChecked()).toBe(true);

    await press(dialog.getByRole('button', { name: 'Opslaan' }));
    await page.getByText('De inschrijving is opgeslagen.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^Wierden is ingeschreven/).waitFor();
    await page.getByRole('button', { name: 'Inschrijving intrekken' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets staff run the engine, lock a group, swap two municipalities, re-run and publish, by keyboard only', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, STAFF);
    await page.waitForURL((url) => url.pathname !== '/login');
    await openTrack(page);
    await press(page.getByRole('link', { name: 'Inschrijvingen en indeling' }));
    await expectHeading(page, `Indeling: ${TRACK}`);
    await page.getByRole('rowheader', { name: /^Wierden/ }).waitFor();
    await page.getByText('Er is nog geen indeling.').waitFor();

    await press(page.getByRole('button', { name: 'Koppeling starten' }));
    await page.getByText('De koppeling is uitgevoerd.').waitFor();
    await page.getByText('Bewezen optimaal').waitFor();
    expect(await page.getByTestId('proposal-group').count()).toBe(6);
    await expectAccessible(page);

    const locked = await groupMembers(page, 1);
    await press(page.getByRole('button', { name: 'Groep 1 vastzetten' }));
    await page.getByRole('button', { name: 'Groep 1 losmaken' }).waitFor();

    // Swap the first member of group 2 with the first of group 3; the preview shows the new total first.
    const [a, ...partnersOfA] = await groupMembers(page, 2);
    const [b, ...partnersOfB] = await groupMembers(page, 3);
    await choose(page, page.getByRole('combobox', { name: 'Gemeente', exact: true }), a!);
    await choose(page, page.getByRole('combobox', { name: 'Wisselen met', exact: true }), b!);
    await press(page.getByRole('button', { name: 'Toepassen' }));
    await page.getByTestId('preview-total').waitFor();
    expect(await page.getByTestId('preview-total').textContent()).toMatch(/^Nieuw totaal: \d+ punten \([+-]\d+\)/);
    await expectAccessible(page);
    await press(page.getByRole('button', { name: 'Indeling opslaan' }));
    await page.getByText('De indeling is opgeslagen.').waitFor();
    // The saved groups may come back in another order: find them by member.
    expect(await groupWith(page, a!)).toEqual(expect.arrayContaining(partnersOfB));
    expect(await groupWith(page, b!)).toEqual(expect.arrayContaining(partnersOfA));

    // The groups shown are the re-run's once the proposal has been fetched again after it.
    const rerun = page.waitForResponse(
      (r) => r.request().postData()?.includes('"operationName":"PeerProposal"') === true,
    );
    await press(page.getByRole('button', { name: 'Opnieuw koppelen (vastgezette groepen blijven)' }));
    await rerun;
    // The locked group survives the re-run.
    const lockedCard = page.getByTestId('proposal-group').filter({ hasText: 'Vastgezet' });
    expect(await lockedCard.count()).toBe(1);
    for (const name of locked) {
      expect(await lockedCard.textContent()).toContain(name);
    }

    await press(page.getByRole('button', { name: 'Publiceren' }));
    const confirm = page.getByRole('dialog', { name: 'Indeling publiceren?' });
    await confirm.waitFor();
    await expectAccessible(page);
    await press(confirm.getByRole('button', { name: 'Publiceren' }));
    await page.getByText('De indeling is gepubliceerd.').waitFor();
    await page.getByText(/^Gepubliceerd op/).waitFor();
    const wierdenGroup = page.getByRole('heading', { level: 3, name: /Wierden/ });
    wierdenPartners = ((await wierdenGroup.textContent()) ?? '')
      .replace(/^Groep \d+: /, '')
      .split(' – ')
      .filter((name) => name !== 'Wierden');
    expect(wierdenPartners.length).toBeGreaterThan(0);
    await context.close();
  });

  it('shows staff each group at work, of the open track and of a completed one, by keyboard only', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, STAFF);
    await page.waitForURL((url) => url.pathname !== '/login');
    await openTrack(page);
    const overview = page.getByRole('region', { name: 'Groepen aan het werk' });
    await overview.getByText(/^6 gepubliceerde groepen\./).waitFor();
    const wierdenRow = overview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Wierden/ }) });
    // Just published: nothing planned or held yet, and too early to call the group idle.
    const cells = await wierdenRow.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['0', '0', 'Nog geen', 'Geen actie nodig']);
    expect(cells[4]).toMatch(/^0 van [23]$/);
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toMatch(/Besproken|Afgesproken vervolg/);
    await expectAccessible(page);

    // Completed tracks stay reachable: filter the list on stage, open last year's track.
    await press(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Leertrajecten' }));
    await expectHeading(page, 'Leertrajecten');
    await pick(page, page.getByRole('combobox', { name: 'Fase' }), 'Afgerond');
    await page.waitForURL((url) => url.searchParams.get('phase') === 'completed');
    // The previous page stays until the filtered one arrives.
    await page.getByRole('link', { name: PAST_TRACK }).waitFor();
    await eventually(async () => (await page.getByRole('link', { name: TRACK }).count()) === 0, 'the stage filter');
    await press(page.getByRole('link', { name: PAST_TRACK }));
    await expectHeading(page, PAST_TRACK);
    const past = page.getByRole('region', { name: 'Groepen aan het werk' });
    await past.getByRole('rowheader', { name: 'Groep 1: Almelo – Enschede' }).waitFor();
    await past.getByRole('heading', { name: 'Evaluatie van het traject' }).waitFor();
    // A completed track's groups are done, never flagged idle.
    expect(await past.getByText('Twee maanden geen bijeenkomst').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('shows the coordinator the partner and the consented goals, never scores', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, WIERDEN);
    await page.waitForURL((url) => url.pathname !== '/login');
    await press(
      page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn leergroepen' }),
    );
    await expectHeading(page, 'Mijn leergroepen');
    const card = page.getByRole('article', { name: TRACK });
    for (const partner of wierdenPartners) {
      await card.getByText(partner, { exact: true }).waitFor();
    }
    // The history lists the track with the same partners, and nothing they declared.
    const history = page.getByRole('region', { name: 'Onze leergeschiedenis' });
    const row = history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TRACK }) });
    for (const partner of wierdenPartners) {
      await row.getByText(partner, { exact: true }).waitFor();
    }
    expect((await history.textContent()) ?? '').not.toMatch(/score|punten|Wil leren|Kan delen/i);
    await expectAccessible(page);

    await press(card.getByRole('link', { name: `Bekijk groep: ${TRACK}` }));
    await expectHeading(page, `Leergroep: ${TRACK}`);
    groupPath = new URL(page.url()).pathname;
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toMatch(/score|punten|Wil leren|Kan delen/i);
    const goals = page.getByTestId('paired-goals');
    if ((await goals.count()) > 0) {
      // Only lines that involve this group, worded as who learns from whom.
      expect(await goals.textContent()).toMatch(/leert van/);
    } else {
      await page.getByText('Geen gekoppelde leerdoelen te tonen').waitFor();
    }
    await expectAccessible(page);
    await context.close();
  });

  it('lets a member plan and edit a meeting and edit its own log entry, by keyboard only', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, WIERDEN);
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto(groupPath);
    await expectHeading(page, `Leergroep: ${TRACK}`);
    await page.getByText('Nog geen bijeenkomsten gepland.').waitFor();

    await page.getByRole('combobox', { name: 'Soort' }).selectOption('INTERVISIE');
    await fillDate(page, 'Begin, datum', '2027-03-02');
    await fillTime(page, 'Begin', '10:00');
    await fillDate(page, 'Einde, datum', '2027-03-02');
    await fillTime(page, 'Einde', '12:00');
    await page.getByLabel('Plaats', { exact: true }).fill('Gemeentehuis');
    await press(page.getByRole('button', { name: 'Bijeenkomst plannen' }));
    await page.getByText('De bijeenkomst is gepland.').waitFor();

    await press(page.getByRole('button', { name: /^Wijzigen: Intervisie/ }));
    const dialog = page.getByRole('dialog', { name: 'Bijeenkomst wijzigen' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Plaats', { exact: true }).inputValue()).toBe('Gemeentehuis');
    // The date picker reads day-month-year in the Dutch interface, the time on a 24-hour clock.
    expect(await dialog.getByLabel('Begin, datum').inputValue()).toBe('02-03-2027');
    expect(await dialog.getByLabel('Einde, uur', { exact: true }).inputValue()).toBe('12');
    await expectAccessible(page);
    await dialog.getByLabel('Plaats', { exact: true }).fill('Gemeentehuis Wierden, zaal 2');
    await press(dialog.getByRole('button', { name: 'Opslaan' }));
    await page.getByText('De bijeenkomst is gewijzigd.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Gemeentehuis Wierden, zaal 2').waitFor();

    await page.getByRole('textbox', { name: 'Besproken' }).fill('Werkwijze vastgoedscan');
    await press(page.getByRole('button', { name: 'Toevoegen aan verslag' }));
    await page.getByText('Het verslag is aangevuld.').waitFor();
    await press(page.getByRole('button', { name: /^Verslagregel van .+ wijzigen$/ }));
    const logDialog = page.getByRole('dialog', { name: 'Verslagregel wijzigen' });
    await logDialog.waitFor();
    await logDialog.getByRole('textbox', { name: 'Afgesproken vervolg' }).fill('Wierden deelt het stappenplan');
    await press(logDialog.getByRole('button', { name: 'Opslaan' }));
    await page.getByText('De verslagregel is gewijzigd.').waitFor();
    await page.getByText('Wierden deelt het stappenplan').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('answers another municipality and staff "not found" for the group by URL', async () => {
    expect(groupPath).toMatch(/^\/peer-groups\//);
    for (const email of [HELLENDOORN, STAFF]) {
      const { context, page } = await newPage(browser);
      await logIn(page, email);
      await page.waitForURL((url) => url.pathname !== '/login');
      await page.goto(groupPath);
      await expectHeading(page, 'Pagina niet gevonden');
      expect(await page.getByText('Wierden').count()).toBe(0);
      await context.close();
    }
  });
});
