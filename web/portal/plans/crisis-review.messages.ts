// English for "Looking back at your crisis plan", the parent's review after a crisis; other languages in shared/i18n/locales/*/crisis-review.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const crisisReview = defineMessages('crisis-review', {
  heading: 'Looking back at your crisis plan',
  finishedOn: 'You finished looking back on {date}. You can still change your words.',
  intro:
    'When you feel ready, look back at what happened: what helped, and what you would change in your plan. There is no hurry; your key workers can go through it with you. Words your workers suggest for your plan are shown beside each part below, and nothing goes in unless you choose it.',
  savedDone: 'Thank you. You have finished looking back at your crisis plan.',
  savedDraft: 'Saved. You can come back to this whenever you like.',
  conflict: 'You changed this on another screen. Your words are still here: save again to keep them.',
  errorHelped: 'Write what helped, even a few words',
  helpedLabel: 'What helped?',
  helpedHint: 'In your own words: people, things that were done, anything that made it easier.',
  changesLabel: 'What would you change in your plan? (optional)',
  shareLabel: 'Let my key workers read this',
  shareHint: 'If you leave this unticked, only you can read it.',
  save: 'Save',
  saveAndFinish: 'Save and finish looking back',
});
