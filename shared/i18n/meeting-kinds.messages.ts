// The family's words for each kind of meeting (issue 17 §2): its name, what it is for, who decides, what can happen next, and
// a young person's short version; other languages in shared/i18n/locales/*/calendar-meeting-kinds.json (in the later part,
// with the calendar). The workers' names are shared/domain/meetings.ts's MEETING_KIND_LABELS; these never use them.
import { defineMessages } from './messages.ts';

export const meetingKinds = defineMessages('calendar-meeting-kinds', {
  family_network_name: 'Family meeting (family group conference)',
  family_network_whatFor:
    'A meeting for your family and the people close to you, such as grandparents, aunts, uncles and friends, to make a plan together for the children. Someone who is not one of your workers helps you get ready and brings everyone together.',
  family_network_whoDecides:
    'Your family makes the plan. There is usually private time when your family talks on its own, without the professionals. Then the professionals check that the plan keeps the children safe, and if they cannot agree to part of it, they say why.',
  family_network_whatNext:
    'When the plan is agreed, everyone does their part, and there is usually another meeting later to see how it is going.',
  family_network_young:
    'Your family and people close to you meet to make a plan together. What you think matters, and it can be part of the plan.',

  core_group_name: 'Core group meeting',
  core_group_whatFor:
    'A smaller meeting, with you and the people who work with your family most, to put the plan to keep the children safe into action and see how it is going.',
  core_group_whoDecides:
    'You and the professionals agree together who does what, and by when. This group cannot end the plan: only the bigger review meeting can do that.',
  core_group_whatNext:
    'The group meets regularly, often every 4 to 6 weeks, while the plan lasts. What it agrees goes into the plan, and you are told when it meets next.',
  core_group_young: 'A smaller meeting to check that the plan to keep you safe is working, and to agree who does what next.',

  child_in_need_review_name: 'Child in need review',
  child_in_need_review_whatFor:
    'A meeting with you and the people helping your family, to look at how the help is going and what should change.',
  child_in_need_review_whoDecides:
    'You and the professionals talk it through and agree the plan together. The help is given with your agreement.',
  child_in_need_review_whatNext:
    'The plan may carry on, change, or end if things are better. If people think the children may not be safe, they may ask for a different kind of meeting, and they should tell you why.',
  child_in_need_review_young: 'A meeting to check how the help for your family is going, and what should change.',

  child_protection_initial_name: 'Child protection conference (the first one)',
  child_protection_initial_whatFor:
    'A meeting where the people who work with your family, and your family, talk about whether the children need a plan to keep them safe. You hear what each person thinks, and you can say what you think.',
  child_protection_initial_whoDecides:
    'The professionals at the meeting decide whether there will be a plan. The chair makes sure you are heard before they decide.',
  child_protection_initial_whatNext:
    'If they decide on a plan, a smaller group with you meets within 10 working days to start it, and there is a review within 3 months. If they decide a plan is not needed, your family may still be offered help.',
  child_protection_initial_young:
    'A big meeting where the adults who work with your family talk about whether there needs to be a plan to keep you safe. They want to know what you think.',

  child_protection_review_name: 'Child protection review conference',
  child_protection_review_whatFor:
    'A meeting to look at how the plan to keep the children safe is going, what has changed, and whether the plan is still needed.',
  child_protection_review_whoDecides:
    'The professionals at the meeting decide whether the plan carries on or ends. The chair makes sure you are heard before they decide.',
  child_protection_review_whatNext:
    'If the plan carries on, there is another review within 6 months. If it ends, your family may still be offered help for a while.',
  child_protection_review_young: 'A meeting to check how the plan to keep you safe is going, and whether it is still needed.',

  care_programme_review_name: 'Care plan review (care programme approach)',
  care_programme_review_whatFor:
    'A meeting with you and the people who support your mental health, to look at your care plan: what is helping, what is not, and what you would like to change.',
  care_programme_review_whoDecides:
    'You and the people supporting you agree the plan together, and your views should shape it. If you do not agree with part of it, that is written down.',
  care_programme_review_whatNext: 'Your care plan is brought up to date and you get a copy. The date of the next review is set.',
  care_programme_review_young: 'A meeting to look at the help for mental health in your family: what is helping, and what should change.',

  discharge_planning_name: 'Meeting to plan leaving hospital',
  discharge_planning_whatFor:
    'A meeting before someone leaves hospital, to plan the support that will be in place at home, and who will do what.',
  discharge_planning_whoDecides:
    'The doctors and staff caring for the person decide when it is right to leave, after listening to them and their family. Everyone agrees together what support there will be.',
  discharge_planning_whatNext:
    'A date is set and each person knows what they will do. You should be told who to contact if things get hard after leaving hospital.',
  discharge_planning_young: 'A meeting to plan the help that will be there when someone comes home from hospital.',

  professionals_name: 'Professionals’ meeting',
  professionals_whatFor:
    'A meeting of only the people who work with your family, to share what they know and agree how they will work together.',
  professionals_whoDecides: 'The professionals may agree how they will work together. Families are not invited to this kind of meeting.',
  professionals_whatNext:
    'If they agree something that changes things for your family, your worker should talk to you about it. You can ask your worker what was talked about.',
  professionals_young: 'A meeting of only the adults who work with your family.',
});
