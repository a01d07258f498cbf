// The plans' word lists from shared/domain in the language shown, each looked up by its key, and the tags the plan messages
// use inside a sentence (bold, words only screen readers hear), so a translation can move them within the sentence.
import type { ReactNode } from 'react';
import type { ActionStatus, AgreementPositionKey, FAMILY_RATING_SCALE, FamilyAgrees, RatingScale } from '../../../shared/domain/plans.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { planWords as w } from './plan-words.messages.ts';

export const AGREEMENT_POSITION_WORDS = {
  agree: w.agreement_agree,
  agree_with_reservations: w.agreement_agree_with_reservations,
  disagree: w.agreement_disagree,
} as const satisfies Record<AgreementPositionKey, Message>;

export const FAMILY_AGREES_WORDS = {
  agrees: w.familyAgrees_agrees,
  partly: w.familyAgrees_partly,
  disagrees: w.familyAgrees_disagrees,
} as const satisfies Record<FamilyAgrees, Message>;

export const ACTION_STATUS_WORDS = {
  proposed: w.actionStatus_proposed,
  not_started: w.actionStatus_not_started,
  in_progress: w.actionStatus_in_progress,
  done: w.actionStatus_done,
  stopped: w.actionStatus_stopped,
} as const satisfies Record<ActionStatus, Message>;

/** The family's words for the ends of the 0–10 scale (shared/domain's FAMILY_RATING_SCALE), by the scale's own keys. */
export const FAMILY_RATING_SCALE_WORDS = {
  0: w.ratingScale_0,
  10: w.ratingScale_10,
} as const satisfies Record<keyof typeof FAMILY_RATING_SCALE, Message>;

/** The family's scale in the language shown, for the ratings chart and the sentences that explain it. */
export const familyScaleIn = (t: Translate): RatingScale => ({ 0: t(FAMILY_RATING_SCALE_WORDS[0]), 10: t(FAMILY_RATING_SCALE_WORDS[10]) });

/** `<b>…</b>` in a message. */
export const bold = (chunks: ReactNode[]): ReactNode => <strong>{chunks}</strong>;
/** `<hidden>…</hidden>` in a message: words that tell a screen reader user which item a button is for. */
export const hidden = (chunks: ReactNode[]): ReactNode => <span className="govuk-visually-hidden">{chunks}</span>;
