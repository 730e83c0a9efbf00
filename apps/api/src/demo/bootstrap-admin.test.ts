import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, openDataSource } from '../test/database';
import { bootstrapAdmin } from './bootstrap-admin';

let owner: DataSource;
beforeAll(async () => {
  owner = await openDataSource((await createTestDatabase()).ownerUrl);
});
afterAll(() => owner.destroy());

const users = () => owner.query<Promise<{ email: string; role: string }[]>>('SELECT email, role FROM users');

describe('bootstrapAdmin (RD_ADMIN_EMAIL, RD_ADMIN_PASSWORD)', () => {
  it.each([
    ['too short', 'kort-1', /at least 12 characters/],
    ['common', 'password1234', /too easy to guess/],
    ['a pattern', 'aaaaaaaaaaaa', /too easy to guess/],
    ['built from the e-mail address', 'beheerder.gemeente-99', /must not contain the e-mail address/],
  ])('refuses to start with a password that is %s, creating nobody', async (_what, password, message) => {
    await expect(bootstrapAdmin(owner, 'beheerder.gemeente@example.org', password)).rejects.toThrow(message);
    expect(await users()).toEqual([]);
  });

  it('creates the first administrator with a strong password', async () => {
    await bootstrapAdmin(owner, 'Beheer@Example.org', 'paarse-fiets-Lantaarn-42');
    expect(await users()).toEqual([{ email: 'beheer@example.org', role: 'ADMIN' }]);
  });
});
