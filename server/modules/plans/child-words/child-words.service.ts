// The child's own words (P13): worries, good things and hopes, kept exactly as said, with who wrote them down
// and who the child agreed may read them. Without the child's yes, only the child and the writer see them.
import type { z } from 'zod';
import type { AddChildWordsRequest, ChildWords, ChildWordsSharingRequest } from '../../../../shared/contracts/plans.ts';
import type { Actor } from '../../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../../access/family-access.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import * as shared from '../plans.repo.ts';
import { languageOfSave } from '../written-in.ts';
import * as repo from './child-words.repo.ts';

const mayChangeSharing = (actor: Actor, row: repo.WordsRow) =>
  ('accountId' in actor && actor.accountId === row.author_account_id) || ('personId' in actor && actor.personId === row.child_person_id);

const toWords = (actor: Actor, row: repo.WordsRow): ChildWords => ({
  id: row.id,
  childPersonId: row.child_person_id,
  childName: row.child_preferred_name ?? row.child_full_name,
  part: row.part,
  words: row.words,
  author: row.author_name,
  writtenForChild: row.written_for_child,
  shareWith: row.share_with,
  createdAt: row.created_at.toISOString(),
  version: row.version,
  writtenIn: row.written_in,
  canChangeSharing: mayChangeSharing(actor, row),
});

export function listWords(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<{ words: ChildWords[] }> {
  return readFamily(deps, ctx, familyId, 'child_words.viewed', async (tx, family) => {
    const rows = await repo.visibleWords(tx, ctx.scope, family);
    return {
      result: { words: rows.map((r) => toWords(ctx.actor, r)) },
      audit: { subjectType: 'child_words', details: { count: rows.length } },
    };
  });
}

export function addWords(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof AddChildWordsRequest>,
): Promise<ChildWords> {
  const actor = ctx.actor;
  if (actor.kind === 'network_member' || actor.kind === 'system' || actor.kind === 'anonymous')
    throw forbidden('Children’s words are kept by the child, their parent or a worker on the team.');
  return withFamily(deps, ctx, familyId, 'child_words.added', async (tx, family) => {
    const { people } = await shared.participants(tx, ctx.scope, family);
    const child = people.find((p) => p.id === input.childPersonId && p.kind === 'child');
    if (!child) throw badRequest('Choose a child in this family.', { childPersonId: 'Choose a child' });
    const own = actor.kind === 'young_person';
    if (own && actor.personId !== child.id) throw forbidden('You can add your own words. Your brother or sister can add theirs.');
    // A parent who lives elsewhere writes down the words of his own children only.
    if (actor.kind === 'other_parent' && !actor.childPersonIds.includes(child.id))
      throw forbidden('You can write down the words of your own children. Ask their parent or a worker on the team for this child.');
    // An adult writing for a child says so: the words are the child's, the hand is theirs.
    if (!own && !input.writtenForChild)
      throw badRequest('Tick that these are the child’s own words and you wrote them down for them.', {
        writtenForChild: 'Confirm you wrote down the child’s own words',
      });
    const id = newId();
    const shareWith = [...new Set(input.shareWith)];
    await repo.insertWords(tx, family, {
      id,
      child_person_id: child.id,
      part: input.part,
      words: input.words,
      author_account_id: actor.accountId,
      author_name: actor.name,
      written_for_child: !own,
      share_with: shareWith,
      consent_recorded_at: shareWith.length ? new Date() : null,
      written_in: languageOfSave(actor),
    });
    const [row] = await repo.visibleWords(tx, ctx.scope, family, id);
    if (!row) return null;
    // The audit says what happened, never the words themselves.
    return { result: toWords(actor, row), audit: { subjectType: 'child_words', subjectId: id, details: { part: input.part, shareWith } } };
  });
}

export function changeSharing(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  wordsId: string,
  input: z.output<typeof ChildWordsSharingRequest>,
): Promise<ChildWords> {
  return withFamily(deps, ctx, familyId, 'child_words.sharing_changed', async (tx, family) => {
    if (!isUuid(wordsId)) return null;
    const [row] = await repo.visibleWords(tx, ctx.scope, family, wordsId);
    if (!row) return null;
    if (!mayChangeSharing(ctx.actor, row)) throw forbidden('Only the child, or whoever wrote their words down, can change who reads them.');
    const shareWith = [...new Set(input.shareWith)];
    if (!(await repo.changeSharing(tx, family, row.id, input.version, shareWith)))
      throw await staleSave(async () => {
        const [now] = await repo.visibleWords(tx, ctx.scope, family, wordsId);
        return now && toWords(ctx.actor, now);
      }, 'These words’ sharing was changed meanwhile. Check it and try again.');
    const [after] = await repo.visibleWords(tx, ctx.scope, family, wordsId);
    if (!after) return null;
    return { result: toWords(ctx.actor, after), audit: { subjectType: 'child_words', subjectId: row.id, details: { shareWith } } };
  });
}
