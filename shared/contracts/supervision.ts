// Contract of reflective supervision (issue 18 §3): a manager and a worker, the notes private to the two of them and the
// worker's later managers, the worker's families with the practice model's prompts, and the worker's wellbeing signals.
import { z } from 'zod';
import { SUPERVISION_PROMPT_KEYS, type SupervisionPrompt } from '../domain/learning.ts';
import { CalendarDate, Text, Version, VersionOrNew } from './common.ts';
import { Decision, InformationCategory } from './records.ts';
import { KeepAsWritten } from './respectful-words.ts';

/**
 * The worker's wellbeing signals, always of one worker: to help the worker and their manager plan the work, never a
 * judgement, a colour or a ranking. `outsideHours` counts what they recorded outside working time in the last 4 weeks.
 */
export const SupervisionSignals = z.object({
  staffId: z.string(),
  workerName: z.string(),
  /** Families on whose care team they are now (open work). */
  caseload: z.number().int(),
  /** Requests for help put in front of them and not yet acknowledged. */
  helpWaiting: z.number().int(),
  /** Record entries, replies and answers to requests for help they wrote outside working time since `since`. */
  outsideHours: z.number().int(),
  since: z.string(),
  /** The working time it was judged against, in words ("Monday to Friday, 09:00 to 17:00, Europe/London"). */
  workingTime: z.string(),
});
export type SupervisionSignals = z.infer<typeof SupervisionSignals>;

export const SupervisionSummary = z.object({
  id: z.string(),
  heldOn: z.string(),
  workerStaffId: z.string(),
  workerName: z.string(),
  supervisorStaffId: z.string(),
  supervisorName: z.string(),
});
export type SupervisionSummary = z.infer<typeof SupervisionSummary>;

/** A worker a manager manages now, with every supervision of theirs (newest first). */
export const SupervisedWorker = z.object({
  staffId: z.string(),
  name: z.string(),
  jobTitle: z.string(),
  lastHeldOn: z.string().nullable(),
  supervisions: z.array(SupervisionSummary),
});
export type SupervisedWorker = z.infer<typeof SupervisedWorker>;

/** GET /api/supervision: one's own supervisions and signals; for a manager, the workers they manage too. */
export const SupervisionOverview = z.object({
  me: z.object({ staffId: z.string(), name: z.string() }),
  own: z.array(SupervisionSummary),
  ownSignals: SupervisionSignals,
  /** Null for someone who manages nobody (no `supervision.hold`). */
  team: z.array(SupervisedWorker).nullable(),
});
export type SupervisionOverview = z.infer<typeof SupervisionOverview>;

export const StartSupervisionRequest = z.object({
  workerStaffId: z.uuid('Choose a worker from your team'),
  heldOn: CalendarDate,
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'Reload the page and try again'),
});
export type StartSupervisionRequest = z.input<typeof StartSupervisionRequest>;

const promptShape = Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, z.string()])) as Record<SupervisionPrompt, z.ZodString>;
const promptInput = Object.fromEntries(SUPERVISION_PROMPT_KEYS.map((k) => [k, Text(10_000).default('')])) as Record<
  SupervisionPrompt,
  z.ZodDefault<ReturnType<typeof Text>>
>;

export const SupervisionPrompts = z.object(promptShape);
export type SupervisionPrompts = z.infer<typeof SupervisionPrompts>;

/** One of the worker's families in a supervision: its name only (nothing of its record), the prompts and a decision. */
export const SupervisionFamily = z.object({
  familyId: z.string(),
  displayName: z.string(),
  /** On the worker's care team now: only then may the prompts be saved or the decision written into the record. */
  onCaseload: z.boolean(),
  prompts: SupervisionPrompts,
  decision: z.string(),
  /** The entry the worker wrote in the family's record from this decision. */
  decisionEntryId: z.string().nullable(),
  /** 0 until something is saved for this family. */
  version: z.number().int(),
});
export type SupervisionFamily = z.infer<typeof SupervisionFamily>;

export const Supervision = z.object({
  id: z.string(),
  heldOn: z.string(),
  worker: z.object({ staffId: z.string(), name: z.string() }),
  supervisor: z.object({ staffId: z.string(), name: z.string() }),
  notes: z.string(),
  version: z.number().int(),
  /** 'write' for the worker and the supervisor; 'read' for the worker's manager now who did not hold it. */
  access: z.enum(['write', 'read']),
  /** Whether the caller is the worker (only the worker writes a decision into a family's record). */
  youAreWorker: z.boolean(),
  families: z.array(SupervisionFamily),
  /** The worker's signals, for the worker and their managers now; null for a supervisor who no longer manages them. */
  signals: SupervisionSignals.nullable(),
});
export type Supervision = z.infer<typeof Supervision>;

export const SupervisionParams = z.object({ supervisionId: z.string().max(100) });
export const SupervisionFamilyParams = SupervisionParams.extend({ familyId: z.string().max(100) });
export const SignalsParams = z.object({ staffId: z.string().max(100) });

export const UpdateSupervisionNotesRequest = z.object({ notes: Text(50_000), version: Version });
export type UpdateSupervisionNotesRequest = z.input<typeof UpdateSupervisionNotesRequest>;

export const UpdateSupervisionFamilyRequest = z.object({
  ...promptInput,
  decision: Text(10_000).default(''),
  /** The version read; 0 when nothing was saved for this family yet. */
  version: VersionOrNew,
});
export type UpdateSupervisionFamilyRequest = z.input<typeof UpdateSupervisionFamilyRequest>;

/**
 * The worker writes the saved decision into the family's record as an ordinary decision entry: its text is the decision,
 * with the details every decision entry carries (options, reasons, who decided, how to challenge it).
 */
export const DecisionEntryRequest = z.object({
  category: InformationCategory.default('general'),
  decision: Decision,
  keepAsWritten: KeepAsWritten,
});
export type DecisionEntryRequest = z.input<typeof DecisionEntryRequest>;

export const DecisionEntryWritten = z.object({ entryId: z.string(), familyId: z.string(), family: SupervisionFamily });
export type DecisionEntryWritten = z.infer<typeof DecisionEntryWritten>;
