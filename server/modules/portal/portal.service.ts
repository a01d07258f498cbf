// The parent's and young person's own record (P1, P2): what is written about them that they may see,
// their replies, and who has looked at their family's record.
import type { z } from 'zod';
import type { AccessLog, PortalEntry, PortalRecord, ReplyRequest } from '../../../shared/contracts/records.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { type FamilyDeps, isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import { holdsPermission } from '../../access/permissions.ts';
import type { AccessScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import { familyWords } from '../../audit/audit-actions.ts';
import type { Tx } from '../../db/database.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { addReplyAndNotify, decodeCursor, encodeCursor, extrasFor, recordsRepo, toEntry, toPortalEntry } from '../records/index.ts';
import * as repo from './portal.repo.ts';

type AccessLogItem = AccessLog['items'][number];

const PAGE = 20;
const ACCESS_PAGE = 50;

function familyMember(ctx: RequestContext): FamilyMemberActor {
  const a = ctx.actor;
  if (a.kind !== 'parent' && a.kind !== 'young_person' && a.kind !== 'network_member' && a.kind !== 'other_parent') throw forbidden();
  return a;
}

export function getMyRecord(deps: FamilyDeps, ctx: RequestContext, options: { cursor?: string; q?: string }): Promise<PortalRecord> {
  const actor = familyMember(ctx);
  const after = decodeCursor(options.cursor);
  const page = { cursor: after, limit: PAGE, search: options.q?.trim() || undefined };
  return readFamily(
    deps,
    ctx,
    actor.familyId,
    'portal.record_viewed',
    async (tx, family) => {
      const { rows, more } = recordsRepo.pageOf(family.entries, PAGE);
      const extras = await extrasFor(tx, family, rows);
      const last = rows.at(-1);
      return {
        result: { entries: rows.map((r) => toPortalEntry(r, extras)), nextCursor: more && last ? encodeCursor(last) : null },
        audit: { details: { count: rows.length, searched: Boolean(options.q) } },
      };
    },
    // The page is read in the access check's statement.
    recordsRepo.withEntriesPage(page),
  );
}

export function replyToEntry(
  deps: FamilyDeps,
  ctx: RequestContext,
  entryId: string,
  input: z.output<typeof ReplyRequest>,
): Promise<PortalEntry> {
  const actor = familyMember(ctx);
  if (input.kind === 'team_answer')
    throw badRequest('Choose reply, ask for a correction, or say you disagree.', { kind: 'Choose one of the options' });
  return withFamily(deps, ctx, actor.familyId, 'portal.entry_replied', async (tx, family) => {
    if (!isUuid(entryId)) return null;
    const row = await recordsRepo.findEntry(tx, ctx.scope, family, entryId);
    // A withheld entry cannot be answered: it is a placeholder to the family, and saying more would leak it.
    if (!row || row.withholding_scope === 'whole') return null;
    const extras = await extrasFor(tx, family, [row]);
    await addReplyAndNotify(tx, family, toEntry(row, extras), ctx, input.kind, input.text, actor.name);
    const after = await extrasFor(tx, family, [row]);
    return { result: toPortalEntry(row, after), audit: { subjectType: 'entry', subjectId: row.id, details: { kind: input.kind } } };
  });
}

/** One line of "Who has looked", in the words the family reads. */
function toAccessLogItem(r: repo.AccessRow, viewer: FamilyMemberActor): AccessLogItem {
  const you = r.actor_account_id === viewer.accountId;
  const by: AccessLogItem['by'] = you
    ? 'you'
    : r.actor_kind === 'professional'
      ? 'professional'
      : r.actor_kind === 'parent' || r.actor_kind === 'other_parent'
        ? 'parent'
        : r.actor_kind === 'young_person' || r.actor_kind === 'network_member'
          ? r.actor_kind
          : 'system';
  return {
    at: new Date(r.occurred_at).toISOString(),
    who: you ? 'You' : (r.staff_name ?? r.preferred_name ?? r.person_name ?? (r.actor_kind === 'system' ? 'Umbrella itself' : 'Someone')),
    role:
      r.actor_kind === 'professional'
        ? (r.job_title ?? 'Professional')
        : r.actor_kind === 'parent' || r.actor_kind === 'other_parent'
          ? 'Parent'
          : r.actor_kind === 'young_person'
            ? 'Young person'
            : r.actor_kind === 'network_member'
              ? 'Someone you trust'
              : 'System',
    organisation: r.organisation_name ?? null,
    what: familyWords(r.action),
    action: r.action,
    by,
    name: you ? null : (r.staff_name ?? r.preferred_name ?? r.person_name ?? null),
    jobTitle: r.actor_kind === 'professional' ? (r.job_title ?? null) : null,
  };
}

/** Whether this family member may read "Who has looked" at all (a network member may not). */
export const mayReadAccessLog = (viewer: FamilyMemberActor) => holdsPermission(viewer, 'portal.access_log.read');

export function getAccessLog(deps: FamilyDeps, ctx: RequestContext, cursor?: string): Promise<AccessLog> {
  const actor = familyMember(ctx);
  if (!mayReadAccessLog(actor)) throw forbidden();
  const before = decodeCursor(cursor);
  const page = { before: before && { at: before.occurredAt, id: before.id }, limit: ACCESS_PAGE, excludeAccountId: actor.accountId };
  return readFamily(
    deps,
    ctx,
    actor.familyId,
    'portal.access_log_viewed',
    async (_tx, family) => {
      const { rows, more } = repo.pageOf(family.accesses, ACCESS_PAGE);
      const last = rows.at(-1);
      return {
        result: {
          items: rows.map((r) => toAccessLogItem(r, actor)),
          nextCursor: more && last ? encodeCursor({ occurred_at: last.occurred_at, id: last.id }) : null,
        },
      };
    },
    // The page is read in the access check's statement.
    repo.withAccessesPage(ctx.scope, page),
  );
}

/**
 * The whole of "Who has looked" exactly as `viewer` reads it page by page (for their subject access export),
 * or null when they may not read it. `scope` must be the viewer's own.
 */
export async function wholeAccessLog(
  tx: Tx,
  scope: AccessScope,
  viewer: FamilyMemberActor,
  family: VisibleFamily,
): Promise<AccessLogItem[] | null> {
  if (!mayReadAccessLog(viewer)) return null;
  const items: AccessLogItem[] = [];
  let before: { at: string; id: string } | undefined;
  for (;;) {
    const rows = await repo.accessesQuery(tx, scope, family, { before, limit: 500, excludeAccountId: viewer.accountId }).execute();
    const { rows: page, more } = repo.pageOf(rows, 500);
    items.push(...page.map((r) => toAccessLogItem(r, viewer)));
    const last = page.at(-1);
    if (!more || !last) return items;
    before = { at: new Date(last.occurred_at).toISOString(), id: last.id };
  }
}

/** The caller's own choice of language, kept on their own person (never anyone else's: no person id is taken). */
export function chooseLanguage(deps: FamilyDeps, ctx: RequestContext, language: Locale): Promise<{ language: Locale }> {
  const actor = familyMember(ctx);
  return withFamily(deps, ctx, actor.familyId, 'person.language_chosen', async (tx, family) => {
    if (!(await repo.setPreferredLanguage(tx, family, actor.personId, language))) return null;
    return { result: { language }, audit: { subjectType: 'person', subjectId: actor.personId, details: { language } } };
  });
}
