// The family member's feedback (issue 18 §1): their open requests and what they gave, answering a request (any of the
// three questions and/or words, named or for the team only, chosen each time), skipping one without being asked why, and
// feedback about anything at any time. Their words are stored as written, in their language, never checked or changed.
import type { z } from 'zod';
import type { AnswerAskInput, GiveFeedbackInput, MyFeedback, PortalFeedback } from '../../../shared/contracts/feedback.ts';
import type { FeedbackAbout, FeedbackScore, FeedbackShownAs } from '../../../shared/domain/learning.ts';
import { type FamilyMemberActor, writerLanguage } from '../../access/actor.ts';
import { type AuditNote, type FamilyDeps, isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, HttpError, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily } from '../notifications/index.ts';
import * as repo from './feedback.repo.ts';

export type FeedbackDeps = FamilyDeps & { now: () => Date };

/** How long an unanswered request stays on the family member's page. */
const OPEN_ASK_DAYS = 30;
const DAY = 86_400_000;
const KEY = /^[A-Za-z0-9_-]{8,100}$/;

function familyMember(ctx: RequestContext): FamilyMemberActor {
  const a = ctx.actor;
  if (a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'other_parent' || a.kind === 'network_member') return a;
  throw forbidden('Giving feedback here is for the family and the people they trust.');
}

export const firstNameOf = (fullName: string | null) => (fullName ? (fullName.trim().split(/\s+/)[0] ?? fullName) : null);

type GivenRow = Awaited<ReturnType<typeof repo.givenBy>>[number];

export const toMine = (r: GivenRow): MyFeedback => ({
  id: r.id,
  aboutKind: r.about_kind,
  workerName: firstNameOf(r.staff_name),
  listened: r.listened,
  nextStepsClear: r.next_steps_clear,
  useful: r.useful,
  words: r.words,
  writtenIn: r.written_in,
  shownAs: r.shown_as,
  givenAt: new Date(r.created_at).toISOString(),
});

/** Everything a person gave, named and team-only, as their own page shows it (and their subject access export). */
export async function feedbackGivenBy(tx: Tx, family: VisibleFamily, personId: string): Promise<MyFeedback[]> {
  return (await repo.givenBy(tx, family, personId)).map(toMine);
}

export function getPage(deps: FeedbackDeps, ctx: RequestContext): Promise<PortalFeedback> {
  const actor = familyMember(ctx);
  const since = new Date(deps.now().getTime() - OPEN_ASK_DAYS * DAY);
  return readFamily(deps, ctx, actor.familyId, 'feedback.viewed', async (tx, family) => {
    const [asks, given] = await Promise.all([
      repo.openAsks(tx, family, actor.accountId, since),
      feedbackGivenBy(tx, family, actor.personId),
    ]);
    return {
      result: {
        asks: asks.map((k) => ({
          id: k.id,
          aboutKind: k.about_kind,
          workerName: firstNameOf(k.staff_name),
          askedAt: new Date(k.created_at).toISOString(),
        })),
        given,
      },
      audit: { subjectType: 'person', subjectId: actor.personId, details: { count: asks.length + given.length } },
    };
  });
}

const answered = () =>
  new HttpError(409, 'already_answered', 'You have already answered this one, thank you. There is nothing more to do.');
const skippedAlready = () =>
  new HttpError(409, 'already_closed', 'This one has been set aside, so there is nothing to answer. You can still tell us anything below.');
const keyReused = () =>
  new HttpError(
    422,
    'idempotency_key_reused',
    'This was not sent: it had the same reference as something you sent before. Nothing was changed. Look at what you have told us below, then send it again.',
  );

type Answers = z.output<typeof AnswerAskInput> | z.output<typeof GiveFeedbackInput>;
type Target = { askId: string | null; aboutKind: FeedbackAbout; aboutId: string | null; staffId: string | null };

/** Saves one piece of feedback for the actor (idempotent by key), tells the worker when it is named; the audit note. */
async function save(
  tx: Tx,
  family: VisibleFamily,
  actor: FamilyMemberActor,
  target: Target,
  input: Answers,
  shownAs: FeedbackShownAs,
  key: string | undefined,
  now: Date,
): Promise<{ result: { feedback: MyFeedback; created: boolean }; audit: AuditNote }> {
  // It stays with the team the worker is in now, or (about anything) the team of the family's key worker.
  const teamId = target.staffId ? await repo.staffTeam(tx, target.staffId) : await repo.keyWorkersTeam(tx, family);
  const id = newId();
  const inserted = await repo.insertFeedback(tx, family, {
    id,
    account_id: actor.accountId,
    person_id: actor.personId,
    ask_id: target.askId,
    about_kind: target.aboutKind,
    about_id: target.aboutId,
    staff_id: target.staffId,
    team_id: teamId,
    listened: (input.listened ?? null) as FeedbackScore | null,
    next_steps_clear: (input.nextStepsClear ?? null) as FeedbackScore | null,
    useful: (input.useful ?? null) as FeedbackScore | null,
    words: input.words ? input.words : null,
    written_in: writerLanguage(actor),
    shown_as: shownAs,
    idempotency_key: key ?? null,
    created_at: now,
  });
  const audit = (retried: boolean) => ({
    subjectType: 'person',
    subjectId: actor.personId,
    details: { about: target.aboutKind, shownAs, retried },
  });
  if (!inserted) {
    // A retried send (a double tap, a dropped connection) answers with what the first one made.
    const existing = key ? await repo.byIdempotencyKey(tx, family, actor.accountId, key) : undefined;
    if (!existing) throw notFound();
    if ((existing.about_kind === 'anything') !== (target.aboutKind === 'anything')) throw keyReused();
    return { result: { feedback: toMine(existing), created: false }, audit: audit(true) };
  }
  if (shownAs === 'named' && target.staffId) {
    const name = (await repo.personFirstName(tx, family, actor.personId)) ?? actor.name;
    const after = target.aboutKind === 'anything' ? '' : ` after a ${target.aboutKind}`;
    await notifyFamily(
      tx,
      family,
      'feedback_received',
      { staffIds: [target.staffId] },
      `${name} told you how things went${after}. Read it in “What families told you”.`,
      newId,
    );
  }
  const [row] = (await repo.givenBy(tx, family, actor.personId)).filter((r) => r.id === id);
  if (!row) throw notFound();
  return { result: { feedback: toMine(row), created: true }, audit: audit(false) };
}

function checkKey(key: string | undefined) {
  if (key !== undefined && !KEY.test(key)) throw badRequest('The idempotency-key header must be 8 to 100 letters, digits, - or _.');
}

export function answerAsk(
  deps: FeedbackDeps,
  ctx: RequestContext,
  askId: string,
  input: z.output<typeof AnswerAskInput>,
  key: string | undefined,
): Promise<{ feedback: MyFeedback; created: boolean }> {
  const actor = familyMember(ctx);
  checkKey(key);
  const now = deps.now();
  return withFamily(deps, ctx, actor.familyId, 'feedback.given', async (tx, family) => {
    const ask = isUuid(askId) ? await repo.ownAsk(tx, family, actor.accountId, askId) : undefined;
    if (!ask) return null;
    if (ask.answered_at) {
      // The same send again (its key) answers with what it made; a new answer to an answered ask is refused.
      const existing = key ? await repo.byIdempotencyKey(tx, family, actor.accountId, key) : undefined;
      if (!existing || existing.ask_id !== ask.id) throw answered();
      const details = { about: ask.about_kind, shownAs: existing.shown_as, retried: true };
      return {
        result: { feedback: toMine(existing), created: false },
        audit: { subjectType: 'person', subjectId: actor.personId, details },
      };
    }
    if (ask.skipped_at) throw skippedAlready();
    if (!(await repo.closeAsk(tx, family, ask.id, 'answered', now))) throw answered();
    return save(
      tx,
      family,
      actor,
      { askId: ask.id, aboutKind: ask.about_kind, aboutId: ask.about_id, staffId: ask.staff_id },
      input,
      input.shownAs,
      key,
      now,
    );
  });
}

export function skipAsk(deps: FeedbackDeps, ctx: RequestContext, askId: string): Promise<void> {
  const actor = familyMember(ctx);
  const now = deps.now();
  return withFamily(deps, ctx, actor.familyId, 'feedback.skipped', async (tx, family) => {
    const ask = isUuid(askId) ? await repo.ownAsk(tx, family, actor.accountId, askId) : undefined;
    if (!ask) return null;
    if (ask.answered_at) throw answered();
    // Skipping twice (a double tap) is the same as once.
    if (!ask.skipped_at) await repo.closeAsk(tx, family, ask.id, 'skipped', now);
    return { result: undefined, audit: { subjectType: 'person', subjectId: actor.personId } };
  });
}

export function giveFeedback(
  deps: FeedbackDeps,
  ctx: RequestContext,
  input: z.output<typeof GiveFeedbackInput>,
  key: string | undefined,
): Promise<{ feedback: MyFeedback; created: boolean }> {
  const actor = familyMember(ctx);
  checkKey(key);
  const now = deps.now();
  return withFamily(deps, ctx, actor.familyId, 'feedback.given', (tx, family) =>
    save(tx, family, actor, { askId: null, aboutKind: 'anything', aboutId: null, staffId: null }, input, 'team_only', key, now),
  );
}
