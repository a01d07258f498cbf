// The parent's own check-ins (issue 14 §1): how often she is asked "How are things?", the default words for the
// ends of her 0–10 scale (she may write her own), and when a low answer gently offers help to her, and only to her.

export const CHECK_IN_RHYTHMS = ['weekly', 'fortnightly', 'off'] as const;
export type CheckInRhythm = (typeof CHECK_IN_RHYTHMS)[number];

export const CHECK_IN_RHYTHM_WORDS = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  off: 'Don’t remind me',
} as const satisfies Record<CheckInRhythm, string>;

/** Days between reminders; 'off' is never reminded. */
export const CHECK_IN_RHYTHM_DAYS = { weekly: 7, fortnightly: 14, off: null } as const satisfies Record<CheckInRhythm, number | null>;

export const CHECK_IN_QUESTION = 'How are things?';

/** The ends of the scale until she writes her own. Her scale, her words: nothing here judges her. */
export const DEFAULT_SCALE_WORDS = { low: 'Things are really hard', high: 'Things are going well' } as const;

/** At or below this, the answer suggests asking for help — to her, never to anyone else. */
export const CHECK_IN_SUGGEST_HELP_AT = 3;

export const CHECK_IN_PROMISE =
  'Only you and the people you choose see your check-ins. A low number never tells anyone by itself: it is there to help you.';
