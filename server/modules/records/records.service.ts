// Record entry use cases for professionals (P1, P2, P14): record in one go (idempotent), read, correct
// with history and 409 on stale versions, withhold with a listed reason, mark in error, answer replies.

import type { z } from 'zod';
import { isSaneDateTime } from '../../../shared/contracts/common.ts';
import type {
  CreateEntryRequest,
  EditEntryRequest,
  EnteredInErrorRequest,
  Entry,
  EntryList,
  HidePlaceholderRequest,
  ReplyRequest,
  WithholdRequest,
} from '../../../shared/contracts/records.ts';
import { dateInWords } from '../../../shared/domain/dates.ts';
import { type ProfessionalActor, writerLanguage } from '../../access/actor.ts';
import {
  categoryChangeWidens,
  defaultWithholding,
  type EntryChange,
  mayChangeEntry,
  WIDENING_MESSAGE,
  whoMayChange,
} from '../../access/entry-policy.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import type { AccessScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, HttpError, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { askForFeedback } from '../feedback/index.ts';
import { type CheckedFields, checkWords, keptFor, recordKeptAsWritten } from '../words/index.ts';
import { type EntryExtras, toEntry } from './entry-views.ts';
import * as repo from './records.repo.ts';
import { requestFingerprint } from './request-fingerprint.ts';

export const PAGE_SIZE = 50;

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

export function encodeCursor(row: { occurred_at: Date | string; id: string }): string {
  const at = row.occurred_at instanceof Date ? row.occurred_at.toISOString() : row.occurred_at;
  return Buffer.from(`${at}|${row.id}`).toString('base64url');
}
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
export function decodeCursor(cursor: string | undefined): repo.Cursor | undefined {
  if (!cursor) return undefined;
  const [occurredAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  // The time must be one encodeCursor could have written: a far year (275760) parses here but PostgreSQL refuses it.
  if (!occurredAt || !id || !isUuid(id) || !CURSOR_TIME.test(occurredAt) || !isSaneDateTime(occurredAt))
    throw badRequest('That page link is not valid; go back to the first page.', { cursor: 'Go back to the first page' });
  return { occurredAt, id };
}

type MentionsOf = Pick<
  repo.EntryRow,
  'id' | 'author_staff_id' | 'present_staff_ids' | 'present_person_ids' | 'withholding_decided_by_staff_id' | 'entered_in_error_by_staff_id'
>;

/**
 * Versions, replies and names for a set of entries: one statement whatever their count. With `forTeam`, one more: the
 * kept-as-written confirmations of the entries and their replies, which only the care team's view shows.
 */
export async function extrasFor(tx: Tx, family: VisibleFamily, rows: MentionsOf[], forTeam = false): Promise<EntryExtras> {
  const staffIds = new Set<string>();
  const personIds = new Set<string>();
  for (const r of rows) {
    staffIds.add(r.author_staff_id);
    for (const s of r.present_staff_ids) staffIds.add(s);
    for (const p of r.present_person_ids) personIds.add(p);
    if (r.withholding_decided_by_staff_id) staffIds.add(r.withholding_decided_by_staff_id);
    if (r.entered_in_error_by_staff_id) staffIds.add(r.entered_in_error_by_staff_id);
  }
  const extras = await repo.entryExtras(
    tx,
    family,
    rows.map((r) => r.id),
    [...staffIds],
    [...personIds],
  );
  if (!forTeam) return extras;
  const subjects = [...rows.map((r) => r.id), ...extras.replies.filter((r) => r.account_kind === 'professional').map((r) => r.id)];
  return { ...extras, kept: await keptFor(tx, family, ['record_entry', 'reply', 'entry_in_error'], subjects) };
}

/**
 * The words of an entry a family member may read, by field (the 400 names each): its text and, for a decision, every
 * part of the decision. Not the part kept from the parent (restrictedText), which the family never reads.
 */
function familyReadable(text: string, decision: z.output<typeof CreateEntryRequest>['decision'] | null | undefined): CheckedFields {
  return {
    text,
    ...(decision && {
      'decision.optionsConsidered': decision.optionsConsidered,
      'decision.reasons': decision.reasons,
      'decision.decidedBy': decision.decidedBy,
      'decision.parentView': decision.parentView,
      'decision.howToChallenge': decision.howToChallenge,
    }),
  };
}

/** One entry as this scope's professional sees it, with the changes they may make to it. */
async function loadEntry(tx: Tx, scope: AccessScope, family: VisibleFamily, entryId: string): Promise<Entry | null> {
  if (!isUuid(entryId)) return null;
  const row = await repo.findEntry(tx, scope, family, entryId);
  if (!row) return null;
  return toEntry(row, await extrasFor(tx, family, [row], true), scope.actor);
}

export function listEntries(deps: FamilyDeps, ctx: RequestContext, familyId: string, cursor?: string): Promise<EntryList> {
  professional(ctx);
  const after = decodeCursor(cursor);
  return readFamily(deps, ctx, familyId, 'entries.listed', async (tx, family) => {
    const { rows, more } = await repo.listEntries(tx, ctx.scope, family, { cursor: after, limit: PAGE_SIZE });
    const extras = await extrasFor(tx, family, rows, true);
    const last = rows.at(-1);
    return {
      result: { entries: rows.map((r) => toEntry(r, extras, ctx.actor)), nextCursor: more && last ? encodeCursor(last) : null },
      audit: { details: { count: rows.length } },
    };
  });
}

export function getEntry(deps: FamilyDeps, ctx: RequestContext, familyId: string, entryId: string): Promise<Entry> {
  professional(ctx);
  return readFamily(deps, ctx, familyId, 'entry.viewed', async (tx, family) => {
    const entry = await loadEntry(tx, ctx.scope, family, entryId);
    return entry ? { result: entry, audit: { subjectType: 'entry', subjectId: entry.id } } : null;
  });
}

const CREATE_ENTRY_ROUTE = 'POST /api/families/:familyId/entries';

/** A key already used for a different request (IETF Idempotency-Key draft: 422); nothing is changed. */
export const keyReused = () =>
  new HttpError(
    422,
    'idempotency_key_reused',
    'This entry was not saved: it was sent with the same reference as an earlier save with different words or choices. Nothing was changed. Check the family’s record for the earlier save, then save this one again.',
  );

export async function createEntry(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof CreateEntryRequest>,
  idempotencyKey: string | undefined,
): Promise<{ entry: Entry; created: boolean }> {
  const actor = professional(ctx);
  if (idempotencyKey !== undefined && !/^[A-Za-z0-9_-]{8,100}$/.test(idempotencyKey)) {
    throw badRequest('The idempotency-key header must be 8 to 100 letters, digits, - or _.');
  }
  const fingerprint = idempotencyKey === undefined ? null : requestFingerprint(CREATE_ENTRY_ROUTE, input);
  return withFamily<{ entry: Entry; created: boolean }, repo.FamilyWithPeopleAndTeam>(
    deps,
    ctx,
    familyId,
    'entry.created',
    async (tx, family) => {
      const personIds = new Set(family.people.map((p) => p.id));
      const strangers = [...input.presentPersonIds, ...input.aboutPersonIds].filter((id) => !personIds.has(id));
      if (strangers.length) throw badRequest('Choose people from this family.', { presentPersonIds: 'Choose people from this family' });
      const staffIds = new Set(family.team.map((m) => m.staff_id));
      if (input.presentStaffIds.some((id) => !staffIds.has(id))) {
        throw badRequest('Choose people from this family’s care team.', { presentStaffIds: 'Choose people from the care team' });
      }
      // Words the family will read are checked before anything is written (issue 16 §1): 400 unless kept as written.
      const words = checkWords(familyReadable(input.text, input.kind === 'decision' ? input.decision : null), input.keepAsWritten);
      const id = newId();
      // Third-party information is kept from the family until its author releases it (P1, PRODUCT §7).
      const withholding = input.withholding ?? defaultWithholding(input.category, new Date());
      const partWithheld = withholding?.scope === 'part';
      const inserted = await repo.insertEntryWithFirstVersion(tx, family, {
        id,
        kind: input.kind,
        occurred_at: input.occurredAt,
        author_staff_id: actor.staffId,
        author_organisation_id: actor.organisationId,
        category: input.category,
        present_person_ids: input.presentPersonIds,
        present_staff_ids: input.presentStaffIds,
        about_person_ids: input.aboutPersonIds,
        text: input.text,
        restricted_text: partWithheld ? (input.restrictedText ?? null) : null,
        decision: input.kind === 'decision' && input.decision ? JSON.stringify(input.decision) : null,
        withholding_scope: withholding?.scope ?? null,
        withholding_reason: withholding?.reason ?? null,
        withholding_review_on: withholding?.reviewOn ?? null,
        withholding_decided_by_staff_id: withholding ? actor.staffId : null,
        withholding_decided_at: withholding ? new Date() : null,
        idempotency_key: idempotencyKey ?? null,
        idempotency_fingerprint: fingerprint,
      });
      if (!inserted && idempotencyKey) {
        // A retried submission (double click, dropped connection) returns the entry it already made; the same key
        // with different content is refused, so a change is never reported saved when it was not.
        const existing = await repo.findByIdempotencyKey(tx, family, actor.staffId, idempotencyKey);
        if (existing?.idempotency_fingerprint && existing.idempotency_fingerprint !== fingerprint) throw keyReused();
        const entry = existing && (await loadEntry(tx, ctx.scope, family, existing.id));
        if (!entry) return null;
        return { result: { entry, created: false }, audit: { subjectType: 'entry', subjectId: entry.id, details: { retried: true } } };
      }
      // Only a save that made the entry keeps a confirmation: a retry answers with the first save's, unchanged.
      await recordKeptAsWritten(tx, family, actor, { kind: 'record_entry', id, version: 1 }, words);
      await askForFeedback(tx, family, { about: 'contact', id, workerId: actor.staffId }, new Date());
      const entry = await loadEntry(tx, ctx.scope, family, id);
      if (!entry) return null;
      return {
        result: { entry, created: true },
        audit: {
          subjectType: 'entry',
          subjectId: id,
          details: { kind: input.kind, category: input.category, withheld: withholding?.scope ?? null },
        },
      };
    },
    // The people and team a new entry may name, read in the access check's own statement.
    repo.withPeopleAndTeam(),
  );
}

/** A change the policy refuses: answered 403 and audited as a denial (the change's own transaction rolls back). */
class ChangeRefused extends Error {
  constructor(
    readonly reason: string,
    readonly error: HttpError,
  ) {
    super(error.message);
  }
}

type Change = (
  tx: Tx,
  current: Entry,
  actor: ProfessionalActor,
  family: VisibleFamily,
) => Promise<{ version: number | undefined; details?: Record<string, unknown> }>;

/**
 * Runs a versioned change of an entry the caller can see (404 otherwise): first the policy (access/entry-policy.ts)
 * for every kind of change it makes, 403 naming who can; then the change, 409 with the current entry when
 * `version` is stale, nothing overwritten.
 */
async function changeEntry(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  entryId: string,
  action: AuditAction,
  needs: (current: Entry) => EntryChange[],
  change: Change,
): Promise<Entry> {
  const actor = professional(ctx);
  try {
    return await withFamily(deps, ctx, familyId, action, async (tx, family) => {
      const current = await loadEntry(tx, ctx.scope, family, entryId);
      if (!current) return null;
      const refused = needs(current).find((c) => !mayChangeEntry(actor, current, c));
      if (refused) {
        const author = { name: current.authorName, organisation: current.authorOrganisation };
        throw new ChangeRefused(`may_not_${refused}`, forbidden(whoMayChange(refused, author)));
      }
      const { version, details } = await change(tx, current, actor, family);
      if (version === undefined) {
        // The entry as the save that won left it, read again now (not `current`, read before that save committed).
        throw await staleSave(
          () => loadEntry(tx, ctx.scope, family, entryId),
          'Someone else changed this entry while you were working on it. Their version is shown below, and your text is kept.',
        );
      }
      const entry = await loadEntry(tx, ctx.scope, family, entryId);
      return entry ? { result: entry, audit: { subjectType: 'entry', subjectId: entryId, details } } : null;
    });
  } catch (error) {
    if (!(error instanceof ChangeRefused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor,
      familyId,
      subjectType: 'entry',
      subjectId: entryId,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: action, reason: error.reason },
    });
    throw error.error;
  }
}

export function editEntry(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  entryId: string,
  input: z.output<typeof EditEntryRequest>,
) {
  const needs = (current: Entry): EntryChange[] => (input.category === current.category ? ['edit_text'] : ['edit_text', 'change_category']);
  return changeEntry(deps, ctx, familyId, entryId, 'entry.edited', needs, async (tx, current, actor, family) => {
    if (current.enteredInError) throw badRequest('This entry was marked as entered in error and can no longer be changed.');
    const recategorised = input.category !== current.category;
    // A change that lets more people read the entry needs the authority of a new share (consent or override).
    if (recategorised && categoryChangeWidens(current.category, input.category, current, await repo.sharingFacts(tx, family))) {
      throw new ChangeRefused('widens_sharing', forbidden(WIDENING_MESSAGE));
    }
    // Made third-party information now: kept from the family until its author releases it, as when written so.
    const withhold = recategorised && !current.withholding ? defaultWithholding(input.category, new Date()) : null;
    const restricted = current.withholding?.scope === 'part' ? (input.restrictedText ?? current.restrictedText) : null;
    const decided = current.kind === 'decision' ? (input.decision ?? current.decision) : null;
    // The whole of what the family will read in this version is checked, and kept as written once per save (issue 16 §1).
    const words = checkWords(familyReadable(input.text, decided), input.keepAsWritten);
    const decision = decided ? JSON.stringify(decided) : null;
    const version = await repo.updateEntry(tx, family, current.id, input.version, {
      text: input.text,
      restricted_text: restricted,
      category: input.category,
      occurred_at: input.occurredAt,
      decision,
      ...(withhold && {
        withholding_scope: withhold.scope,
        withholding_reason: withhold.reason,
        withholding_review_on: withhold.reviewOn,
        withholding_decided_by_staff_id: actor.staffId,
        withholding_decided_at: new Date(),
      }),
    });
    if (version !== undefined) {
      await repo.insertVersion(tx, family, {
        entry_id: current.id,
        version,
        text: input.text,
        restricted_text: restricted,
        category: input.category,
        occurred_at: input.occurredAt,
        decision,
        edited_by_staff_id: actor.staffId,
        change_note: input.changeNote,
      });
      await recordKeptAsWritten(tx, family, actor, { kind: 'record_entry', id: current.id, version }, words);
    }
    return { version, details: recategorised ? { version, category: input.category } : { version } };
  });
}

export function setWithholding(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  entryId: string,
  input: z.output<typeof WithholdRequest>,
) {
  const needs = (): EntryChange[] => [input.withholding ? 'withhold' : 'release'];
  return changeEntry(deps, ctx, familyId, entryId, 'entry.withholding_changed', needs, async (tx, current, actor, family) => {
    const w = input.withholding;
    if (w?.scope === 'part' && !(input.restrictedText ?? current.restrictedText)) {
      throw badRequest('Write the part to keep from the parent.', { restrictedText: 'Write the part to keep from the parent' });
    }
    const version = await repo.updateEntry(tx, family, current.id, input.version, {
      withholding_scope: w?.scope ?? null,
      withholding_reason: w?.reason ?? null,
      withholding_review_on: w?.reviewOn ?? null,
      withholding_decided_by_staff_id: w ? actor.staffId : null,
      withholding_decided_at: w ? new Date() : null,
      restricted_text: w?.scope === 'part' ? (input.restrictedText ?? current.restrictedText) : current.restrictedText,
      placeholder_hidden: w?.scope === 'whole' ? current.withholding?.placeholderHidden === true : false,
    });
    return { version, details: { scope: w?.scope ?? null, reason: w?.reason ?? null, reviewOn: w?.reviewOn ?? null } };
  });
}

/** A team manager of the agency that wrote the entry hides even that it is withheld (the route admits team managers). */
export function hidePlaceholder(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  entryId: string,
  input: z.output<typeof HidePlaceholderRequest>,
) {
  return changeEntry(
    deps,
    ctx,
    familyId,
    entryId,
    'entry.placeholder_hidden',
    () => ['hide_placeholder'],
    async (tx, current, actor, family) => {
      if (current.withholding?.scope !== 'whole')
        throw badRequest('Only an entry kept wholly from the parent can have its placeholder hidden.');
      const version = await repo.updateEntry(tx, family, current.id, current.version, {
        placeholder_hidden: true,
        placeholder_hidden_by_staff_id: actor.staffId,
        placeholder_hidden_reason: input.reason,
      });
      return { version, details: { reason: input.reason } };
    },
  );
}

export function markEnteredInError(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  entryId: string,
  input: z.output<typeof EnteredInErrorRequest>,
) {
  return changeEntry(
    deps,
    ctx,
    familyId,
    entryId,
    'entry.marked_in_error',
    () => ['mark_in_error'],
    async (tx, current, actor, family) => {
      if (current.enteredInError) return { version: current.version };
      // The family reads the reason beside the entry: checked as any professional's words to them (issue 16 §1).
      const words = checkWords({ reason: input.reason }, input.keepAsWritten);
      const version = await repo.updateEntry(tx, family, current.id, input.version, {
        entered_in_error_at: new Date(),
        entered_in_error_reason: input.reason,
        entered_in_error_by_staff_id: actor.staffId,
      });
      // Kept beside the version the marking made (its own subject kind: that version has no wording of its own).
      if (version !== undefined) await recordKeptAsWritten(tx, family, actor, { kind: 'entry_in_error', id: current.id, version }, words);
      return { version, details: { reason: input.reason } };
    },
  );
}

/** Adds a reply and tells the author and the key workers who may read the entry (everyone but the person replying); its id. */
export async function addReplyAndNotify(
  tx: Tx,
  family: VisibleFamily,
  entry: Entry,
  ctx: RequestContext,
  kind: z.output<typeof ReplyRequest>['kind'],
  text: string,
  who: string,
): Promise<string> {
  const accountId = ctx.actor.kind === 'anonymous' || ctx.actor.kind === 'system' ? null : ctx.actor.accountId;
  if (!accountId) throw forbidden();
  const id = newId();
  await repo.insertReply(tx, family, {
    id,
    entry_id: entry.id,
    kind,
    text,
    written_in: writerLanguage(ctx.actor),
    author_account_id: accountId,
  });
  const candidates = new Set([entry.authorStaffId, ...(await repo.keyWorkerStaffIds(tx, family))]);
  if (ctx.actor.kind === 'professional') candidates.delete(ctx.actor.staffId);
  // Tell only those who can open the entry: a key worker from another agency may not see its category.
  const recipients = await repo.staffWhoMayReadEntry(tx, family, entry.id, [...candidates]);
  const on = dateInWords(new Date(entry.occurredAt), 'UTC');
  const what = kind === 'disagree' ? 'disagrees with' : kind === 'correction_request' ? 'asked for a correction to' : 'replied to';
  await repo.notify(
    tx,
    family,
    recipients.map((staffId) => ({
      id: newId(),
      recipient_staff_id: staffId,
      kind: 'entry_reply' as const,
      entry_id: entry.id,
      message: `${who} ${what} the ${entry.kindLabel.toLowerCase()} entry of ${on}.`,
      dedupe_key: null,
    })),
  );
  return id;
}

export function answerAsTeam(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  entryId: string,
  input: z.output<typeof ReplyRequest>,
) {
  // Answering as the team is open to everyone on the team who can see the entry (access/entry-policy.ts).
  return changeEntry(
    deps,
    ctx,
    familyId,
    entryId,
    'entry.replied',
    () => ['team_answer'],
    async (tx, current, actor, family) => {
      if (input.kind !== 'team_answer') throw badRequest('Professionals answer as the team.', { kind: 'Use team_answer' });
      // The family reads the team's answer: checked as any professional's words (issue 16 §1); a family's reply never is.
      const words = checkWords({ text: input.text }, input.keepAsWritten);
      const replyId = await addReplyAndNotify(tx, family, current, ctx, 'team_answer', input.text, actor.name);
      await recordKeptAsWritten(tx, family, actor, { kind: 'reply', id: replyId, version: 1 }, words);
      return { version: current.version, details: { kind: input.kind } };
    },
  );
}
