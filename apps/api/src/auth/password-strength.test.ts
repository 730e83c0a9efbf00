import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { TEST_PASSWORD } from '../test/factories';
import { passwordWeakness } from './password-strength';

const person = { email: 'j.jansen@borne.example', name: 'Joke Jansen' };

describe('passwordWeakness', () => {
  it.each([
    'aaaaaaaaaaaa',
    'password1234',
    'welkom123456',
    'wachtwoord12',
    'qwertyuiop12',
    '123456789012',
    'Welkom01!!!!',
  ])('refuses the common or patterned %s', (password) => {
    expect(passwordWeakness(password, person)).toBe('PASSWORD_TOO_WEAK');
  });

  it.each(['jansen-fiets-lamp', 'joke.jansen2024', 'j.jansen@borne.example', 'JokeJansen!!99'])(
    'refuses %s, built from the user’s own name or e-mail address',
    (password) => {
      expect(passwordWeakness(password, person)).toBe('PASSWORD_HAS_PERSONAL_INFO');
    },
  );

  it('refuses the name of the app itself', () => {
    expect(passwordWeakness('Rodedraad2025', person)).toBe('PASSWORD_TOO_WEAK');
  });

  it.each([
    TEST_PASSWORD,
    'een-lang-startwachtwoord',
    'een-nieuw-en-lang-wachtwoord',
    'a-long-admin-password',
    'x7#kP9!mQ2zL',
  ])('accepts %s', (password) => {
    expect(passwordWeakness(password, person)).toBeNull();
  });

  it('does not mistake a short piece of the name for personal information', () => {
    expect(passwordWeakness('jokers-wild-harbour', { email: 'jo@borne.example', name: 'Jo Ke' })).toBeNull();
  });

  it('would refuse the published demo password: demo accounts are seeded, never set through the API', () => {
    expect(
      passwordWeakness(DEMO_PASSWORD, { email: 'admin@rodedraad.example', name: 'Demo Beheerder' }),
    ).not.toBeNull();
  });
});
