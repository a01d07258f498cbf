// English for "Someone else saved this while you were writing"; other languages in shared/i18n/locales/*/plans-conflict.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const conflictNote = defineMessages('plans-conflict', {
  savedAt: '{name} saved a change on {when} while you were writing.',
  saved: '{name} saved a change while you were writing.',
  someoneSavedAt: 'Someone else saved a change on {when} while you were writing.',
  someoneSaved: 'Someone else saved a change while you were writing.',
  nowSays: 'It now says:',
  theirWords: 'Their words are:',
  nothingWritten: '(nothing written)',
  yoursKept:
    'Your words are still in the box. Check both, change yours if you need to, then save again. Saving again will replace their words with yours.',
});
