import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Client, LOGIN, type GraphQLResponse } from '../../test/client';
import { TEST_PASSWORD, createUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

// Counts the real argon2 verifications the login makes, to see how many guesses were checked.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../auth/password')>();
  return {
    ...actual,
    verifyPassword: (hash: string, password: string) => {
      verifications.count += 1;
      return actual.verifyPassword(hash, password);
    },
  };
});

// The default rules, with shorter delays and a smaller address limit so the tests stay quick.
const RULES = { pairLimit: 10, addressLimit: 25, accountSlowAfter: 3, delayStepMs: 30, delayMaxMs: 150 };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ trustProxy: 1 }, { loginThrottle: RULES });
});
afterAll(() => app.close());
beforeEach(() => {
  verifications.count = 0;
});

let nextAddress = 1;
/** A client behind the trusted proxy, at an address no other test uses. */
const fromNewAddress = () =>
  new Client(app, { 'x-forwarded-for': `10.1.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}` });

const attempt = (client: Client, email: string, password: string) => client.gql(LOGIN, { email, password });
const codes = (results: GraphQLResponse[]) => results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
const count = (items: string[], item: string) => items.filter((i) => i === item).length;

describe('login throttling', () => {
  it('checks no more than the limit of 40 parallel wrong guesses for one account', async () => {
    const user = await createUser(app, 'RIEC_ANALYST');
    const attacker = fromNewAddress();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(attacker, user.email, `wrong-guess-${i}`)),
    );
    expect(verifications.count).toBe(RULES.pairLimit);
    const answers = codes(results);
    expect(count(answers, 'UNAUTHENTICATED')).toBe(RULES.pairLimit);
    expect(count(answers, 'RATE_LIMITED')).toBe(40 - RULES.pairLimit);
  });

  it('refuses the right password in a parallel batch once the limit is reached', async () => {
    const user = await createUser(app, 'RIEC_ANALYST');
    const attacker = fromNewAddress();
    await Promise.all(Array.from({ length: RULES.pairLimit }, (_, i) => attempt(attacker, user.email, `wrong-${i}`)));
    verifications.count = 0;
    const batch = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => attempt(attacker, user.email, `later-${i}`)),
      attempt(attacker, user.email, TEST_PASSWORD),
    ]);
    expect(codes(batch)).toEqual(Array(11).fill('RATE_LIMITED'));
    expect(verifications.count).toBe(0);
    expect(attacker.cookie).toBeUndefined();
  });

  it('answers RATE_LIMITED with the seconds until the oldest counted attempt leaves the window', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = fromNewAddress();
    for (let i = 0; i < RULES.pairLimit; i += 1) {
      expect((await attempt(client, user.email, `wrong-${i}`)).errors?.[0]?.extensions?.reason).toBe(
        'WRONG_CREDENTIALS',
      );
    }
    const locked = await attempt(client, user.email, TEST_PASSWORD);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(client.cookie).toBeUndefined();
    // Another account from the same address is not affected by this pair's lock.
    const other = await createUser(app, 'PARTICIPANT');
    expect((await attempt(client, other.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('locks the attacker’s address out of an account while its owner still logs in from elsewhere', async () => {
    const user = await createUser(app, 'RIEC_ANALYST');
    const attacker = fromNewAddress();
    await Promise.all(
      Array.from({ length: RULES.pairLimit + 5 }, (_, i) => attempt(attacker, user.email, `wrong-${i}`)),
    );
    expect((await attempt(attacker, user.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    const owner = fromNewAddress();
    const started = performance.now();
    expect((await attempt(owner, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect(owner.cookie).toBeDefined();
    // The account's failures slow its owner down, by no more than the bounded delay.
    expect(performance.now() - started).toBeGreaterThanOrEqual(RULES.delayMaxMs - 10);
  });

  it('never locks an account, however many addresses fail on it', async () => {
    const user = await createUser(app, 'RIEC_ANALYST');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(fromNewAddress(), user.email, `spread-${i}`)),
    );
    expect(count(codes(results), 'UNAUTHENTICATED')).toBe(30);
    expect((await attempt(fromNewAddress(), user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('slows an account down after a few failures, before the password is checked', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const durations: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const started = performance.now();
      await attempt(fromNewAddress(), user.email, `wrong-${i}`);
      durations.push(performance.now() - started);
    }
    // Attempts 4 to 8 wait 30, 60, … 150 ms; the first three none.
    for (const [index, duration] of durations.entries()) {
      const expected = Math.min(RULES.delayMaxMs, Math.max(0, index - RULES.accountSlowAfter + 1) * RULES.delayStepMs);
      expect(duration).toBeGreaterThanOrEqual(expected - 5);
    }
  });

  it('keeps counting other addresses’ failures after a successful login', async () => {
    const user = await createUser(app, 'RIEC_ANALYST');
    const attacker = fromNewAddress();
    for (let i = 0; i < 6; i += 1) {
      await attempt(attacker, user.email, `wrong-${i}`);
    }
    expect((await attempt(fromNewAddress(), user.email, TEST_PASSWORD)).errors).toBeUndefined();
    const rest = [];
    for (let i = 6; i < RULES.pairLimit + 1; i += 1) {
      rest.push(await attempt(attacker, user.email, `wrong-${i}`));
    }
    expect(codes(rest)).toEqual([...Array<string>(RULES.pairLimit - 6).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });

  it('clears only its own (account, address) count on success', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = fromNewAddress();
    for (let i = 0; i < RULES.pairLimit - 1; i += 1) {
      await attempt(client, user.email, `typo-${i}`);
    }
    expect((await attempt(client, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    // The user's own typos are forgiven: a full allowance again from this address.
    const again = [];
    for (let i = 0; i < RULES.pairLimit; i += 1) {
      again.push(await attempt(client, user.email, `typo-again-${i}`));
    }
    expect(count(codes(again), 'UNAUTHENTICATED')).toBe(RULES.pairLimit);
  });

  it('refuses an address after many failures across accounts, but not other addresses', async () => {
    const accounts = await Promise.all([1, 2, 3].map(() => createUser(app, 'PARTICIPANT')));
    const attacker = fromNewAddress();
    const tries = accounts.flatMap((account, a) =>
      Array.from({ length: a < 2 ? RULES.pairLimit : RULES.addressLimit - 2 * RULES.pairLimit }, (_, i) =>
        attempt(attacker, account.email, `spray-${i}`),
      ),
    );
    expect(count(codes(await Promise.all(tries)), 'UNAUTHENTICATED')).toBe(RULES.addressLimit);
    const fresh = await createUser(app, 'ADMIN');
    expect((await attempt(attacker, fresh.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await attempt(fromNewAddress(), fresh.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('gives a successful login’s slot back to its address, so an office behind one address is not locked', async () => {
    const office = fromNewAddress();
    const colleagues = await Promise.all(
      Array.from({ length: RULES.addressLimit + 5 }, () => createUser(app, 'PARTICIPANT')),
    );
    for (const colleague of colleagues) {
      expect((await attempt(office, colleague.email, TEST_PASSWORD)).errors).toBeUndefined();
    }
  });

  it('uses a sliding window: attempts count until they are older than the window, not until a reset', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = fromNewAddress();
    const address = client.headers['x-forwarded-for'];
    // Five attempts 16 minutes ago (outside the window) and five 10 minutes ago (inside).
    await app.owner.query(
      `INSERT INTO login_throttle (key, attempts, last_attempt_at)
       VALUES ($1, array_fill(now() - interval '16 minutes', ARRAY[5]) || array_fill(now() - interval '10 minutes', ARRAY[5]),
               now() - interval '10 minutes')`,
      [`pair:${address}/${user.email}`],
    );
    const results = [];
    for (let i = 0; i < 6; i += 1) {
      results.push(await attempt(client, user.email, `wrong-${i}`));
    }
    expect(codes(results)).toEqual([...Array<string>(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    // Free again when the attempts of 10 minutes ago leave the 15-minute window.
    const retryAfter = results[5]?.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(4 * 60);
    expect(retryAfter).toBeLessThanOrEqual(5 * 60);
  });

  it('removes rows whose attempts have all left the window', async () => {
    await app.owner.query(
      `INSERT INTO login_throttle (key, attempts, last_attempt_at)
       VALUES ('address:192.0.2.1', ARRAY[now() - interval '20 minutes'], now() - interval '20 minutes')`,
    );
    await attempt(fromNewAddress(), 'nobody@test.example', 'whatever-it-is');
    expect(await app.owner.query(`SELECT key FROM login_throttle WHERE key = 'address:192.0.2.1'`)).toEqual([]);
  });
});

describe('the throttle around logins', () => {
  const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

  it('counts wrong current passwords at changePassword like wrong logins, from the same address', async () => {
    const user = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const session = fromNewAddress();
    expect((await attempt(session, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    verifications.count = 0;
    for (let i = 0; i < RULES.pairLimit; i += 1) {
      const guess = await session.gql(CHANGE, {
        input: { currentPassword: `guess-${i}`, newPassword: 'a-new-pass-phrase' },
      });
      expect(guess.errors?.[0]?.extensions?.fields).toEqual([{ field: 'currentPassword', reason: 'WRONG_PASSWORD' }]);
    }
    const right = await session.gql(CHANGE, {
      input: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-pass-phrase' },
    });
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(verifications.count).toBe(RULES.pairLimit);
    // The login form from that address is closed to the account as well; the password did not change.
    const again = new Client(app, { 'x-forwarded-for': session.headers['x-forwarded-for']! });
    expect((await attempt(again, user.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await attempt(fromNewAddress(), user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('gives a right current password its attempt back, also when the new one is refused', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const session = fromNewAddress();
    expect((await attempt(session, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    verifications.count = 0;
    for (let i = 0; i < RULES.pairLimit + 2; i += 1) {
      // Refused by the service after the current password was checked (argument validation would come before).
      const refused = await session.gql(CHANGE, {
        input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
      });
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'newPassword', reason: 'SAME_AS_CURRENT' }]);
    }
    expect(verifications.count).toBe(RULES.pairLimit + 2);
    expect(
      (await session.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-pass-phrase' } }))
        .errors,
    ).toBeUndefined();
  });

  it('counts IPv6 clients per /64 network, whichever of its addresses they use', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const network = `2001:db8:${(nextAddress++).toString(16)}:7`;
    for (let i = 0; i < RULES.pairLimit; i += 1) {
      const client = new Client(app, { 'x-forwarded-for': `${network}:${(i + 1).toString(16)}::${i}` });
      expect((await attempt(client, user.email, `wrong-${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const sameNetwork = new Client(app, { 'x-forwarded-for': `${network}:ffff:1:2:3` });
    expect((await attempt(sameNetwork, user.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const otherNetwork = new Client(app, { 'x-forwarded-for': `2001:db8:${(nextAddress++).toString(16)}:7::1` });
    expect((await attempt(otherNetwork, user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });
});
