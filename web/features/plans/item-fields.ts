// The recovery plan's items as labelled fields in plain words, for the plan, the print layout and "someone else changed this".
import { ACTION_STATUSES, FAMILY_AGREES } from '../../../shared/domain/plans.ts';
import { formatDate } from '../../ui/format.ts';
import type { ActionItem, PlanItem } from './plans.types.ts';

export type ItemField = { key: string; label: string; value: string };

export const WORRY_LABELS = {
  whoIsWorried: 'Who is worried',
  worry: 'What is happening that worries people',
  impactOnChild: 'What could happen to the children if nothing changes',
  parentWillBeDoing: 'What the parent will be doing',
  childWillExperience: 'What the children will experience',
  professionalsWillSee: 'What professionals will see',
  forHowLong: 'For how long',
} as const;

export const ACTION_LABELS = {
  what: 'What will be done',
  who: 'Who will do it',
  byWhen: 'By when',
  support: 'Support that comes with it',
  status: 'Status',
  negotiable: 'Is this negotiable?',
  whyAsked: 'Why we ask',
  ifNotMet: 'If this does not happen',
} as const;

export const ITEM_KIND_WORDS: Record<PlanItem['kind'], string> = {
  worry: 'worry',
  family_view: 'family’s view',
  strength: 'thing that is working well',
  parent_goal: 'goal',
  action: 'action',
};

export const negotiableWords = (action: ActionItem['content']): string | null =>
  action.onParent ? (action.negotiable ? 'Negotiable' : 'Not negotiable') : null;

/** Every field of an item that has something in it, labelled. */
export function itemFields(item: PlanItem): ItemField[] {
  const fields: ItemField[] = [];
  const add = (key: string, label: string, value: string | null | undefined) => {
    if (value?.trim()) fields.push({ key, label, value });
  };
  switch (item.kind) {
    case 'worry': {
      const c = item.content;
      add('whoIsWorried', WORRY_LABELS.whoIsWorried, c.whoIsWorried);
      add('worry', WORRY_LABELS.worry, c.worry);
      add('impactOnChild', WORRY_LABELS.impactOnChild, c.impactOnChild);
      add('parentWillBeDoing', WORRY_LABELS.parentWillBeDoing, c.safetyGoal.parentWillBeDoing);
      add('childWillExperience', WORRY_LABELS.childWillExperience, c.safetyGoal.childWillExperience);
      add('professionalsWillSee', WORRY_LABELS.professionalsWillSee, c.safetyGoal.professionalsWillSee);
      add('forHowLong', WORRY_LABELS.forHowLong, c.safetyGoal.forHowLong);
      break;
    }
    case 'family_view':
      add('view', 'The family’s view', item.content.view);
      add('agrees', 'Does the family agree?', FAMILY_AGREES[item.content.agrees]);
      break;
    case 'strength':
      add('text', item.content.isSafety ? 'Existing safety' : 'What is working well', item.content.text);
      break;
    case 'parent_goal':
      add('words', 'The goal, in the parent’s words', item.content.words);
      break;
    case 'action': {
      const c = item.content;
      add('what', ACTION_LABELS.what, c.what);
      add('who', ACTION_LABELS.who, c.who);
      add('byWhen', ACTION_LABELS.byWhen, c.byWhen ? formatDate(c.byWhen) : '');
      add('support', ACTION_LABELS.support, c.support);
      add('status', ACTION_LABELS.status, ACTION_STATUSES[c.status]);
      add('negotiable', 'A requirement on the parent', negotiableWords(c));
      if (c.onParent && !c.negotiable) {
        add('whyAsked', ACTION_LABELS.whyAsked, c.whyAsked);
        add('ifNotMet', ACTION_LABELS.ifNotMet, c.ifNotMet);
      }
      break;
    }
  }
  return fields;
}

/** Items of one kind in the plan's order. */
export function itemsOf<K extends PlanItem['kind']>(items: readonly PlanItem[], kind: K): Extract<PlanItem, { kind: K }>[] {
  return items.filter((item): item is Extract<PlanItem, { kind: K }> => item.kind === kind).sort((a, b) => a.position - b.position);
}

/** A short title for a worry: its number and the first words of what is happening. */
export function worryTitle(index: number): string {
  return `Worry ${index + 1}`;
}
