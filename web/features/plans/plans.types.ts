// Plan shapes the professional screens read, taken type-only from the shared contracts so no validation code ships to the browser.
import type { z } from 'zod';
import type {
  Agreement,
  ChildWords,
  PlanDocument,
  PlanDocuments,
  PlanItem,
  Rating,
  RecoveryPlanView,
  Section,
  Suggestion,
  VersionComparison,
  VersionSnapshot,
} from '../../../shared/contracts/plans.ts';

export type { ChildWords, PlanDocument, PlanDocuments, PlanItem, RecoveryPlanView, VersionComparison, VersionSnapshot };
export type RecoveryPlan = NonNullable<RecoveryPlanView['plan']>;
export type Participant = RecoveryPlanView['people'][number];
export type RatingRow = z.infer<typeof Rating>;
export type AgreementRow = z.infer<typeof Agreement>;
export type DocumentSection = z.infer<typeof Section>;
export type SuggestionRow = z.infer<typeof Suggestion>;
export type Carer = NonNullable<PlanDocument['carer']>;
export type ItemOf<K extends PlanItem['kind']> = Extract<PlanItem, { kind: K }>;
export type WorryItem = ItemOf<'worry'>;
export type FamilyViewItem = ItemOf<'family_view'>;
export type StrengthItem = ItemOf<'strength'>;
export type GoalItem = ItemOf<'parent_goal'>;
export type ActionItem = ItemOf<'action'>;
export type ChildWordsList = { words: ChildWords[] };
