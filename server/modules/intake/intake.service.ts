// Starting a family (issue 13 §4): the duplicate check on name and date of birth, audited whatever it finds, and
// the new family with its people and the caller as the first member of its care team, made once per idempotency key.
import type { z } from 'zod';
import type { DuplicateCheckResult, PossibleMatch, StartFamilyRequest } from '../../../shared/contracts/intake.ts';
import { knownElsewhere, NOT_A_STARTING_ORGANISATION, NOT_A_STARTING_ROLE } from '../../../shared/domain/family-words.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { type FamilyDeps, lastlyAudited } from '../../access/family-access.ts';
import { findFamily } from '../../access/visible-family.ts';
import type { AuditEvent } from '../../audit/audit-log.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { requestFingerprint } from '../records/index.ts';
import { mayStartFamily } from './intake.policy.ts';
import * as repo from './intake.repo.ts';

const START_ROUTE = 'POST /api/families';

/** Lower case, no accents or punctuation, single spaces: "  Dawn  O'Hughes " and "dawn ohughes" are one name. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The same name, or the same first and last names (a middle name left out), or a preferred first name. */
export function sameName(given: string, fullName: string, preferredName: string | null): boolean {
  const a = normaliseName(given).split(' ');
  const b = normaliseName(fullName).split(' ');
  if (a.join(' ') === b.join(' ')) return true;
  const [aFirst, aLast, bFirst, bLast] = [a[0], a.at(-1), b[0], b.at(-1)];
  if (a.length < 2 || b.length < 2 || aLast !== bLast) return false;
  return aFirst === bFirst || (preferredName !== null && normaliseName(preferredName) === aFirst);
}

/** The caller as one who may start a family, or a 403 audited as `access.denied` of `attempted` (intake's rule; also the FHIR referral's). */
export function starter(deps: FamilyDeps, ctx: RequestContext, attempted: string) {
  const decision = mayStartFamily(ctx.actor);
  if (decision.allowed) return { actor: ctx.actor as ProfessionalActor, keyWorker: decision.keyWorker };
  return (async () => {
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor: ctx.actor,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted, reason: decision.reason },
    });
    throw forbidden(decision.reason === 'role' ? NOT_A_STARTING_ROLE : NOT_A_STARTING_ORGANISATION);
  })();
}

type Person = { fullName: string; dateOfBirth: string };

/**
 * Finds possible matches for each person and writes the check's audit events in `tx`: one per family matched
 * (whether or not the caller may see it), or one saying nothing was found. Nothing about a family the caller may
 * not see is returned but the organisation to ask and its phone and email.
 */
async function findMatches(tx: Tx, ctx: RequestContext, deps: FamilyDeps, people: Person[]): Promise<PossibleMatch[][]> {
  const rows = await repo.peopleBornOnAcrossAllFamilies(tx, ctx.scope, [...new Set(people.map((p) => p.dateOfBirth))]);
  const found = people.map((person) =>
    rows.filter((r) => r.date_of_birth === person.dateOfBirth && sameName(person.fullName, r.full_name, r.preferred_name)),
  );
  const event = (familyId: string | null, outcome: 'your_family' | 'elsewhere' | 'none'): AuditEvent => ({
    action: 'intake.duplicate_checked',
    outcome: 'allowed',
    actor: ctx.actor,
    familyId,
    subjectType: 'family',
    subjectId: familyId ?? undefined,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { outcome, people: people.length },
  });
  const families = new Map(found.flat().map((r) => [r.family_id, r.visible]));
  if (families.size === 0) await deps.audit.record(tx, event(null, 'none'));
  for (const [familyId, visible] of families) await deps.audit.record(tx, event(familyId, visible ? 'your_family' : 'elsewhere'));
  return found.map((matches) => {
    const answers: PossibleMatch[] = [];
    const seen = new Set<string>();
    for (const r of matches) {
      if (r.visible) {
        if (seen.has(r.family_id)) continue;
        seen.add(r.family_id);
        answers.push({ where: 'your_family', familyId: r.family_id, familyName: r.display_name, personName: r.full_name });
        continue;
      }
      // Only whom to ask: a family with nobody ever on its team still names no one, and says so plainly.
      const contact = {
        organisationName: r.organisation_name ?? 'another service',
        phone: r.organisation_phone ?? null,
        email: r.organisation_email ?? null,
      };
      const key = `elsewhere:${contact.organisationName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      answers.push({ where: 'elsewhere', message: knownElsewhere(contact), ...contact });
    }
    return answers;
  });
}

export async function checkDuplicates(deps: FamilyDeps, ctx: RequestContext, input: Person): Promise<DuplicateCheckResult> {
  await starter(deps, ctx, 'intake.duplicate_checked');
  const [matches] = await deps.db.transaction().execute((tx) => findMatches(tx, ctx, deps, [input]));
  return { matches: matches ?? [] };
}

const keyReused = () =>
  new HttpError(
    422,
    'idempotency_key_reused',
    'This family was not started: the form was sent again with different answers under the same reference. Nothing was changed. Check your list of families, then start it again.',
  );

/** "Hughes family", from the first parent's surname. */
function defaultFamilyName(people: z.output<typeof StartFamilyRequest>['people']): string {
  const parent = people.find((p) => p.kind === 'parent') ?? people[0];
  const surname = parent?.fullName.trim().split(/\s+/).at(-1) ?? 'New';
  return `${surname} family`;
}

export async function startFamily(
  deps: FamilyDeps,
  ctx: RequestContext,
  input: z.output<typeof StartFamilyRequest>,
  idempotencyKey: string | undefined,
): Promise<{ familyId: string; displayName: string; created: boolean }> {
  const { actor, keyWorker } = await starter(deps, ctx, 'family.started');
  if (idempotencyKey !== undefined && !/^[A-Za-z0-9_-]{8,100}$/.test(idempotencyKey)) {
    throw badRequest('The idempotency-key header must be 8 to 100 letters, digits, - or _.');
  }
  const fingerprint = idempotencyKey === undefined ? null : requestFingerprint(START_ROUTE, input);

  // A retry of a family already started answers with it, before any duplicate check (it would find the family itself).
  const earlier = async (tx: Tx) => {
    if (!idempotencyKey) return null;
    const row = await repo.familyByIdempotencyKey(tx, actor.staffId, idempotencyKey);
    if (!row) return null;
    if (row.idempotency_fingerprint !== fingerprint) throw keyReused();
    return { familyId: row.id, displayName: row.display_name, created: false };
  };
  const started = (familyId: string, details: Record<string, unknown>): AuditEvent => ({
    action: 'family.started',
    outcome: 'allowed',
    actor,
    familyId,
    subjectType: 'family',
    subjectId: familyId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });
  const retried = await deps.db.transaction().execute(async (tx) => {
    const found = await earlier(tx);
    if (found) await deps.audit.record(tx, started(found.familyId, { retried: true }));
    return found;
  });
  if (retried) return retried;

  // The check is committed (audited) whatever it finds, before anything is created.
  const checked = input.people.filter((p): p is typeof p & { dateOfBirth: string } => Boolean(p.dateOfBirth));
  if (checked.length > 0) {
    const matches = await deps.db.transaction().execute((tx) => findMatches(tx, ctx, deps, checked));
    const people = checked
      .map((p, i) => ({ index: input.people.indexOf(p), fullName: p.fullName, matches: matches[i] ?? [] }))
      .filter((p) => p.matches.length > 0);
    if (people.length > 0 && !input.continueDespiteMatches) {
      // A retry sent at the same time may have made the family meanwhile, and found its own people: it is the answer.
      const meanwhile = await deps.db.transaction().execute(async (tx) => {
        const found = await earlier(tx);
        if (found) await deps.audit.record(tx, started(found.familyId, { retried: true }));
        return found;
      });
      if (meanwhile) return meanwhile;
      throw new HttpError(
        409,
        'possible_duplicate',
        'Some of these people may already be known. Check the matches below. If you are sure they are different people, start the family anyway.',
        undefined,
        { people },
      );
    }
  }

  return lastlyAudited(deps.db, async (tx, last) => {
    const familyId = newId();
    const displayName = input.familyName?.trim() || defaultFamilyName(input.people);
    const inserted = await repo.insertFamilyStartedBy(tx, {
      id: familyId,
      memberId: newId(),
      displayName,
      staffId: actor.staffId,
      referredBy: input.referredBy,
      referralReason: input.referralReason,
      idempotencyKey: idempotencyKey ?? null,
      fingerprint,
      teamRole: input.teamRole,
      keyWorker,
    });
    if (!inserted) {
      // Another request with the same key won the race: its family is the answer.
      const again = await earlier(tx);
      if (!again) throw new Error('A family with this idempotency key was neither inserted nor found');
      await deps.audit.record(tx, started(again.familyId, { retried: true }), { last });
      return again;
    }
    // From here the family is reached through the caller's own scope, like any other.
    const family = await findFamily(tx, ctx.scope, familyId);
    if (!family) throw new Error('A family just started is not visible to the person who started it');
    const people = input.people.map((p) => ({
      id: newId(),
      kind: p.kind,
      full_name: p.fullName,
      preferred_name: p.preferredName || null,
      date_of_birth: p.dateOfBirth ?? null,
      known_to_adult_mental_health: p.knownToAdultMentalHealth,
      inHome: p.livesInFamilyHome,
    }));
    const parents = people.filter((p) => p.kind === 'parent');
    const children = people.filter((p) => p.kind === 'child');
    // Each parent is recorded as each child's parent, and children as brothers and sisters: the worker corrects a
    // step-family on the family's page.
    const relationships = [
      ...parents.flatMap((parent) => children.map((child) => ({ id: newId(), from: parent.id, to: child.id, kind: 'parent_of' as const }))),
      ...children.flatMap((a, i) => children.slice(i + 1).map((b) => ({ id: newId(), from: a.id, to: b.id, kind: 'sibling' as const }))),
    ];
    await repo.insertPeople(
      tx,
      family,
      { id: newId(), name: 'Family home' },
      people,
      relationships,
      children.length === 0 && input.askedNoChildren ? actor.staffId : null,
    );
    await deps.audit.record(tx, started(familyId, { people: people.length, children: children.length, keyWorker }), { last });
    return { familyId, displayName, created: true };
  });
}
