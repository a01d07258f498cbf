// Contracts for asking for help and raising a worry (issue 14 §1, §2): what a family member sends and sees, what a
// worker on the care team sees and answers, "Who I want to hear from", and a team's duty worker.
import { z } from 'zod';
import { CARE_TEAM_ROLE_KEYS } from '../domain/care-team-roles.ts';
import { CONTACT_WAYS, HELP_EVENT_KINDS, HELP_REQUEST_KINDS, HELP_URGENCIES, WORRY_ABOUT, WORRY_OUTCOMES } from '../domain/help.ts';
import { LOCALES } from '../i18n/locales.ts';
import { DateTime, Text, VersionOrNew } from './common.ts';
import { Entry } from './records.ts';
import { KeepAsWritten, KeptAsWritten } from './respectful-words.ts';

export const HelpRequestInput = z.object({
  words: Text(4000).min(1, 'Write what is happening, in your own words'),
  urgency: z.enum(HELP_URGENCIES, { message: 'Choose how soon you would like to hear back' }),
  contactWays: z
    .array(z.enum(CONTACT_WAYS, { message: 'Choose how you would like to be contacted' }))
    .max(CONTACT_WAYS.length)
    .default([])
    .transform((ways) => [...new Set(ways)]),
  contactTime: Text(200).optional(),
  /** A worry only: about the parent or the children. */
  worryAbout: z.enum(WORRY_ABOUT, { message: 'Choose who you are worried about' }).optional(),
});
export type HelpRequestInput = z.input<typeof HelpRequestInput>;

/** One thing that happened to a request: who did it, when, and what they said will happen. */
export const HelpEvent = z.object({
  id: z.string(),
  kind: z.enum(HELP_EVENT_KINDS),
  words: z.string(),
  who: z.string().nullable(),
  toNames: z.array(z.string()),
  text: z.string().nullable(),
  contactAt: z.string().nullable(),
  contactWay: z.enum(CONTACT_WAYS).nullable(),
  at: z.string(),
});
export type HelpEvent = z.infer<typeof HelpEvent>;

/** A request as the family sees it: their own words, whom it went to, who answered and when, and every event. */
export const HelpRequestView = z.object({
  id: z.string(),
  kind: z.enum(HELP_REQUEST_KINDS),
  askedBy: z.string(),
  mine: z.boolean(),
  worryAbout: z.enum(WORRY_ABOUT).nullable(),
  words: z.string(),
  /** The language the asker wrote their words (and the time that suits them) in: shown as written, marked with it. */
  writtenIn: z.enum(LOCALES),
  urgency: z.enum(HELP_URGENCIES),
  contactWays: z.array(z.enum(CONTACT_WAYS)),
  contactTime: z.string().nullable(),
  outOfHours: z.boolean(),
  purpose: z.literal('early_help'),
  sentTo: z.array(z.string()),
  acknowledgeBy: z.string().nullable(),
  acknowledged: z.object({ by: z.string(), at: z.string() }).nullable(),
  events: z.array(HelpEvent),
  createdAt: z.string(),
});
export type HelpRequestView = z.infer<typeof HelpRequestView>;

/** The family member's help page: what they can send, to whom, whether it is out of hours, and their requests. */
export const PortalHelp = z.object({
  kind: z.enum(HELP_REQUEST_KINDS),
  outOfHours: z.boolean(),
  nextOpening: z.string().nullable(),
  /** The parent's own crisis contacts from her wellness plan (its "crisis_supporters" part); null for anyone else. */
  crisisContacts: z.string().nullable(),
  /** The language they were written in (her plan's words as written). */
  crisisContactsWrittenIn: z.enum(LOCALES),
  goesTo: z.array(z.string()),
  canChooseWho: z.boolean(),
  parentName: z.string().nullable(),
  requests: z.array(HelpRequestView),
});
export type PortalHelp = z.infer<typeof PortalHelp>;

export const HelpSettings = z.object({
  version: z.number().int(),
  /** A young person chooses one adult; a parent any of her care team. */
  single: z.boolean(),
  chosenStaffIds: z.array(z.string()),
  defaultStaffIds: z.array(z.string()),
  options: z.array(
    z.object({
      staffId: z.string(),
      name: z.string(),
      /** Their job title and organisation, as written ("Community mental health nurse, Northfield Mental Health Trust"). */
      description: z.string(),
      /** Their role on the family's care team (a key of shared/domain/care-team-roles.ts), worded by the page's language. */
      teamRole: z.enum(CARE_TEAM_ROLE_KEYS),
      organisationName: z.string(),
      keyWorker: z.boolean(),
    }),
  ),
});
export type HelpSettings = z.infer<typeof HelpSettings>;

export const HelpSettingsInput = z.object({
  staffIds: z.array(z.uuid({ message: 'Choose someone from your care team' })).max(20),
  version: VersionOrNew,
});
export type HelpSettingsInput = z.input<typeof HelpSettingsInput>;

/** A request in the family page's list, for the care team. */
export const HelpRequestSummary = z.object({
  id: z.string(),
  kind: z.enum(HELP_REQUEST_KINDS),
  askedBy: z.string(),
  worryAbout: z.enum(WORRY_ABOUT).nullable(),
  urgency: z.enum(HELP_URGENCIES),
  createdAt: z.string(),
  acknowledgeBy: z.string().nullable(),
  acknowledged: z.object({ by: z.string(), at: z.string() }).nullable(),
  overdue: z.boolean(),
});
export const HelpRequestList = z.object({ requests: z.array(HelpRequestSummary) });
export type HelpRequestList = z.infer<typeof HelpRequestList>;

const PlanPart = z.object({ key: z.string(), title: z.string(), text: z.string() });

/** What a worker on the care team sees of one request: the request, what helps her, the children's care, the last contacts. */
export const WorkerHelpRequest = z.object({
  familyId: z.string(),
  /** The parent the record is about, by the name the family uses. */
  parentName: z.string().nullable(),
  request: HelpRequestView.extend({
    askerKind: z.string(),
    handlers: z.array(z.object({ staffId: z.string(), name: z.string() })),
    worryOutcome: z.enum(WORRY_OUTCOMES).nullable(),
    safeguardingReason: z.string().nullable(),
  }),
  canRespond: z.boolean(),
  colleagues: z.array(z.object({ staffId: z.string(), name: z.string(), description: z.string() })),
  /** Her early warning signs and what helps, from her wellness plan: only the parts she shared with this worker. */
  wellness: z.array(PlanPart),
  wellnessHiddenCount: z.number().int(),
  contingency: z.array(
    z.object({
      child: z.string(),
      carerName: z.string().nullable(),
      carerResponse: z.string().nullable(),
      text: z.string(),
    }),
  ),
  recentContacts: z.array(Entry),
  /**
   * For the care team only: where a worker kept words the respectful-language check found in a response the family
   * reads, which response (its event) and why (issue 16 §1). Never in the family's view of the request.
   */
  keptAsWritten: z.array(KeptAsWritten.extend({ eventId: z.string() })),
});
export type WorkerHelpRequest = z.infer<typeof WorkerHelpRequest>;

export const AcknowledgeInput = z.object({
  whatWillHappen: Text(2000).min(1, 'Say what will happen next, in words the person will read'),
  worryOutcome: z.enum(WORRY_OUTCOMES, { message: 'Choose whether the parent is told' }).optional(),
  safeguardingReason: Text(2000).optional(),
  /** The writer keeps words the respectful-language check found in `whatWillHappen` (issue 16 §1; modules/words). */
  keepAsWritten: KeepAsWritten,
});
export type AcknowledgeInput = z.input<typeof AcknowledgeInput>;

export const ArrangeContactInput = z.object({
  at: DateTime,
  way: z.enum(CONTACT_WAYS, { message: 'Choose how you will be in touch' }),
  note: Text(2000).optional(),
  /** The person asking reads the note: the writer keeps words the check found in it (issue 16 §1). */
  keepAsWritten: KeepAsWritten,
});
export type ArrangeContactInput = z.input<typeof ArrangeContactInput>;

export const PassInput = z.object({
  staffId: z.uuid({ message: 'Choose a colleague on the care team' }),
  note: Text(2000).min(1, 'Write a note for your colleague'),
  /** The person asking reads the note too: the writer keeps words the check found in it (issue 16 §1). */
  keepAsWritten: KeepAsWritten,
});
export type PassInput = z.input<typeof PassInput>;

/** The information governance lead's review of a worry not told to the parent: a note for the record. */
export const ReviewWorryInput = z.object({ note: Text(2000).min(1, 'Write what you checked and decided') });
export type ReviewWorryInput = z.input<typeof ReviewWorryInput>;

export const DutyWorkerInput = z.object({ staffId: z.uuid({ message: 'Choose a worker in this team' }).nullable() });
export const DutyWorker = z.object({ teamId: z.string(), dutyStaffId: z.string().nullable(), dutyName: z.string().nullable() });
