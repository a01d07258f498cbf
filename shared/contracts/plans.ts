// Plan contracts: the family recovery plan (items, ratings, agreements, reviews, comparisons), the
// wellness and crisis plan, contingency plans and explanations (documents of sections), suggestions,
// the parent's sharing choices and the child's own words.
import { z } from 'zod';
import {
  ACTION_STATUS_KEYS,
  AGREEMENT_POSITION_KEYS,
  CARER_RESPONSES,
  CHILD_WORDS_AUDIENCE_KEYS,
  CHILD_WORDS_PART_KEYS,
  DOCUMENT_KINDS,
  FAMILY_AGREES_KEYS,
  PLAN_ITEM_KINDS,
  RECOVERY_PART_KEYS,
  SHAREABLE_DOCUMENT_KINDS,
  SUGGESTION_STATUSES,
} from '../domain/plans.ts';
import { INFORMATION_CATEGORY_KEYS } from '../domain/records.ts';
import { LOCALES } from '../i18n/locales.ts';
import { CalendarDate, ReviewDate, Version, VersionOrNew } from './common.ts';
import { KeepAsWritten } from './respectful-words.ts';

const words = (required: string, max = 5000) => z.string().trim().min(1, required).max(max, `Keep this under ${max} characters`);
const optionalWords = (max = 5000) => z.string().trim().max(max, `Keep this under ${max} characters`).default('');

export const RecoveryPart = z.enum(RECOVERY_PART_KEYS);
/**
 * The information category of a plan item or of a section of a child's explanation, as record entries have: the
 * same rules decide which professionals read it (server/access/plan-access.ts).
 */
export const PlanCategory = z.enum(INFORMATION_CATEGORY_KEYS);
export const AgreementPosition = z.enum(AGREEMENT_POSITION_KEYS);
/**
 * The language someone's words were written in (issue 16 §3): the writer's chosen language when a family member wrote
 * them, English for a professional's. The page shows them as written, marked with it.
 */
export const WrittenIn = z.enum(LOCALES);

/**
 * Who someone is to the family, as codes the family's pages word in their own language (issue 16 §3): a young person,
 * a parent, the children's other parent (named by his children: "Jamie and Clare's dad"), someone the parent trusts, or a
 * worker, whose job title and organisation are their own words, shown as written. `description` beside it keeps the
 * English, for the professionals' screens.
 */
export const Relation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('young_person') }),
  z.object({ kind: z.literal('parent') }),
  z.object({ kind: z.literal('other_parent'), children: z.array(z.string()), word: z.enum(['dad', 'mum', 'parent']) }),
  z.object({ kind: z.literal('trusted') }),
  z.object({ kind: z.literal('worker'), jobTitle: z.string(), organisation: z.string() }),
  z.object({ kind: z.literal('former_worker') }),
  z.object({ kind: z.literal('unknown') }),
]);
export type Relation = z.infer<typeof Relation>;

/** Who gave a rating or an agreement, by kind (the family's pages word it); a worker's role is their job title, as written. */
export const RaterKind = z.enum(['professional', 'parent', 'young_person', 'network_member']);

// ---- Recovery plan items: one content shape per kind -------------------------------------------------

export const WorryContent = z.object({
  whoIsWorried: words('Say who is worried', 500),
  /** The behaviour or situation, not a diagnosis (P5). */
  worry: words('Describe what is happening that worries people'),
  impactOnChild: words('Say what could happen to the children if nothing changes'),
  safetyGoal: z.object({
    parentWillBeDoing: words('Say what the parent will be doing'),
    childWillExperience: words('Say what the children will experience'),
    professionalsWillSee: words('Say what professionals will see'),
    forHowLong: words('Say for how long', 500),
  }),
});
export const FamilyViewContent = z.object({
  view: words('Write the family’s view in their words'),
  agrees: z.enum(FAMILY_AGREES_KEYS),
});
export const StrengthContent = z.object({
  text: words('Write what is working well'),
  /** Existing safety (something that already keeps the children safe), rather than a strength in general. */
  isSafety: z.boolean().default(false),
});
export const ParentGoalContent = z.object({ words: words('Write the goal in the parent’s own words') });
export const ActionContent = z
  .object({
    what: words('Say what will be done'),
    who: words('Say who will do it', 300),
    byWhen: CalendarDate,
    support: optionalWords(),
    status: z.enum(ACTION_STATUS_KEYS).default('not_started'),
    /** A requirement on the parent says whether it is negotiable; a non-negotiable one says why and what happens if not met (P4). */
    onParent: z.boolean().default(false),
    negotiable: z.boolean().default(true),
    whyAsked: optionalWords(),
    ifNotMet: optionalWords(),
  })
  .superRefine((v, ctx) => {
    if (v.onParent && !v.negotiable) {
      if (!v.whyAsked) ctx.addIssue({ code: 'custom', path: ['whyAsked'], message: 'Say in plain words why this is asked' });
      if (!v.ifNotMet) ctx.addIssue({ code: 'custom', path: ['ifNotMet'], message: 'Say in plain words what happens if it is not done' });
    }
  });

const itemBase = {
  id: z.string(),
  worryId: z.string().nullable(),
  position: z.number(),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** Diagnostic labels found where a behaviour should be described (P5); empty when none. */
  flags: z.array(z.string()),
  category: PlanCategory,
  /** The language of the item's words: its writer's (a worker's edit of a family member's words leaves theirs). */
  writtenIn: WrittenIn,
};
export const PlanItem = z.discriminatedUnion('kind', [
  z.object({ ...itemBase, kind: z.literal('worry'), content: WorryContent }),
  z.object({ ...itemBase, kind: z.literal('family_view'), content: FamilyViewContent }),
  z.object({ ...itemBase, kind: z.literal('strength'), content: StrengthContent }),
  z.object({ ...itemBase, kind: z.literal('parent_goal'), content: ParentGoalContent }),
  z.object({ ...itemBase, kind: z.literal('action'), content: ActionContent }),
]);
export type PlanItem = z.infer<typeof PlanItem>;
export type PlanItemKind = PlanItem['kind'];

/**
 * The writer chooses the category ('general' when not given); a family view always takes its worry's. A worker keeps
 * words the respectful-language check found, with a reason (issue 16 §1); a parent's own words are never checked.
 */
const chosenCategory = { category: PlanCategory.optional(), keepAsWritten: KeepAsWritten };
export const CreateItemRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('worry'), content: WorryContent, ...chosenCategory }),
  z.object({ kind: z.literal('family_view'), worryId: z.uuid(), content: FamilyViewContent, ...chosenCategory }),
  z.object({ kind: z.literal('strength'), content: StrengthContent, ...chosenCategory }),
  z.object({ kind: z.literal('parent_goal'), content: ParentGoalContent, ...chosenCategory }),
  z.object({ kind: z.literal('action'), worryId: z.uuid().optional(), content: ActionContent, ...chosenCategory }),
]);
export type CreateItemRequest = z.input<typeof CreateItemRequest>;
/** The content is checked against the item's own kind by the server. */
export const EditItemRequest = z.object({
  version: Version,
  content: z.record(z.string(), z.unknown()),
  /** A new category: only the agency that wrote the item, and a worker only to narrow who reads it (403 otherwise). */
  category: PlanCategory.optional(),
  /** A worker keeps words the respectful-language check found in the words this save changes, with a reason. */
  keepAsWritten: KeepAsWritten,
});
export const RemoveItemRequest = z.object({ version: Version });

export const Rating = z.object({
  itemId: z.string(),
  planVersion: z.number(),
  accountId: z.string(),
  name: z.string(),
  role: z.string(),
  roleKind: RaterKind,
  score: z.number(),
  note: z.string().nullable(),
  ratedAt: z.string(),
  /** The language of the note. */
  writtenIn: WrittenIn,
});
export const RateRequest = z.object({
  itemId: z.uuid(),
  score: z
    .number({ message: 'Choose a number from 0 to 10' })
    .int()
    .min(0, 'Choose a number from 0 to 10')
    .max(10, 'Choose a number from 0 to 10'),
  note: z.string().trim().max(2000).optional(),
  /** The family reads a worker's note: it is checked, and words found are kept as written with a reason (issue 16 §1). */
  keepAsWritten: KeepAsWritten,
});
export const Agreement = z.object({
  planVersion: z.number(),
  accountId: z.string(),
  name: z.string(),
  role: z.string(),
  roleKind: RaterKind,
  position: AgreementPosition,
  reasons: z.string().nullable(),
  recordedAt: z.string(),
  /** The language of the reasons. */
  writtenIn: WrittenIn,
});
/** The family reads a worker's reasons: they are checked as a rating's note is (issue 16 §1). */
export const AgreeRequest = z
  .object({ position: AgreementPosition, reasons: z.string().trim().max(4000).optional(), keepAsWritten: KeepAsWritten })
  .superRefine((v, ctx) => {
    if (v.position !== 'agree' && !v.reasons)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'Say what worries you or why you do not agree' });
  });

export const VersionSummary = z.object({
  number: z.number(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  reviewNote: z.string().nullable(),
});

export const Participant = z.object({ id: z.string(), name: z.string(), kind: z.string() });

export const RecoveryPlanView = z.object({
  plan: z
    .object({
      id: z.string(),
      workingVersion: z.number(),
      reviewOn: z.string().nullable(),
      version: z.number(),
      ratingInviteePersonIds: z.array(z.string()),
      visibleParts: z.array(RecoveryPart),
      items: z.array(PlanItem),
      ratings: z.array(Rating),
      agreements: z.array(Agreement),
      versions: z.array(VersionSummary),
      /** Items kept from this professional by their category ("some parts are not shared with your agency"); 0 for the family. */
      hiddenItems: z.number(),
    })
    .nullable(),
  can: z.object({
    start: z.boolean(),
    editSettings: z.boolean(),
    review: z.boolean(),
    addItems: z.array(z.enum(PLAN_ITEM_KINDS)),
    rate: z.boolean(),
    agree: z.boolean(),
  }),
  /** People in the family and on the care team, by name, for "who will do it" and invitations. */
  people: z.array(Participant),
});
export type RecoveryPlanView = z.infer<typeof RecoveryPlanView>;

export const StartPlanRequest = z.object({ reviewOn: ReviewDate });
export const PlanSettingsRequest = z.object({
  version: Version,
  reviewOn: ReviewDate,
  ratingInviteePersonIds: z.array(z.uuid()).max(20).default([]),
});
/** The review note goes out with the plan to the family (their plan and their copy of their information): it is checked. */
export const ReviewRequest = z.object({
  note: z.string().trim().max(4000).optional(),
  nextReviewOn: ReviewDate,
  keepAsWritten: KeepAsWritten,
});

export const VersionSnapshot = z.object({
  number: z.number(),
  label: z.string(),
  items: z.array(PlanItem),
  ratings: z.array(Rating),
  agreements: z.array(Agreement),
  /** Items of this version kept from the reader by their category. */
  hiddenItems: z.number(),
});
export type VersionSnapshot = z.infer<typeof VersionSnapshot>;

export const FieldChange = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() });
export const ItemChange = z.object({
  itemId: z.string(),
  kind: z.enum(PLAN_ITEM_KINDS),
  part: RecoveryPart,
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(FieldChange),
  changedBy: z.string(),
  changedAt: z.string(),
});
export const VersionComparison = z.object({
  from: z.object({ number: z.number(), label: z.string() }),
  to: z.object({ number: z.number(), label: z.string() }),
  changes: z.array(ItemChange),
  /** Items of either version kept from the reader by their category: their changes are not listed. */
  hiddenItems: z.number(),
});
export type VersionComparison = z.infer<typeof VersionComparison>;

// ---- Wellness and crisis plan, contingency plans, explanations ---------------------------------------

export const DocumentKind = z.enum(DOCUMENT_KINDS);
export const Section = z.object({
  key: z.string(),
  title: z.string(),
  hint: z.string(),
  text: z.string(),
  /** 0 when nothing has been written yet. */
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Decides which professionals read a section of a child's explanation; 'general' elsewhere and when unwritten. */
  category: PlanCategory,
  /** The language of its words ('en' when unwritten). */
  writtenIn: WrittenIn,
});
export const Suggestion = z.object({
  id: z.string(),
  sectionKey: z.string(),
  text: z.string(),
  suggestedBy: z.string(),
  createdAt: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
});
export const ShareView = z.object({
  id: z.string(),
  sectionKey: z.string().nullable(),
  recipientPersonId: z.string().nullable(),
  recipientStaffId: z.string().nullable(),
  recipientName: z.string(),
  sharedAt: z.string(),
});
export const PlanDocument = z.object({
  id: z.string(),
  kind: DocumentKind,
  personId: z.string(),
  personName: z.string(),
  version: z.number(),
  /** Sections the viewer may read; a wellness plan shows only the sections shared with them. */
  sections: z.array(Section),
  carer: z
    .object({
      personId: z.string().nullable(),
      name: z.string().nullable(),
      askedOn: z.string().nullable(),
      response: z.enum(CARER_RESPONSES).nullable(),
      respondedAt: z.string().nullable(),
      note: z.string().nullable(),
      /** The language of the carer's note. */
      noteWrittenIn: WrittenIn,
    })
    .nullable(),
  parentAgreedAt: z.string().nullable(),
  /** The parent (owner) sees open suggestions; a professional sees their own. */
  suggestions: z.array(Suggestion),
  /** Only for the parent who owns the sharing choices. */
  shares: z.array(ShareView),
  /** Sections kept from this professional by their category ("some parts are not shared with your agency"). */
  hiddenSections: z.number(),
  can: z.object({
    write: z.boolean(),
    suggest: z.boolean(),
    setCarer: z.boolean(),
    answerAsCarer: z.boolean(),
    agreeAsParent: z.boolean(),
  }),
});
export type PlanDocument = z.infer<typeof PlanDocument>;
export const PlanDocuments = z.object({
  documents: z.array(PlanDocument),
  /** Documents the viewer could start: a parent their own wellness plan; team and parent a child's plans. */
  canStart: z.array(z.object({ kind: DocumentKind, personId: z.string(), personName: z.string() })),
  /** Who the parent can share with (network members, young people, care team), for the sharing screen. */
  shareRecipients: z.array(
    z.object({
      personId: z.string().nullable(),
      staffId: z.string().nullable(),
      name: z.string(),
      description: z.string(),
      relation: Relation,
    }),
  ),
  /** The recovery plan's parts the parent has shared, for the same screen. */
  recoveryShares: z.array(ShareView),
  recoveryPlanId: z.string().nullable(),
});
export type PlanDocuments = z.infer<typeof PlanDocuments>;

export const StartDocumentRequest = z.object({ kind: DocumentKind, personId: z.uuid() });
export const SectionRequest = z.object({
  /** The version the writer read (0 for a section not yet written); a stale one gets 409 with the current text. */
  version: VersionOrNew,
  text: z.string().trim().max(10_000, 'Keep this under 10,000 characters'),
  /** A child's explanation only: the section's category (rules as for plan items). */
  category: PlanCategory.optional(),
  /** A worker writing a child's plan keeps words the respectful-language check found, with a reason. */
  keepAsWritten: KeepAsWritten,
});
/** A worker's words for a parent's own plan: she reads them, so they are checked as any worker's words are. */
export const SuggestRequest = z.object({
  sectionKey: z.string().max(50),
  text: words('Write your suggestion', 4000),
  keepAsWritten: KeepAsWritten,
});
export const SuggestionDecisionRequest = z.object({ accept: z.boolean() });
export const CarerRequest = z.object({
  version: Version,
  carerPersonId: z.uuid().nullable(),
  askedOn: CalendarDate.nullable(),
});
export const CarerResponseRequest = z.object({ response: z.enum(CARER_RESPONSES), note: z.string().trim().max(2000).optional() });
export const ShareRequest = z
  .object({
    documentKind: z.enum(SHAREABLE_DOCUMENT_KINDS),
    documentId: z.uuid(),
    sectionKey: z.string().max(50).nullable(),
    recipientPersonId: z.uuid().nullable().default(null),
    recipientStaffId: z.uuid().nullable().default(null),
    shared: z.boolean(),
  })
  .refine((v) => (v.recipientPersonId === null) !== (v.recipientStaffId === null), { message: 'Choose one person to share with' });

// ---- The child's own words ------------------------------------------------------------------------------

export const ChildWordsPart = z.enum(CHILD_WORDS_PART_KEYS);
export const ChildWordsAudience = z.enum(CHILD_WORDS_AUDIENCE_KEYS);
export const ChildWords = z.object({
  id: z.string(),
  childPersonId: z.string(),
  childName: z.string(),
  part: ChildWordsPart,
  words: z.string(),
  author: z.string(),
  writtenForChild: z.boolean(),
  shareWith: z.array(ChildWordsAudience),
  createdAt: z.string(),
  version: z.number(),
  /** The language the words were written (or written down) in. */
  writtenIn: WrittenIn,
  /** The child or the author may change who sees these words. */
  canChangeSharing: z.boolean(),
});
export type ChildWords = z.infer<typeof ChildWords>;
export const ChildWordsList = z.object({ words: z.array(ChildWords) });
export const AddChildWordsRequest = z
  .object({
    childPersonId: z.uuid(),
    part: ChildWordsPart,
    /** Kept exactly as given: not trimmed inside, not corrected. */
    words: z.string().min(1, 'Write the child’s words').max(4000),
    writtenForChild: z.boolean(),
    shareWith: z.array(ChildWordsAudience).max(3).default([]),
    /** The child said yes to sharing with `shareWith`. Required when sharing with anyone. */
    childConsented: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.words.trim()) ctx.addIssue({ code: 'custom', path: ['words'], message: 'Write the child’s words' });
    if (v.shareWith.length && !v.childConsented)
      ctx.addIssue({ code: 'custom', path: ['childConsented'], message: 'Only share the child’s words if they said yes' });
  });
export const ChildWordsSharingRequest = z
  .object({
    version: Version,
    shareWith: z.array(ChildWordsAudience).max(3),
    childConsented: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.shareWith.length && !v.childConsented)
      ctx.addIssue({ code: 'custom', path: ['childConsented'], message: 'Only share the child’s words if they said yes' });
  });
