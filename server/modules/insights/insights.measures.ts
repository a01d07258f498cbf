// What each insight counts (issue 18 §2): its columns, its plain explanation, the query behind it (insights.repo.ts) and
// how a counted row becomes cells with the families behind each number, before the small-number rule is applied.
import type { InsightColumn } from '../../../shared/contracts/insights.ts';
import type { InsightKey } from '../../../shared/domain/learning.ts';
import * as repo from './insights.repo.ts';
import type { RawCell } from './insights.suppress.ts';

type Row = Awaited<ReturnType<typeof repo.feedback>>[number];
export type Loader = (...args: Parameters<typeof repo.feedback>) => Promise<Row[]>;

const n = (r: Row | undefined, k: string): number => Number(r?.[k] ?? 0);
const v = (r: Row | undefined, k: string): number | null => (r?.[k] === null || r?.[k] === undefined ? null : Number(r[k]));
const fam = (r: Row | undefined, k: string): RawCell => ({ value: n(r, k), families: n(r, k) });
const count = (r: Row | undefined, k: string, behind: string): RawCell => ({ value: n(r, k), families: n(r, behind) });
const stat = (r: Row | undefined, k: string, behind: string): RawCell => ({ value: v(r, k), families: n(r, behind) });

const col = (key: string, label: string, unit: InsightColumn['unit']): InsightColumn => ({ key, label, unit });

/**
 * A measure counted per bucket (a month, or an equity group). `perFamily` measures instead sort every family on the
 * caseload into categories: without a breakdown their rows are those categories (one column of families), with one the
 * categories become the columns; `partition` says the categories add up to the caseload (so one hidden needs another).
 */
export type Measure = {
  explanation: string;
  columns: InsightColumn[];
  chartColumn: number;
  load: Loader;
  cells: (r: Row | undefined) => RawCell[];
  /**
   * `complement`: with `partition`, the category left out when broken down. It is each group's size less the other
   * categories, and it is the same in every period (every family on the caseload is counted), so a period with no
   * changes would show each group's size, and with it any one hidden cell of that group's row could be worked out.
   */
  perFamily?: { heading: string; partition: boolean; complement?: string };
};

export const MEASURES: Record<Exclude<InsightKey, 'support_gap'>, Measure> = {
  help_requests: {
    explanation:
      'Requests for help and worries the family raised in Umbrella in each month: how many, how many families asked, the median hours from asking to a worker’s first answer, and of the requests with a time to answer by (whose time has passed or that were answered), the share answered in time. Asking for help is early help: it is never counted as a risk.',
    columns: [
      col('requests', 'Requests made', 'count'),
      col('families', 'Families asking', 'families'),
      col('median_hours', 'Median hours to a first answer', 'hours'),
      col('in_time', 'Answered in time (%)', 'percent'),
    ],
    chartColumn: 0,
    load: repo.helpRequests,
    cells: (r) => [
      count(r, 'requests', 'families'),
      fam(r, 'families'),
      stat(r, 'median_hours', 'answered_families'),
      { value: n(r, 'timed') > 0 ? (100 * n(r, 'in_time')) / n(r, 'timed') : null, families: n(r, 'timed_families') },
    ],
  },
  early_help_vs_crisis: {
    explanation:
      'Families at the early help level at some time in each month, against families in crisis work: a crisis plan put into action that month, or at child protection or higher (a child protection plan, before court proceedings, or a child looked after). A family can be in both in a month its level changed.',
    columns: [
      col('early', 'Families in early help', 'families'),
      col('crisis_work', 'Families in crisis work', 'families'),
      col('crisis_plan', 'Crisis plan put into action', 'families'),
      col('protection', 'Child protection or higher', 'families'),
    ],
    chartColumn: 0,
    load: repo.earlyHelpVsCrisis,
    cells: (r) => [fam(r, 'early'), fam(r, 'crisis_work'), fam(r, 'crisis_plan'), fam(r, 'protection')],
  },
  involvement_changes: {
    explanation:
      'Changes of involvement level recorded in each month (by the day they took effect): up to a more involved level or down to a less involved one (none, early help, child in need, child protection plan, before court proceedings, looked after), and how many families had one. Closing and reopening are not changes of level.',
    columns: [
      col('up', 'Changes up', 'count'),
      col('down', 'Changes down', 'count'),
      col('families', 'Families whose level changed', 'families'),
    ],
    chartColumn: 0,
    load: repo.involvementChanges,
    cells: (r) => [count(r, 'up', 'up_families'), count(r, 'down', 'down_families'), fam(r, 'families')],
  },
  withholdings: {
    explanation:
      'Parts of the record withheld from the family, by the month the decision was made, that are still withheld: how many, how many families, and how many of them have a review date that has passed today (a closed family’s are not counted as overdue: nobody can review them until it is reopened).',
    columns: [
      col('parts', 'Parts withheld', 'count'),
      col('families', 'Families affected', 'families'),
      col('overdue', 'Review overdue now', 'count'),
    ],
    chartColumn: 0,
    load: repo.withholdings,
    cells: (r) => [count(r, 'parts', 'families'), fam(r, 'families'), count(r, 'overdue', 'overdue_families')],
  },
  ratings: {
    explanation:
      'Ratings from 0 to 10 given on recovery plans in each month, and their average by who gave them: parents (the parent the record is about and the other parent), children and young people, and workers. A trusted person’s ratings are in the number of ratings only. An average is shown only when at least 5 families are behind it.',
    columns: [
      col('ratings', 'Ratings given', 'count'),
      col('parent', 'Parents’ average (0 to 10)', 'average'),
      col('child', 'Children’s average (0 to 10)', 'average'),
      col('worker', 'Workers’ average (0 to 10)', 'average'),
    ],
    chartColumn: 1,
    load: repo.ratings,
    cells: (r) => [
      count(r, 'ratings', 'families'),
      stat(r, 'parent', 'parent_families'),
      stat(r, 'child', 'child_families'),
      stat(r, 'worker', 'worker_families'),
    ],
  },
  key_worker_changes: {
    explanation:
      'How many times each family’s key worker changed in the period (a new key worker taking over from an earlier one on the same side: adult mental health or children’s services), as families with no change, one, two, or three or more. Every family on the caseload now is counted once. Broken down by group, families with no change are not shown: that would tell how many families each group has, and so uncover numbers held back.',
    columns: [
      col('none', 'No change', 'families'),
      col('one', 'One change', 'families'),
      col('two', 'Two changes', 'families'),
      col('more', 'Three or more', 'families'),
    ],
    chartColumn: 0,
    load: repo.keyWorkerChanges,
    cells: (r) => [fam(r, 'none'), fam(r, 'one'), fam(r, 'two'), fam(r, 'more')],
    perFamily: { heading: 'Key worker changes', partition: true, complement: 'none' },
  },
  other_parents: {
    explanation:
      'Fathers and other parents: families on the caseload with another parent recorded (a second parent in the family, or someone signing in as the children’s other parent), invited to Umbrella as the other parent, who signed in during the period, and who took part in it (came to a meeting, wrote a view for one, or replied to a meeting or to the record).',
    columns: [
      col('recorded', 'Another parent recorded', 'families'),
      col('invited', 'Invited to Umbrella', 'families'),
      col('signed_in', 'Signed in', 'families'),
      col('taking_part', 'Taking part', 'families'),
    ],
    chartColumn: 0,
    load: repo.otherParents,
    cells: (r) => [fam(r, 'recorded'), fam(r, 'invited'), fam(r, 'signed_in'), fam(r, 'taking_part')],
    perFamily: { heading: 'Other parents', partition: false },
  },
  unannounced_visits: {
    explanation:
      'Visits and appointments with the family that took place in each month (not meetings; happened, or agreed and past), how many were unannounced (made without arranging them first), and how many families had one. A visit without warning is sometimes right and always felt by the family.',
    columns: [
      col('visits', 'Visits and appointments', 'count'),
      col('unannounced', 'Unannounced', 'count'),
      col('unannounced_families', 'Families visited unannounced', 'families'),
    ],
    chartColumn: 1,
    load: repo.unannouncedVisits,
    cells: (r) => [count(r, 'visits', 'families'), count(r, 'unannounced', 'unannounced_families'), fam(r, 'unannounced_families')],
  },
  minutes_on_time: {
    explanation:
      'Meetings held in each month and their minutes: shared with the family by the day they were due, shared after it, or not shared and past that day now (a closed family’s are not counted as overdue).',
    columns: [
      col('held', 'Meetings held', 'count'),
      col('on_time', 'Minutes shared on time', 'count'),
      col('late', 'Shared late', 'count'),
      col('overdue', 'Still overdue', 'count'),
    ],
    chartColumn: 1,
    load: repo.minutesOnTime,
    cells: (r) => [
      count(r, 'held', 'families'),
      count(r, 'on_time', 'on_time_families'),
      count(r, 'late', 'late_families'),
      count(r, 'overdue', 'overdue_families'),
    ],
  },
  feedback: {
    explanation:
      'What families told us after a contact, a visit or a meeting, in each month: how many answers, and the average answer to each question, from 1 (No) to 4 (Yes), over those who answered it. Answers given with the person’s name and those given to the team only are counted together; the words, the people and the families are never shown here.',
    columns: [
      col('answers', 'Answers', 'count'),
      col('listened', 'Listened to (1 to 4)', 'average'),
      col('next_steps_clear', 'Next steps clear (1 to 4)', 'average'),
      col('useful', 'Useful (1 to 4)', 'average'),
    ],
    chartColumn: 0,
    load: repo.feedback,
    cells: (r) => [
      count(r, 'answers', 'families'),
      stat(r, 'listened', 'listened_families'),
      stat(r, 'next_steps_clear', 'next_steps_families'),
      stat(r, 'useful', 'useful_families'),
    ],
  },
};

export const SUPPORT_GAP = {
  explanation:
    'Needs the families raised in the period against the support they received, by area of life: families who raised a need, families whose first support for a need began in the period, families still waiting now (an open need with nothing received and nothing that helped), and the median days from a need to its first support. Broken down by group, the areas are taken together.',
  columns: [
    col('raised', 'Families who raised a need', 'families'),
    col('received', 'Families who received support', 'families'),
    col('waiting', 'Families still waiting', 'families'),
    col('median_wait', 'Median days from need to support', 'days'),
  ] as InsightColumn[],
  chartColumn: 0,
  cells: (r: { raised: number; received: number; waiting: number; median_wait: number | null } | undefined): RawCell[] => [
    { value: r?.raised ?? 0, families: r?.raised ?? 0 },
    { value: r?.received ?? 0, families: r?.received ?? 0 },
    { value: r?.waiting ?? 0, families: r?.waiting ?? 0 },
    { value: r?.median_wait ?? null, families: r?.received ?? 0 },
  ],
};
