// The crisis plan in action (issue 14 §3): what the parent asks to be told to whom, the parts she marks for crisis
// services, starting and ending it, a carer's answer, the review after a crisis, and what each caller reads of it.
import { z } from 'zod';
import { CRISIS_CARER_ANSWERS, CRISIS_STATES } from '../domain/crisis.ts';
import { WELLNESS_SECTION_KEYS } from '../domain/plans.ts';
import { Version, VersionOrNew } from './common.ts';
import { Relation, WrittenIn } from './plans.ts';
import { KeepAsWritten } from './respectful-words.ts';

const optionalText = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters`).default('');

/** What one person is to be told when her crisis plan is in use; empty words: they are not told. */
export const CrisisMessageRequest = z
  .object({
    recipientPersonId: z.uuid().nullable().default(null),
    recipientStaffId: z.uuid().nullable().default(null),
    text: optionalText(2000),
    version: VersionOrNew,
  })
  .refine((v) => (v.recipientPersonId === null) !== (v.recipientStaffId === null), {
    message: 'Choose one person',
    path: ['recipientPersonId'],
  });

/** The sections of her wellness plan that crisis services may read under emergency access. */
export const CrisisServicesRequest = z.object({
  sectionKeys: z.array(z.enum(WELLNESS_SECTION_KEYS)).max(WELLNESS_SECTION_KEYS.length),
  version: Version,
});

/** "My crisis plan is now in use": a worker must say why (the parent need not); she reads the worker's reason, so it is checked. */
export const StartCrisisRequest = z.object({ reason: optionalText(2000), keepAsWritten: KeepAsWritten });

export const CrisisCarerAnswerRequest = z.object({
  answer: z.enum(CRISIS_CARER_ANSWERS, { error: 'Choose whether you can do this' }),
  note: optionalText(2000),
});

/** The parent's review after a crisis: what helped, in her words; what she would change; whether her key workers read it. */
export const CrisisReviewRequest = z.object({
  version: Version,
  reflection: z.string().trim().min(1, 'Write what helped, even a few words').max(5000, 'Keep this under 5000 characters'),
  changes: optionalText(5000),
  shareWithKeyWorkers: z.boolean().default(false),
  done: z.boolean().default(false),
});

const Recipient = z.object({
  recipientPersonId: z.string().nullable(),
  recipientStaffId: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  /** Who they are to the family, for the parent's page to word (description: the English, for workers). */
  relation: Relation,
});

/** Her words for one person, and the language she wrote them in. */
export const CrisisMessage = Recipient.extend({ text: z.string(), version: z.number(), writtenIn: WrittenIn });

/** Someone told, or asked to care, when the plan started. */
export const CrisisPerson = z.object({
  name: z.string(),
  description: z.string(),
  relation: Relation,
  /** Told in Umbrella; false for someone without an account (the parent is asked to tell them herself). */
  told: z.boolean(),
  carerFor: z.array(z.string()),
  answer: z.enum(CRISIS_CARER_ANSWERS).nullable(),
  answeredAt: z.string().nullable(),
  note: z.string().nullable(),
  /** The language of the carer's note. */
  noteWrittenIn: WrittenIn,
});

export const CrisisUse = z.object({
  id: z.string(),
  startedAt: z.string(),
  startedBy: z.string(),
  startedByWorker: z.boolean(),
  reason: z.string().nullable(),
  /** The language of the reason: the starter's (a worker's is English). */
  reasonWrittenIn: WrittenIn,
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  people: z.array(CrisisPerson),
  version: z.number(),
});

export const CrisisReview = z.object({
  /** Her words: for her, and for her key workers only if she chose to share them. */
  reflection: z.string().nullable(),
  changes: z.string().nullable(),
  sharedWithKeyWorkers: z.boolean(),
  reviewedAt: z.string().nullable(),
  dueOn: z.string(),
  version: z.number(),
  /** The language of her reflection and changes. */
  writtenIn: WrittenIn,
});

/** What a person she chose reads: their own message, and for a carer the children and their answer. */
export const CrisisForMe = z.object({
  message: z.string().nullable(),
  /** The language the parent wrote the message in. */
  messageWrittenIn: WrittenIn,
  carerFor: z.array(z.object({ personId: z.string(), name: z.string(), documentId: z.string() })),
  answer: z.enum(CRISIS_CARER_ANSWERS).nullable(),
  answeredAt: z.string().nullable(),
  note: z.string().nullable(),
  noteWrittenIn: WrittenIn,
});

/** What a young person reads while the plan is in use: a kind opening and two sections of his own contingency plan. */
export const CrisisForChild = z.object({
  /** In English (the professionals' and the export's words); the page words it from `openingWord` and the parent's name. */
  opening: z.string(),
  /** How he calls the parent: "Your dad", "Your mum", or her name. */
  openingWord: z.enum(['dad', 'mum', 'parent']),
  sections: z.array(z.object({ key: z.string(), title: z.string(), text: z.string(), writtenIn: WrittenIn })),
});

export const CrisisPlan = z.object({
  documentId: z.string(),
  parentPersonId: z.string(),
  parentName: z.string(),
  state: z.enum(CRISIS_STATES),
  /** The parent's own: every message she wrote, whom she may choose, the parts marked for crisis services. */
  messages: z.array(CrisisMessage),
  recipientChoices: z.array(Recipient),
  crisisServiceKeys: z.array(z.string()),
  documentVersion: z.number(),
  /** The plan in use now, or the last time it was: the parent and the key workers. */
  use: CrisisUse.nullable(),
  review: CrisisReview.nullable(),
  forMe: CrisisForMe.nullable(),
  forChild: CrisisForChild.nullable(),
  can: z.object({
    start: z.boolean(),
    end: z.boolean(),
    /** A worker starting it must give a reason. */
    startNeedsReason: z.boolean(),
    writeMessages: z.boolean(),
    review: z.boolean(),
    answerAsCarer: z.boolean(),
  }),
});
export type CrisisPlan = z.infer<typeof CrisisPlan>;
export const CrisisPlans = z.object({ crises: z.array(CrisisPlan) });
export type CrisisPlans = z.infer<typeof CrisisPlans>;
