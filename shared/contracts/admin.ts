// Administrator console contracts: organisations, teams, workers' accounts (invitations, deactivation, second
// factor resets) and the mail outbox. Every input is refused with the field named and what to change.
import { z } from 'zod';
import { STAFF_ROLES } from '../domain/accounts.ts';
import { ORGANISATION_KIND_KEYS } from '../domain/care-team-roles.ts';
import { MAIL_KINDS, MAIL_STATUSES } from '../domain/mail.ts';
import { Text, Version } from './common.ts';

const required = (max: number, what: string) => Text(max).min(1, what);
const optional = (max: number) =>
  Text(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const OrganisationKindInput = z.enum(ORGANISATION_KIND_KEYS, { message: 'Choose what kind of organisation this is' });
export const StaffRoleInput = z.enum(STAFF_ROLES, { message: 'Choose a role' });

/** An email address, or nothing: a worker may be invited in person with the link instead. */
const EmailInput = z
  .string()
  .trim()
  .max(254, 'Keep the email address under 254 characters')
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.email('Enter an email address like name@example.org').nullable());

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const UsernameInput = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, 'Use 3 to 40 lower-case letters, numbers, dots, dashes or underscores, starting with a letter or number');

export const CreateOrganisationRequest = z.object({
  name: required(200, 'Enter the organisation’s name'),
  kind: OrganisationKindInput,
  phone: optional(50),
  email: EmailInput,
});

export const TeamInput = z.object({ name: required(120, 'Enter the team’s name') });
export const RenameTeamRequest = TeamInput.extend({ version: Version });

const WorkerFields = {
  fullName: required(200, 'Enter the worker’s full name'),
  jobTitle: required(200, 'Enter their job title'),
  discipline: required(200, 'Enter their profession, for example social work or nursing'),
  role: StaffRoleInput,
  teamId: z
    .uuid('Choose a team')
    .nullish()
    .transform((v) => v ?? null),
  email: EmailInput,
  phone: optional(50),
};
export const CreateWorkerRequest = z.object({ ...WorkerFields, username: UsernameInput });
export const UpdateWorkerRequest = z.object({ ...WorkerFields, version: Version });

export const SecondFactorResetRequest = z.object({
  reason: Text(2000).min(10, 'Write why the second factor is being reset, in a sentence'),
});

export const Organisation = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KIND_KEYS),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  staffCount: z.number(),
});
export const OrganisationList = z.object({
  organisations: z.array(Organisation),
  /** Whether the caller may add organisations (platform administrators). */
  mayAddOrganisations: z.boolean(),
});

export const Team = z.object({ id: z.string(), name: z.string(), version: z.number(), staffCount: z.number() });

/** invited: no password chosen yet; active: can sign in; deactivated: cannot sign in. */
export const AccountStatus = z.enum(['invited', 'active', 'deactivated']);

export const WorkerSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  jobTitle: z.string(),
  role: z.enum(STAFF_ROLES),
  teamName: z.string().nullable(),
  status: AccountStatus,
});

export const OrganisationDetail = z.object({
  organisation: Organisation,
  teams: z.array(Team),
  workers: z.array(WorkerSummary),
  /** The roles the caller may give in this organisation (only a platform administrator gives that role). */
  assignableRoles: z.array(z.enum(STAFF_ROLES)),
});

export const Worker = z.object({
  id: z.string(),
  fullName: z.string(),
  jobTitle: z.string(),
  discipline: z.string(),
  role: z.enum(STAFF_ROLES),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  username: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  status: AccountStatus,
  /** Whether they have set up their authenticator app (a second factor). */
  secondFactor: z.boolean(),
  /** The newest invitation not yet used or cancelled: when it stops working. */
  invitationExpiresAt: z.string().nullable(),
  /** How many families' care teams they are on now (a number only: administrators see no family). */
  careTeams: z.number(),
  version: z.number(),
  /** What the caller may do to this worker, so the console offers only those. */
  allowed: z.object({
    edit: z.boolean(),
    invite: z.boolean(),
    deactivate: z.boolean(),
    reactivate: z.boolean(),
    resetSecondFactor: z.boolean(),
  }),
});

/** A one-time link, shown once: the token behind it is stored only as a hash. */
export const InvitationLink = z.object({
  path: z.string(),
  expiresAt: z.string(),
  /** Whether an email with the link was queued (the worker has an email address). */
  emailed: z.boolean(),
});

export const WorkerCreated = z.object({
  worker: Worker,
  invitation: InvitationLink.nullable(),
  /** A retried "Add a worker" (same idempotency key): the worker made the first time, and no new link. */
  alreadyCreated: z.boolean(),
});
export const WorkerWithLink = z.object({ worker: Worker, invitation: InvitationLink });

export const OutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  kind: z.enum(MAIL_KINDS),
  status: z.enum(MAIL_STATUSES),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  recipient: z.object({ staffId: z.string(), fullName: z.string(), organisationName: z.string() }),
  /** The link, while it has not been sent (no SMTP): never for a password reset, which only its asker should have. */
  path: z.string().nullable(),
});
export const Outbox = z.object({ messages: z.array(OutboxMessage), nextCursor: z.string().nullable() });
