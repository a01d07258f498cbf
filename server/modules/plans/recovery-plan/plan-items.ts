// Recovery plan items as the API shows them, their content checked against their kind, and the comparison
// of two versions (what changed in which field, and who changed it). Pure functions: no database here.
import type { z } from 'zod';
import {
  ActionContent,
  FamilyViewContent,
  type ItemChange,
  ParentGoalContent,
  type PlanItem,
  StrengthContent,
  WorryContent,
} from '../../../../shared/contracts/plans.ts';
import { findDiagnosticLabels } from '../../../../shared/domain/plain-language.ts';
import { ITEM_PART } from '../../../../shared/domain/plans.ts';
import type { InformationCategory } from '../../../../shared/domain/records.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import type { RecoveryPlanItemKind } from '../../../db/schema.ts';
import { badRequest } from '../../../http/errors.ts';

const CONTENT = {
  worry: WorryContent,
  family_view: FamilyViewContent,
  strength: StrengthContent,
  parent_goal: ParentGoalContent,
  action: ActionContent,
} as const satisfies Record<RecoveryPlanItemKind, z.ZodType>;

/** Checks content against its kind's shape; a problem is a 400 naming each field to fix. */
export function parseContent(kind: RecoveryPlanItemKind, content: unknown): Record<string, unknown> {
  const parsed = CONTENT[kind].safeParse(content);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[['content', ...issue.path].join('.')] ??= issue.message;
  throw badRequest('Some parts of this need changing: see each one below.', fields);
}

export type ItemLike = {
  id: string;
  kind: RecoveryPlanItemKind;
  worry_id: string | null;
  position: number;
  content: unknown;
  version: number;
  updated_at: Date | string;
  updated_by_name: string;
  category: InformationCategory;
  written_in: Locale;
};

/** Diagnostic labels in a worry's words: P5 asks for the behaviour and its impact instead. */
function flagsOf(kind: RecoveryPlanItemKind, content: Record<string, unknown>): string[] {
  if (kind !== 'worry') return [];
  const text = [content.whoIsWorried, content.worry, content.impactOnChild].filter((v) => typeof v === 'string').join('\n');
  return [...new Set(findDiagnosticLabels(text).map((m) => m.found))];
}

export function toItem(row: ItemLike): PlanItem {
  const content = (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as Record<string, unknown>;
  return {
    id: row.id,
    kind: row.kind,
    worryId: row.worry_id,
    position: row.position,
    version: row.version,
    updatedAt: row.updated_at instanceof Date ? row.updated_at.toISOString() : row.updated_at,
    updatedBy: row.updated_by_name,
    flags: flagsOf(row.kind, content),
    category: row.category,
    writtenIn: row.written_in,
    content,
  } as PlanItem;
}

export const partOf = (kind: RecoveryPlanItemKind) => ITEM_PART[kind];

/** Content fields that are choices or dates, not words anyone wrote. */
const NOT_WORDS = new Set(['byWhen', 'status', 'agrees', 'isSafety', 'onParent', 'negotiable']);

/**
 * The words of an item's content, by field as the 400 names them ('content.worry', 'content.safetyGoal.forHowLong'), for
 * the respectful-language check; with `before`, only the fields this save changes (words someone else wrote and the
 * worker left alone, a parent's goal say, are not theirs to confirm).
 */
export function contentWords(content: Record<string, unknown>, before?: unknown): Record<string, string> {
  const now = flatten(content);
  const was = before === undefined ? {} : flatten(typeof before === 'string' ? JSON.parse(before) : before);
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(now)) {
    if (NOT_WORDS.has(field.split('.').at(-1) ?? '')) continue;
    if (before !== undefined && was[field] === text) continue;
    out[`content.${field}`] = text;
  }
  return out;
}

const FIELD_LABELS: Record<string, string> = {
  whoIsWorried: 'Who is worried',
  worry: 'The worry',
  impactOnChild: 'What could happen to the children',
  'safetyGoal.parentWillBeDoing': 'What the parent will be doing',
  'safetyGoal.childWillExperience': 'What the children will experience',
  'safetyGoal.professionalsWillSee': 'What professionals will see',
  'safetyGoal.forHowLong': 'For how long',
  view: 'The family’s view',
  agrees: 'Whether the family agrees',
  text: 'What is working well',
  isSafety: 'Keeps the children safe already',
  words: 'The goal',
  what: 'What will be done',
  who: 'Who will do it',
  byWhen: 'By when',
  support: 'Support that comes with it',
  status: 'Where it is up to',
  onParent: 'Asked of the parent',
  negotiable: 'Negotiable',
  whyAsked: 'Why it is asked',
  ifNotMet: 'What happens if it is not done',
};

function flatten(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) Object.assign(out, flatten(v, prefix ? `${prefix}.${k}` : k));
  } else if (prefix) {
    out[prefix] = value === true ? 'Yes' : value === false ? 'No' : String(value ?? '');
  }
  return out;
}

export function itemTitle(item: PlanItem): string {
  const c = item.content as Record<string, unknown>;
  const text = String(c.worry ?? c.text ?? c.words ?? c.what ?? c.view ?? '');
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return item.kind === 'family_view' ? `The family’s view: ${short}` : short;
}

/** Item by item, field by field: what differs between two versions. `removedBy` names who took an item out. */
export function compareItems(
  before: readonly PlanItem[],
  after: readonly PlanItem[],
  removedBy: (id: string) => { name: string; at: string } | undefined,
): z.infer<typeof ItemChange>[] {
  const was = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  const changes: z.infer<typeof ItemChange>[] = [];
  for (const item of after) {
    const old = was.get(item.id);
    const a = flatten(item.content);
    const b = old ? flatten(old.content) : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    const fields = keys
      .filter((k) => (a[k] ?? '') !== (b[k] ?? ''))
      .map((k) => ({ field: k, label: FIELD_LABELS[k] ?? k, before: b[k] ?? '', after: a[k] ?? '' }));
    if (old && fields.length === 0) continue;
    changes.push({
      itemId: item.id,
      kind: item.kind,
      part: partOf(item.kind),
      title: itemTitle(item),
      change: old ? 'changed' : 'added',
      fields,
      changedBy: item.updatedBy,
      changedAt: item.updatedAt,
    });
  }
  for (const item of before) {
    if (now.has(item.id)) continue;
    const who = removedBy(item.id);
    changes.push({
      itemId: item.id,
      kind: item.kind,
      part: partOf(item.kind),
      title: itemTitle(item),
      change: 'removed',
      fields: [],
      changedBy: who?.name ?? 'Not recorded',
      changedAt: who?.at ?? item.updatedAt,
    });
  }
  return changes;
}
