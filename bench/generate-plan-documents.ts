// One synthetic family's other plans for the generator: the parent's wellness and crisis plan, children's contingency plans, what the parent shared, children's own words, and their audit drafts.
import { CONTINGENCY_SECTIONS, WELLNESS_SECTIONS } from '../shared/domain/plans.ts';
import { wordArray } from './bulk-load.ts';
import type { Audit, Person, PlanFamily } from './generate-plans.ts';
import type { Tables } from './generate-tables.ts';
import { shortText, uuidv7 } from './synthetic-data.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** Called by writePlans after the recovery plan, with the same seeded generator, so the dataset stays deterministic. */
export function writePlanDocuments(
  f: PlanFamily,
  c: { planId: string; startedMs: number; parent: Person; cs: Person; audit: Audit },
  t: Tables,
): void {
  const { rng, familyId } = f;
  const { planId, startedMs, parent, cs, audit } = c;
  // The parent's wellness and crisis plan (most parents), written in their own words.
  const docs: { id: string; kind: 'wellness' | 'contingency'; keys: string[]; carer: string | null }[] = [];
  const startDocument = (kind: 'wellness' | 'contingency', personId: string, by: Person, keys: readonly string[], carer: string | null) => {
    const id = uuidv7(rng, startedMs);
    const createdMs = startedMs + rng.int(1, 30) * DAY;
    const asked = carer ? day(createdMs + rng.int(1, 14) * DAY) : null;
    const answer = carer
      ? rng.weighted([
          ['agreed', 5],
          ['declined', 1],
          ['none', 3],
        ] as const)
      : 'none';
    const chosen = keys.filter(() => rng.chance(0.75));
    t.documents.add(
      familyId,
      id,
      kind,
      personId,
      carer,
      asked,
      answer === 'none' ? null : answer,
      answer === 'none' ? null : iso(createdMs + 20 * DAY),
      iso(createdMs),
      by.accountId,
      1 + chosen.length,
    );
    audit(createdMs, by, 'plan.started', kind, id);
    for (const key of chosen) {
      const edits = rng.int(0, 2);
      t.sections.add(familyId, id, key, shortText(rng), 1 + edits, iso(createdMs + edits * 7 * DAY), by.accountId, by.name);
      audit(createdMs + edits * 7 * DAY, by, 'plan.section_written', kind, id, { section: key });
    }
    docs.push({ id, kind, keys: chosen, carer });
  };
  if (rng.chance(0.8))
    startDocument(
      'wellness',
      f.parent.personId,
      parent,
      WELLNESS_SECTIONS.map((s) => s.key),
      null,
    );
  // Contingency plans for most children, naming an adult the family trusts when there is one.
  for (const child of f.children) {
    if (rng.chance(0.6))
      startDocument(
        'contingency',
        child,
        cs,
        CONTINGENCY_SECTIONS.map((s) => s.key),
        f.trusted.length ? rng.pick(f.trusted) : null,
      );
  }

  // What the parent shared, with whom (a tenth of shares since ended).
  const share = (
    kind: 'recovery' | 'wellness' | 'contingency',
    documentId: string,
    section: string | null,
    to: { person?: string; staff?: string },
  ) => {
    const id = uuidv7(rng, startedMs);
    const atMs = startedMs + rng.int(10, 60) * DAY;
    const ended = rng.chance(0.1);
    t.shares.add(
      familyId,
      id,
      kind,
      documentId,
      section,
      to.person ?? null,
      to.staff ?? null,
      parent.accountId,
      iso(atMs),
      ended ? iso(atMs + 30 * DAY) : null,
      ended ? parent.accountId : null,
    );
    audit(atMs, parent, 'plan.shared', kind, documentId, { section });
  };
  const trusted = f.trusted[0];
  if (trusted && rng.chance(0.5)) for (const part of ['goals', 'strengths']) share('recovery', planId, part, { person: trusted });
  for (const d of docs) {
    if (d.kind === 'wellness') {
      if (rng.chance(0.5)) share('wellness', d.id, null, { staff: f.team[0]?.id });
      if (trusted)
        for (const key of d.keys.filter((k) => k.startsWith('crisis_') && rng.chance(0.6)))
          share('wellness', d.id, key, { person: trusted });
    } else if (d.carer && rng.chance(0.7)) share('contingency', d.id, null, { person: d.carer });
  }

  // A few children's own words, written down for them by their worker; shared only with their consent.
  for (const child of f.children) {
    if (!rng.chance(0.3)) continue;
    for (let i = rng.int(1, 3); i > 0; i--) {
      const id = uuidv7(rng, startedMs);
      const atMs = startedMs + rng.int(5, 90) * DAY;
      const audience = (['parents', 'care_team', 'network'] as const).filter(() => rng.chance(0.4));
      t.childWords.add(
        familyId,
        id,
        child,
        rng.pick(['worries', 'good_things', 'hopes']),
        shortText(rng),
        cs.accountId,
        cs.name,
        true,
        wordArray(audience),
        audience.length ? iso(atMs) : null,
        iso(atMs),
      );
      // Never the words themselves in the audit log.
      audit(atMs, cs, 'child_words.added', 'child', child);
    }
  }
}
