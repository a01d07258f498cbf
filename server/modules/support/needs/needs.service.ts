// Changing needs (issue 15 §1): a family member adds and edits what would help in their own words; a worker adds one
// with them (they are told, and can say "that's not right"); barriers once per person; support offered or found, when
// it was received, and "did it help?". Who may do what is access/need-policy.ts; each change is one transaction with
// its audit event, a stale save a 409 with the need as it is now.
import type { z } from 'zod';
import type {
  Barriers,
  EditNeedRequest,
  HelpedRequest,
  Need,
  NewNeedRequest,
  NewSupportRequest,
  NotRightRequest,
  SaveBarriersRequest,
  UpdateSupportRequest,
} from '../../../../shared/contracts/needs.ts';
import { NEED_DOMAIN_CATEGORY, type NeedRaisedBy } from '../../../../shared/domain/needs.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifySupport as n } from '../../../../shared/i18n/notify-support.messages.ts';
import { writerLanguage } from '../../../access/actor.ts';
import { type FamilyDeps, isUuid } from '../../../access/family-access.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden, HttpError, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { notifyFamily } from '../../notifications/index.ts';
import { requestFingerprint } from '../../records/index.ts';
import { checkWords, recordKeptAsWritten } from '../../words/index.ts';
import * as repo from './needs.repo.ts';
import {
  callerOf,
  changeFamily,
  familyMember,
  insist,
  languageOfSave,
  loadNeed,
  type NeedParts,
  needParts,
  Refused,
  tellFamily,
} from './needs-access.ts';
import { barriersView, type Caller, factsFor, today } from './needs-views.ts';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;
export function checkKey(key: string | undefined) {
  if (key !== undefined && !KEY.test(key)) throw badRequest('The idempotency-key header must be 8 to 100 letters, digits, - or _.');
}
export const keyReused = () =>
  new HttpError(
    422,
    'idempotency_key_reused',
    'This was not saved: it had the same reference as something you saved before with different words. Nothing was changed. Check the list, then save it again.',
  );

/** The family on a portal route is the caller's own; on a care-team route the one in the address. */
export const familyIdOf = (ctx: RequestContext, familyId: string | null) => familyId ?? familyMember(ctx).familyId;

/** The need (404 when out of reach) and the caller, for a change. */
async function found(
  tx: Tx,
  ctx: RequestContext,
  family: VisibleFamily,
  needId: string,
): Promise<{ parts: NeedParts; caller: Caller } | null> {
  const parts = await needParts(tx, ctx.scope, family, needId);
  return parts ? { parts, caller: await callerOf(tx, family, ctx) } : null;
}

const answer = async (tx: Tx, ctx: RequestContext, family: VisibleFamily, caller: Caller, needId: string) => {
  const need = await loadNeed(tx, ctx.scope, family, caller, needId);
  return need ? { result: need, audit: { subjectType: 'need', subjectId: needId } } : null;
};

export function addNeed(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  input: z.output<typeof NewNeedRequest>,
  idempotencyKey: string | undefined,
  route: string,
): Promise<{ need: Need; created: boolean }> {
  checkKey(idempotencyKey);
  const a = ctx.actor;
  const fingerprint = idempotencyKey === undefined ? null : requestFingerprint(route, input);
  return changeFamily<{ need: Need; created: boolean }>(
    deps,
    ctx,
    familyIdOf(ctx, familyId),
    'need.added',
    { type: 'person', id: input.personId },
    async (tx, family) => {
      const [people, caller] = await Promise.all([repo.people(tx, family), callerOf(tx, family, ctx)]);
      const person = people.find((p) => p.id === input.personId);
      if (!person) throw badRequest('Choose someone in the family.', { personId: 'Choose someone in the family' });
      insist('add', factsFor(caller, person));
      const worker = a.kind === 'professional' ? a : null;
      if (a.kind === 'anonymous' || a.kind === 'system') throw forbidden();
      const raisedBy: NeedRaisedBy = worker ? (input.raisedBy ?? 'worker') : 'person';
      // A worker's words are checked before they are written (issue 16 §1); a family member's own words never are.
      const words = worker ? checkWords({ words: input.words, supportWanted: input.supportWanted }, input.keepAsWritten) : null;
      const id = newId();
      const inserted = await repo.insertNeed(tx, family, {
        id,
        person_id: person.id,
        domain: input.domain,
        words: input.words,
        importance: input.importance,
        support_wanted: input.supportWanted,
        category: NEED_DOMAIN_CATEGORY[input.domain],
        written_in: writerLanguage(a),
        raised_by: raisedBy,
        written_by_account_id: a.accountId,
        written_by_staff_id: worker?.staffId ?? null,
        author_organisation_id: worker?.organisationId ?? null,
        idempotency_key: idempotencyKey ?? null,
        idempotency_fingerprint: fingerprint,
      });
      const audit = (needId: string, retried: boolean) => ({
        subjectType: 'need',
        subjectId: needId,
        details: { person: person.id, raisedBy, retried },
      });
      if (!inserted && idempotencyKey) {
        // A retried save (a double tap, a dropped connection) answers with what the first one made.
        const existing = await repo.needByKey(tx, family, a.accountId, idempotencyKey);
        if (!existing) return null;
        if (existing.idempotency_fingerprint !== fingerprint) throw keyReused();
        const need = await loadNeed(tx, ctx.scope, family, caller, existing.id);
        return need ? { result: { need, created: false }, audit: audit(existing.id, true) } : null;
      }
      if (worker && words) await recordKeptAsWritten(tx, family, worker, { kind: 'need', id, version: 1 }, words);
      if (worker) {
        // Written with them: they are told, so they can look and say if it is not right.
        await tellFamily(tx, family, person, 'need_added', a.accountId, (name) =>
          name === null ? phrase(n.needAddedForYou, { worker: worker.name }) : phrase(n.needAddedFor, { worker: worker.name, name }),
        );
      }
      const need = await loadNeed(tx, ctx.scope, family, caller, id);
      return need ? { result: { need, created: true }, audit: audit(id, false) } : null;
    },
  );
}

export function editNeed(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  needId: string,
  input: z.output<typeof EditNeedRequest>,
): Promise<Need> {
  return changeFamily(deps, ctx, familyIdOf(ctx, familyId), 'need.edited', { type: 'need', id: needId }, async (tx, family) => {
    const got = await found(tx, ctx, family, needId);
    if (!got) return null;
    const { need, person } = got.parts;
    const facts = factsFor(got.caller, person, need);
    const wordsChanged =
      input.domain !== need.domain ||
      input.words !== need.words ||
      input.importance !== need.importance ||
      (input.supportWanted ?? null) !== need.support_wanted;
    const statusChanged = input.status !== need.status;
    if (wordsChanged || !statusChanged) insist('edit', facts);
    if (statusChanged) insist('status', facts);
    // Only the words a worker changes are theirs to confirm (issue 16 §1): the person's own words left as they were are not.
    const worker = ctx.actor.kind === 'professional' ? ctx.actor : null;
    const changed: Record<string, string | null> = {};
    if (input.words !== need.words) changed.words = input.words;
    if ((input.supportWanted ?? null) !== need.support_wanted) changed.supportWanted = input.supportWanted ?? null;
    const words = worker ? checkWords(changed, input.keepAsWritten) : null;
    const category = NEED_DOMAIN_CATEGORY[input.domain];
    // Another area can mean other services read it (mental health is not general): that is the family's to decide.
    if (facts.actor === 'professional' && category !== need.category)
      throw new Refused(
        'widens_reading',
        forbidden(
          'Moving this to that area would change which services can read it. Ask the family to change it, or add a new need with them.',
        ),
      );
    const saved = await repo.updateNeed(
      tx,
      family,
      need.id,
      input.version,
      {
        domain: input.domain,
        words: input.words,
        importance: input.importance,
        support_wanted: input.supportWanted ?? null,
        category,
        // Changed words are the writer's; words left as they were keep their language.
        written_in: Object.keys(changed).length > 0 ? languageOfSave(ctx.actor, need.written_in) : need.written_in,
        status: input.status,
      },
      input.status !== 'open',
    );
    if (!saved)
      throw await staleSave(
        () => loadNeed(tx, ctx.scope, family, got.caller, need.id),
        'Someone else changed this while you were working on it. Here it is now; your words are kept on your screen.',
      );
    if (worker && words) await recordKeptAsWritten(tx, family, worker, { kind: 'need', id: need.id, version: input.version + 1 }, words);
    const done = await answer(tx, ctx, family, got.caller, need.id);
    return done && { ...done, audit: { ...done.audit, details: { status: input.status } } };
  });
}

export function sayNotRight(deps: FamilyDeps, ctx: RequestContext, needId: string, input: z.output<typeof NotRightRequest>): Promise<Need> {
  const actor = familyMember(ctx);
  return changeFamily(deps, ctx, actor.familyId, 'need.not_right', { type: 'need', id: needId }, async (tx, family) => {
    const got = await found(tx, ctx, family, needId);
    if (!got) return null;
    const { need, person } = got.parts;
    insist('not_right', factsFor(got.caller, person, need));
    await repo.setNotRight(tx, family, need.id, input.words, writerLanguage(actor));
    // The worker who wrote it hears, as an author hears of a reply (never the words in the notification).
    if (need.written_by_staff_id)
      await notifyFamily(
        tx,
        family,
        'need_not_right',
        { staffIds: [need.written_by_staff_id] },
        phrase(n.needNotRight, { person: actor.name }),
        newId,
      );
    return answer(tx, ctx, family, got.caller, need.id);
  });
}

/** The barriers' fields by their contract names and their columns. */
const BARRIER_COLUMNS = [
  ['childcare', 'childcare'],
  ['travelCost', 'travel_cost'],
  ['times', 'times'],
  ['language', 'language'],
  ['access', 'access'],
  ['caring', 'caring'],
] as const;

export function saveBarriers(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  personId: string,
  input: z.output<typeof SaveBarriersRequest>,
): Promise<Barriers> {
  const a = ctx.actor;
  return changeFamily(deps, ctx, familyIdOf(ctx, familyId), 'barriers.saved', { type: 'person', id: personId }, async (tx, family) => {
    const [people, caller, all] = await Promise.all([repo.people(tx, family), callerOf(tx, family, ctx), repo.barriers(tx, family)]);
    const person = people.find((p) => p.id === personId);
    if (!person || a.kind === 'anonymous' || a.kind === 'system') return null;
    insist('add', factsFor(caller, person));
    const before = all.find((b) => b.person_id === person.id);
    // The words this save changes: a worker confirms only those (issue 16 §1); the person's own words left as they were
    // are not put to the worker again, and a family member's are never checked.
    const changed: Record<string, string | null> = {};
    for (const [field, column] of BARRIER_COLUMNS) if ((input[field] ?? null) !== (before?.[column] ?? null)) changed[field] = input[field];
    const worker = a.kind === 'professional' ? a : null;
    const words = worker ? checkWords(changed, input.keepAsWritten) : null;
    const values = {
      childcare: input.childcare,
      travel_cost: input.travelCost,
      times: input.times,
      language: input.language,
      access: input.access,
      caring: input.caring,
      written_in: Object.keys(changed).length > 0 ? languageOfSave(a, before?.written_in) : (before?.written_in ?? writerLanguage(a)),
    };
    const saved =
      input.version === 0
        ? await repo.insertBarriers(tx, family, person.id, a.accountId, values)
        : await repo.updateBarriers(tx, family, person.id, a.accountId, input.version, values);
    const now = async () => barriersView((await repo.barriers(tx, family)).find((b) => b.person_id === person.id));
    if (!saved) throw await staleSave(now, 'Someone else saved these in the meantime. Here they are now: check them and save again.');
    if (worker && words)
      await recordKeptAsWritten(tx, family, worker, { kind: 'barriers', id: person.id, version: input.version + 1 }, words);
    return { result: await now(), audit: { subjectType: 'person', subjectId: person.id, details: { person: person.id } } };
  });
}

export function addSupport(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  needId: string,
  input: z.output<typeof NewSupportRequest>,
): Promise<Need> {
  const a = ctx.actor;
  return changeFamily(deps, ctx, familyIdOf(ctx, familyId), 'need_support.added', { type: 'need', id: needId }, async (tx, family) => {
    const got = await found(tx, ctx, family, needId);
    if (!got || a.kind === 'anonymous' || a.kind === 'system') return null;
    const { need, person } = got.parts;
    insist('add_support', factsFor(got.caller, person, need));
    if (input.serviceId && !(await repo.directoryService(tx, input.serviceId)))
      throw badRequest('Choose a service from the directory.', { serviceId: 'Choose a service from the directory' });
    const worker = a.kind === 'professional' ? a : null;
    // The family reads what a worker offers, in the worker's words: checked (issue 16 §1); what they found themselves is not.
    const words = worker ? checkWords({ description: input.description }, input.keepAsWritten) : null;
    const id = newId();
    const kind = worker ? 'offer' : 'self_found';
    await repo.insertSupport(tx, family, {
      id,
      need_id: need.id,
      kind,
      description: input.description,
      service_id: input.serviceId ?? null,
      offered_by_account_id: a.accountId,
      offered_by_staff_id: worker?.staffId ?? null,
      offered_by_description: worker ? await repo.staffDescription(tx, worker.staffId) : a.name,
      offered_on: input.offeredOn ?? today(),
      received_from: input.receivedFrom ?? null,
      written_in: writerLanguage(a),
    });
    if (worker && words) await recordKeptAsWritten(tx, family, worker, { kind: 'need_support', id, version: 1 }, words);
    const done = await answer(tx, ctx, family, got.caller, need.id);
    return done && { ...done, audit: { ...done.audit, details: { support: id, kind } } };
  });
}

/**
 * Asks "did it help?" once, when support ends: the person (or, for someone without an account, the parent). The support
 * is named by its own words, or, for a referral, by its service.
 */
export async function askDidItHelp(
  tx: Tx,
  family: VisibleFamily,
  parts: NeedParts,
  supportId: string,
  // Support a family member found is named in their own words, with the language they wrote it in (issue 16 §3).
  what: { support: string; supportWrittenIn: Locale } | { service: string },
  callerAccountId: string,
) {
  if (!(await repo.markHelpedAsked(tx, family, supportId))) return;
  await tellFamily(tx, family, parts.person, 'support_did_it_help', callerAccountId, (name) =>
    'service' in what
      ? name === null
        ? phrase(n.serviceSupportFinishedForYou, what)
        : phrase(n.serviceSupportFinishedFor, { ...what, name })
      : name === null
        ? phrase(n.supportFinishedForYou, what)
        : phrase(n.supportFinishedFor, { ...what, name }),
  );
}

export function updateSupport(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string | null,
  needId: string,
  supportId: string,
  input: z.output<typeof UpdateSupportRequest>,
): Promise<Need> {
  const a = ctx.actor;
  return changeFamily(deps, ctx, familyIdOf(ctx, familyId), 'need_support.updated', { type: 'need', id: needId }, async (tx, family) => {
    const got = await found(tx, ctx, family, needId);
    const support = got?.parts.supports.find((s) => s.id === supportId);
    if (!got || !support || a.kind === 'anonymous' || a.kind === 'system') return null;
    insist('update_support', factsFor(got.caller, got.parts.person, got.parts.need, support));
    if (input.receivedFrom && input.receivedUntil && input.receivedUntil < input.receivedFrom)
      throw badRequest('The end cannot be before the start.', { receivedUntil: 'Choose a day on or after the start' });
    const saved = await repo.updateSupportDates(tx, family, support.id, input.version, {
      received_from: input.receivedFrom,
      received_until: input.receivedUntil,
    });
    if (!saved)
      throw await staleSave(
        () => loadNeed(tx, ctx.scope, family, got.caller, needId),
        'Someone else changed this support in the meantime. Here it is now: check it and save again.',
      );
    if (input.receivedUntil && input.receivedUntil <= today() && support.helped === null)
      await askDidItHelp(
        tx,
        family,
        got.parts,
        support.id,
        support.kind === 'referral' && support.service_name
          ? { service: support.service_name }
          : { support: support.description, supportWrittenIn: support.written_in },
        a.accountId,
      );
    const done = await answer(tx, ctx, family, got.caller, needId);
    return done && { ...done, audit: { ...done.audit, details: { support: support.id } } };
  });
}

export function sayHelped(deps: FamilyDeps, ctx: RequestContext, supportId: string, input: z.output<typeof HelpedRequest>): Promise<Need> {
  const actor = familyMember(ctx);
  return changeFamily(deps, ctx, actor.familyId, 'need_support.helped', { type: 'support', id: supportId }, async (tx, family) => {
    const support = isUuid(supportId) ? await repo.visibleSupport(tx, ctx.scope, family, supportId) : undefined;
    const got = support ? await found(tx, ctx, family, support.need_id) : null;
    if (!support || !got) return null;
    insist('say_helped', factsFor(got.caller, got.parts.person, got.parts.need));
    await repo.setHelped(tx, family, support.id, { helped: input.helped, words: input.words ?? null, writtenIn: writerLanguage(actor) });
    const done = await answer(tx, ctx, family, got.caller, support.need_id);
    return done && { ...done, audit: { ...done.audit, details: { support: support.id, helped: input.helped } } };
  });
}
