// The server words a message in a person's own language from the shipped catalogues, and in English otherwise.
import { describe, expect, it } from 'vitest';
import { translateFor } from './catalogues.ts';

describe('translateFor', () => {
  // The frame's "Main menu" (web/ui/frame.messages.ts), translated in every shipped language.
  const message = { id: 'frame.mainMenu', en: 'Main menu' };
  it('uses the person’s language when it is shipped', () => {
    for (const lang of ['cy', 'pl', 'ur']) expect(translateFor(lang, message)).not.toBe(message.en);
  });
  it('uses English for no choice, or a language not shipped', () => {
    for (const lang of [null, undefined, 'fr', 'en']) expect(translateFor(lang, message)).toBe(message.en);
  });
});
