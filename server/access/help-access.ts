// Who on a family's care team reads a request for help or a raised worry, and may answer it (issue 14 §1): the one
// place this rule lives, as a pure function of facts and as the SQL condition the help repository applies, built from it.
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { HELP_ASKER_KINDS, type HelpAskerKind } from '../../shared/domain/help.ts';

/**
 * What the database says about one worker and one request, for a worker who already reaches the family
 * (familyVisible()):
 * - `handler`: the request was sent to them, passed to them, or escalated to them (the duty worker, the managers);
 * - `keyWorker`: they are one of the family's key workers now.
 */
export type HelpReaderFacts = { handler: boolean; keyWorker: boolean };
export const HELP_READER_FACTS = ['handler', 'keyWorker'] as const satisfies readonly (keyof HelpReaderFacts)[];

/**
 * Whether a worker reads a request, and so may answer it. Its handlers always do. The family's key workers also read
 * a parent's request and a worry raised by a trusted person or the other parent; a young person's request is read only
 * by the adult he chose and whoever it was passed or escalated to. Everyone else on the care team gets no trace of it.
 */
export function workerReadsHelpRequest(askerKind: HelpAskerKind, facts: HelpReaderFacts): boolean {
  if (facts.handler) return true;
  return facts.keyWorker && askerKind !== 'young_person';
}

/** Answering (acknowledge, arrange a contact, pass to a colleague) is for exactly the workers who read it. */
export const workerMayAnswerHelpRequest = workerReadsHelpRequest;

/** The asker kinds for which one fact alone lets a worker read (the rule is an OR of single facts: the policy test holds it so). */
export const askerKindsReadWith = (fact: keyof HelpReaderFacts): HelpAskerKind[] =>
  HELP_ASKER_KINDS.filter((kind) => workerReadsHelpRequest(kind, { handler: false, keyWorker: false, [fact]: true }));

/**
 * The same rule as a condition on a help_requests row (alias `request`) for the worker `staffId`: each fact as SQL,
 * for the asker kinds askerKindsReadWith() gives. The family itself is decided by familyVisible() as always.
 */
export function helpRequestReadableBy(staffId: string, request = 'r'): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${request}.${name}`);
  const facts: Record<keyof HelpReaderFacts, RawBuilder<unknown>> = {
    handler: sql`(${staffId}::uuid = ANY(${col('recipient_staff_ids')})
      OR EXISTS (SELECT 1 FROM help_request_events hre WHERE hre.family_id = ${col('family_id')}
        AND hre.request_id = ${col('id')} AND ${staffId}::uuid = ANY(hre.to_staff_ids)))`,
    keyWorker: sql`EXISTS (SELECT 1 FROM care_team_members hkw WHERE hkw.family_id = ${col('family_id')}
      AND hkw.staff_id = ${staffId}::uuid AND hkw.ended_at IS NULL AND hkw.started_at <= now() AND hkw.key_worker IS NOT NULL)`,
  };
  const parts = HELP_READER_FACTS.flatMap((fact) => {
    const kinds = askerKindsReadWith(fact);
    if (kinds.length === 0) return [];
    if (kinds.length === HELP_ASKER_KINDS.length) return [facts[fact]];
    return [sql`(${col('asker_kind')} IN (${sql.join(kinds)}) AND ${facts[fact]})`];
  });
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` OR `)})` : sql<SqlBool>`false`;
}
