// Contracts for the family's feedback (issue 18 §1, P15): what a family member answers or gives and sees of their own, what
// a worker reads about their own work (named feedback, averages only over enough answers), and a team manager's team view
// (never who gave it, their family or when exactly).
import { z } from 'zod';
import { FEEDBACK_ABOUT, FEEDBACK_ASK_ABOUT, FEEDBACK_SHOWN_AS } from '../domain/learning.ts';
import { LOCALES } from '../i18n/locales.ts';
import { Text } from './common.ts';

/** One answer on Umbrella's own scale: 1 "No", 2 "A little", 3 "Mostly", 4 "Yes". Left out or null: not answered. */
const Score = z
  .number({ message: 'Choose one of the answers' })
  .int('Choose one of the answers')
  .min(1, 'Choose one of the answers')
  .max(4, 'Choose one of the answers');

const Scores = {
  listened: Score.nullable().optional(),
  nextStepsClear: Score.nullable().optional(),
  useful: Score.nullable().optional(),
  /** Their own words, stored as written, in their language; never checked or changed. */
  words: Text(4000).optional(),
};

const atLeastOne = (
  v: { listened?: number | null; nextStepsClear?: number | null; useful?: number | null; words?: string },
  ctx: z.RefinementCtx,
) => {
  if (v.listened == null && v.nextStepsClear == null && v.useful == null && !v.words)
    ctx.addIssue({ code: 'custom', path: ['words'], message: 'Answer a question or write something, or choose “Not now”' });
};

/** An answer to a request for feedback: any of the three questions and/or words, at least one. */
export const AnswerAskInput = z
  .object({
    ...Scores,
    /** Chosen each time, never assumed: with their name to the worker, or to the team without it. */
    shownAs: z.enum(FEEDBACK_SHOWN_AS, { message: 'Choose who sees what you say' }),
  })
  .superRefine(atLeastOne);
export type AnswerAskInput = z.input<typeof AnswerAskInput>;

/**
 * Feedback about anything, at any time: about no one worker, so it goes to the team of the family's key worker, without
 * the person's name (no one could be shown it by name).
 */
export const GiveFeedbackInput = z.object(Scores).superRefine(atLeastOne);
export type GiveFeedbackInput = z.input<typeof GiveFeedbackInput>;

const ScoreOut = z.number().int().min(1).max(4).nullable();

/** A request for feedback the person has not answered or skipped: what it follows and who it is about. */
export const PortalFeedbackAsk = z.object({
  id: z.string(),
  aboutKind: z.enum(FEEDBACK_ASK_ABOUT),
  /** The worker's first name ("How did the visit with Priya go?"); null when there is none to name. */
  workerName: z.string().nullable(),
  askedAt: z.string(),
});
export type PortalFeedbackAsk = z.infer<typeof PortalFeedbackAsk>;

/** A piece of feedback the person gave, as they gave it. */
export const MyFeedback = z.object({
  id: z.string(),
  aboutKind: z.enum(FEEDBACK_ABOUT),
  workerName: z.string().nullable(),
  listened: ScoreOut,
  nextStepsClear: ScoreOut,
  useful: ScoreOut,
  words: z.string().nullable(),
  writtenIn: z.enum(LOCALES),
  shownAs: z.enum(FEEDBACK_SHOWN_AS),
  givenAt: z.string(),
});
export type MyFeedback = z.infer<typeof MyFeedback>;

/** The family member's feedback page: their open requests (newest first) and what they have given. */
export const PortalFeedback = z.object({ asks: z.array(PortalFeedbackAsk), given: z.array(MyFeedback) });
export type PortalFeedback = z.infer<typeof PortalFeedback>;

/** The three averages of a month, or null: too few answers to show without pointing at one family. */
const Averages = z.object({ listened: z.number().nullable(), nextStepsClear: z.number().nullable(), useful: z.number().nullable() });

/** A worker's named feedback over time: by month (averages only over enough answers) and each piece. */
export const WorkerFeedback = z.object({
  /** The fewest answers in a month for its averages to be shown. */
  fewestToShow: z.number().int(),
  months: z.array(z.object({ month: z.string(), answers: z.number().int(), averages: Averages.nullable() })),
  named: z.array(
    z.object({
      firstName: z.string(),
      date: z.string(),
      aboutKind: z.enum(FEEDBACK_ABOUT),
      listened: ScoreOut,
      nextStepsClear: ScoreOut,
      useful: ScoreOut,
      words: z.string().nullable(),
      writtenIn: z.enum(LOCALES),
    }),
  ),
});
export type WorkerFeedback = z.infer<typeof WorkerFeedback>;

/** A team's feedback for its manager: the worker it is about and the month, never who gave it, their family or the time. */
export const TeamFeedback = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  items: z.array(
    z.object({
      month: z.string(),
      workerName: z.string().nullable(),
      aboutKind: z.enum(FEEDBACK_ABOUT),
      shownAs: z.enum(FEEDBACK_SHOWN_AS),
      listened: ScoreOut,
      nextStepsClear: ScoreOut,
      useful: ScoreOut,
      words: z.string().nullable(),
      writtenIn: z.enum(LOCALES),
    }),
  ),
});
export type TeamFeedback = z.infer<typeof TeamFeedback>;
