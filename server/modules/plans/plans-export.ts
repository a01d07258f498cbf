// What a person's subject access export holds of the plans: exactly what they could see themselves.

import type { AccessScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { visibleWords } from './child-words/child-words.repo.ts';
import { buildDocuments, loadContext } from './documents/plan-documents.view.ts';
import { itemTitle } from './recovery-plan/plan-items.ts';
import { planAsSeenBy } from './recovery-plan/recovery-plan.service.ts';

export async function plansForExport(tx: Tx, scope: AccessScope, family: VisibleFamily) {
  const recovery = await planAsSeenBy(tx, scope, family);
  const documents = await buildDocuments(tx, scope.actor, family, await loadContext(tx, scope, family));
  const words = await visibleWords(tx, scope, family);
  return {
    recoveryPlan: recovery.plan
      ? {
          version: recovery.plan.workingVersion,
          items: recovery.plan.items.map((i) => ({
            id: i.id,
            kind: i.kind,
            title: itemTitle(i),
            content: i.content,
            // The language the words were written in: shown as written, never translated (issue 16 §3).
            writtenIn: i.writtenIn,
            updatedBy: i.updatedBy,
          })),
          ratings: recovery.plan.ratings,
          agreements: recovery.plan.agreements,
        }
      : null,
    documents: documents.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      about: d.personName,
      sections: d.sections.map((s) => ({ key: s.key, title: s.title, text: s.text, writtenIn: s.writtenIn })),
      carer: d.carer,
    })),
    childWords: words.map((w) => ({
      id: w.id,
      child: w.child_preferred_name ?? w.child_full_name,
      part: w.part,
      words: w.words,
      writtenIn: w.written_in,
      writtenBy: w.author_name,
    })),
  };
}
