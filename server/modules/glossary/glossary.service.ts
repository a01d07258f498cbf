// The glossary (P5): jargon terms with plain wording, seeded at start-up and edited by administrators.
import type { z } from 'zod';
import type { GlossaryTermInput, UpdateGlossaryTermRequest } from '../../../shared/contracts/glossary.ts';
import { GLOSSARY_TERMS } from '../../../shared/domain/glossary-terms.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db } from '../../db/database.ts';
import { badRequest, forbidden, notFound, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './glossary.repo.ts';

export type GlossaryDeps = { db: Db; audit: AuditLog };

/**
 * Fills an empty glossary with the built-in terms; an edited glossary is left alone. Instances starting together
 * may all find it empty: the unique index makes the others' first insert wait for the one that got there first
 * and then fail as a duplicate, which means the glossary is filled, so they roll back and go on.
 */
export async function seedGlossary(db: Db) {
  if ((await repo.countTerms(db)) > 0) return refreshBuiltInGlossary(db);
  try {
    await db.transaction().execute(async (tx) => {
      for (const t of GLOSSARY_TERMS) await repo.insertTerm(tx, { ...t, aliases: [...t.aliases], staffId: null });
    });
  } catch (error) {
    if (duplicate(error) && (await repo.countTerms(db)) > 0) return;
    throw error;
  }
}

/**
 * A database made before the glossary's words were corrected (issue 16 §2: "non-compliant" once glossed as its
 * opposite) gets the corrected words at start: every built-in term nobody has edited is brought up to date and missing
 * ones are added; a term an administrator changed keeps their words. Idempotent, so every instance may run it.
 */
async function refreshBuiltInGlossary(db: Db) {
  await db.transaction().execute(async (tx) => {
    for (const t of GLOSSARY_TERMS) await repo.refreshBuiltInTerm(tx, { ...t, aliases: [...t.aliases] });
  });
}

export async function listGlossary(db: Db) {
  const rows = await repo.listTerms(db);
  return {
    terms: rows.map((t) => ({
      id: t.id,
      term: t.term,
      aliases: t.aliases,
      plain: t.plain,
      explanation: t.explanation,
      version: t.version,
    })),
  };
}

function administrator(ctx: RequestContext) {
  if (ctx.actor.kind !== 'professional' || ctx.actor.role !== 'administrator')
    throw forbidden('Only an administrator can change the glossary.');
  return ctx.actor;
}

const duplicate = (error: unknown) => (error as { code?: string }).code === '23505';

export async function addTerm(deps: GlossaryDeps, ctx: RequestContext, input: z.output<typeof GlossaryTermInput>) {
  const actor = administrator(ctx);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const id = await repo.insertTerm(tx, { ...input, staffId: actor.staffId });
      await deps.audit.record(tx, {
        action: 'glossary.term_added',
        outcome: 'allowed',
        actor,
        subjectType: 'glossary_term',
        subjectId: id,
        requestId: ctx.requestId,
        ip: ctx.ip,
      });
      return { id, version: 1 };
    });
  } catch (error) {
    if (duplicate(error)) throw badRequest(`“${input.term}” is already in the glossary.`, { term: 'Already in the glossary' });
    throw error;
  }
}

export async function updateTerm(deps: GlossaryDeps, ctx: RequestContext, id: string, input: z.output<typeof UpdateGlossaryTermRequest>) {
  const actor = administrator(ctx);
  return deps.db.transaction().execute(async (tx) => {
    const current = await repo.findTerm(tx, id);
    if (!current) throw notFound();
    const version = await repo.updateTerm(tx, id, input.version, { ...input, staffId: actor.staffId });
    if (version === undefined) {
      throw await staleSave(async () => {
        const now = await repo.findTerm(tx, id);
        return (
          now && { id: now.id, term: now.term, aliases: now.aliases, plain: now.plain, explanation: now.explanation, version: now.version }
        );
      }, 'Someone else changed this term while you were editing. Their version is shown; your text is kept.');
    }
    await deps.audit.record(tx, {
      action: 'glossary.term_updated',
      outcome: 'allowed',
      actor,
      subjectType: 'glossary_term',
      subjectId: id,
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    return { id, version };
  });
}
