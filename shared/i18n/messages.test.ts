// The message runtime: English beside the code, other languages by id, English when a translation is missing.
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales.ts';
import { defineMessages, formatMessage } from './messages.ts';

const m = defineMessages('test', {
  title: 'Your record',
  count: '{count, plural, one {# entry} other {# entries}}',
  hello: 'Hello {name}',
});

describe('formatMessage', () => {
  it('shows English as written, with plurals', () => {
    expect(m.title.id).toBe('test.title');
    expect(formatMessage('en', undefined, m.title)).toBe('Your record');
    expect(formatMessage('en', undefined, m.count, { count: 1 })).toBe('1 entry');
    expect(formatMessage('en', undefined, m.count, { count: 3 })).toBe('3 entries');
  });

  it('uses the language’s own plural forms (Polish has three, Welsh six)', () => {
    const pl = { 'test.count': '{count, plural, one {# wpis} few {# wpisy} many {# wpisów} other {# wpisu}}' };
    expect([1, 2, 5, 22].map((count) => formatMessage('pl', pl, m.count, { count }))).toEqual([
      '1 wpis',
      '2 wpisy',
      '5 wpisów',
      '22 wpisy',
    ]);
  });

  it('falls back to English for a missing translation, and takes parsed messages', () => {
    expect(formatMessage('cy', {}, m.hello, { name: 'Marie' })).toBe('Hello Marie');
    expect(formatMessage('ur', { 'test.hello': parse('سلام {name}') }, m.hello, { name: 'Marie' })).toBe('سلام Marie');
  });

  it('picks a shipped language from the browser’s list', () => {
    expect(pickLocale(['pl-PL', 'en'])).toBe('pl');
    expect(pickLocale(['fr', 'ur-PK'])).toBe('ur');
    expect(pickLocale(['fr'])).toBe('en');
  });
});
