// The sign-in pages' English that other code relies on stays as it is (issue 16 §3): the browser journeys sign in by the
// labels "Username" and "Password" and the button "Sign in", and the counts of recovery codes read as they did.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/messages.ts';
import { readCatalogue } from '../../i18n/messages.plugin.ts';
import { accountWords } from './account.messages.ts';
import { authWords } from './auth-words.messages.ts';
import { signInWords } from './sign-in.messages.ts';

describe('the sign-in pages’ English', () => {
  it('keeps the words the browser journeys sign in by', () => {
    expect(authWords.username.en).toBe('Username');
    expect(authWords.password.en).toBe('Password');
    expect(signInWords.signIn.en).toBe('Sign in');
  });

  it('counts the recovery codes left as before', () => {
    const left = (n: number) => formatMessage('en', undefined, signInWords.codesLeft, { left: n });
    expect(left(0)).toBe(
      'You signed in with a recovery code, which now will not work again. You have no recovery codes left. You can make a new set of ten on your account page.',
    );
    expect(left(1)).toContain('You have 1 recovery code left.');
    expect(left(7)).toContain('You have 7 recovery codes left.');
    const onAccount = (n: number) => formatMessage('en', undefined, accountWords.recoveryLeft, { left: n });
    expect(onAccount(0)).toBe('You have no recovery codes left. A new set of ten replaces them: the old codes stop working.');
    expect(onAccount(1)).toBe('You have 1 recovery code left. A new set of ten replaces them: the old codes stop working.');
    expect(onAccount(3)).toBe('You have 3 recovery codes left. A new set of ten replaces them: the old codes stop working.');
  });

  it('counts them in Polish with Polish plural forms', () => {
    const catalogue = readCatalogue(path.resolve(import.meta.dirname, '../../../shared/i18n/locales'), 'pl');
    const pl = (n: number) => formatMessage('pl', catalogue, accountWords.recoveryLeft, { left: n });
    expect(pl(1)).toMatch(/^Został ci 1 kod odzyskiwania\./);
    expect(pl(2)).toMatch(/^Zostały ci 2 kody odzyskiwania\./);
    expect(pl(5)).toMatch(/^Zostało ci 5 kodów odzyskiwania\./);
    expect(pl(22)).toMatch(/^Zostały ci 22 kody odzyskiwania\./);
  });
});
