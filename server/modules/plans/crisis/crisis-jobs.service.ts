// The crisis plan's scheduled work, each with the clock as a parameter: a contingency carer who has not answered within
// the set time (CRISIS_CARER_ANSWER_HOURS) is named to the children's key worker, and a review not done within 14 days
// of the end is a reminder to the parent and the key workers. Each once (a column set in the same transaction, rows
// claimed with SKIP LOCKED, notifications with a dedupe key), so every instance may run them.
import { CRISIS_CARER_ANSWER_HOURS_DEFAULT, CRISIS_REVIEW_DUE_DAYS, crisisWords } from '../../../../shared/domain/crisis.ts';
import { systemScope } from '../../../access/scope.ts';
import { systemFamily, type VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { type DocumentsContext, loadContext } from '../documents/plan-documents.view.ts';
import * as shared from '../plans.repo.ts';
import * as repo from './crisis.repo.ts';
import { personName } from './crisis.view.ts';
import { childrensKeyWorkers } from './crisis-use.service.ts';

/** Each family's names and care team once per run, read through the job's own system scope. */
function contexts(tx: Tx, reason: 'crisis carer reminders' | 'crisis review reminders') {
  const system = systemScope(reason);
  const loaded = new Map<string, Promise<{ family: VisibleFamily; c: DocumentsContext }>>();
  return (familyId: string) => {
    let found = loaded.get(familyId);
    if (!found) {
      const family = systemFamily(reason, familyId);
      found = loadContext(tx, system, family).then((c) => ({ family, c }));
      loaded.set(familyId, found);
    }
    return found;
  };
}

/** Carers who have not answered `answerHours` after the plan started: the children's key worker is told, once. */
export async function remindCrisisCarers(tx: Tx, now: Date, answerHours = CRISIS_CARER_ANSWER_HOURS_DEFAULT): Promise<number> {
  const due = await repo.carersNotAnswered(tx, systemScope('crisis carer reminders'), new Date(now.getTime() - answerHours * 3_600_000));
  const contextOf = contexts(tx, 'crisis carer reminders');
  for (const row of due) {
    const { family, c } = await contextOf(row.family_id);
    const parent = c.documents.find((d) => d.id === row.document_id)?.person_id ?? null;
    const children = row.carer_for_person_ids.map((id) => personName(c, id));
    await shared.notify(
      tx,
      family,
      childrensKeyWorkers(c).map((w) => ({
        id: newId(),
        kind: 'crisis_carer_no_answer' as const,
        recipient_staff_id: w.id,
        message: crisisWords.carerNoAnswer(personName(c, row.person_id), children, personName(c, parent), answerHours),
        dedupe_key: `crisis-carer-no-answer:${row.id}:${w.id}`,
      })),
    );
    await repo.markAlerted(tx, family, row.id, now);
  }
  return due.length;
}

/** Uses of a crisis plan that ended 14 days ago or more without a review: the parent and the key workers are reminded, once. */
export async function remindCrisisReviews(tx: Tx, now: Date): Promise<number> {
  const due = await repo.reviewsDue(
    tx,
    systemScope('crisis review reminders'),
    new Date(now.getTime() - CRISIS_REVIEW_DUE_DAYS * 86_400_000),
  );
  const contextOf = contexts(tx, 'crisis review reminders');
  for (const use of due) {
    const { family, c } = await contextOf(use.family_id);
    const parentId = c.documents.find((d) => d.id === use.document_id)?.person_id ?? null;
    const parent = c.people.people.find((p) => p.id === parentId);
    const key = (who: string) => `crisis-review:${use.id}:${who}`;
    const rows: shared.NewNotification[] = c.people.team
      .filter((t) => t.key_worker)
      .map((w) => ({
        id: newId(),
        kind: 'crisis_review_due' as const,
        recipient_staff_id: w.id,
        message: crisisWords.reviewDueForWorker(personName(c, parentId)),
        dedupe_key: key(w.id),
      }));
    if (parent?.account_id)
      rows.push({
        id: newId(),
        kind: 'crisis_review_due',
        recipient_account_id: parent.account_id,
        message: crisisWords.reviewDueForParent(),
        dedupe_key: key(parent.account_id),
      });
    await shared.notify(tx, family, rows);
    await repo.markReviewReminded(tx, family, use.id, now);
  }
  return due.length;
}
