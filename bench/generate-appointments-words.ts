// The words the visits-and-meetings generator writes (issue 17): short, plain and kind, as the care team and families
// would write them, so the pages it is measured on carry text of a realistic length.
import type { MeetingKind } from '../shared/domain/meetings.ts';

export const VISIT_PURPOSES = [
  'To see how you are, and to look at your plan together.',
  'To catch up on how the week has gone and what would help.',
  'To see the children at home and hear how school is going.',
  'To talk about the support you asked for with the housing forms.',
  'To go through the contingency plan with you and Patricia.',
  'A check-in by phone, to see how things are since last time.',
] as const;
export const PLACES = {
  home_visit: 'At home',
  office_appointment: 'Children’s Services, 14 High Street, Anytown. Ground floor, room 2.',
  phone_or_video: 'By phone, on the number you gave us',
} as const;
export const WHAT_TO_BRING = [
  null,
  null,
  'Nothing, unless you would like to show me your wellness plan.',
  'Any letters about the rent, if you have them.',
  'Your medication, so we can check the doses together.',
] as const;
export const UNANNOUNCED_REASONS = [
  'A neighbour rang worried about the children that evening, and we needed to see they were safe the same day.',
  'The school was worried when the children were not collected, and we came to check everyone was all right.',
] as const;
export const WORKER_CANCEL_REASONS = [
  'I am off sick today. I am sorry, I will ring you to find another time.',
  'I have to be at an urgent meeting for another family. I am sorry for the short notice.',
  'My car has broken down. I will ring you this afternoon to rearrange.',
] as const;
export const FAMILY_CANCEL_REASONS = [
  'One of the children is poorly and off school.',
  'I have a hospital appointment that day.',
  'I cannot get there, the bus is not running.',
  'I am not feeling well enough today.',
] as const;
export const FAMILY_NOTES = [
  'Could we make it after 10? I do the school run.',
  'Mornings are better for me, the afternoons I look after my mum.',
  'Can we do it by video? I have no one to have the baby.',
] as const;

export const MEETING_PURPOSES: Record<MeetingKind, string> = {
  family_network: 'To bring together the people who matter to your family, to make a plan for the children with you.',
  core_group: 'To look at how the plan is going for the children, hear from you, and agree what happens next.',
  child_in_need_review: 'To look at the child in need plan together: what is going well, what is not, and what would help.',
  child_protection_initial:
    'To hear from you and everyone who works with your family, and to decide together whether the children need a child protection plan.',
  child_protection_review: 'To look at how the child protection plan is going and decide whether it is still needed.',
  care_programme_review: 'To review your care plan with you: your health, your support, and what you would like to change.',
  discharge_planning: 'To plan your going home from hospital with you: support at home, medication and who to call.',
  professionals: 'For the workers to share information and plan how to support the family.',
};
export const MEETING_PLACES = [
  'Children’s Services, 14 High Street, Anytown. Meeting room 2, on the ground floor.',
  'By video call. The link is sent by email the day before.',
  'Anytown Family Centre, Park Road. There is a room for the children to play.',
  'At home, if that is all right with you.',
] as const;
export const SHORT_NOTICE_REASONS = [
  'The hospital is ready to plan Marie’s discharge this week, and we want to plan it with you.',
  'We need to meet quickly because of what happened at the weekend, so the children have a safe plan.',
] as const;
export const HELP_TEXTS = {
  childcare: 'I have no one to have the little one that morning.',
  travel: 'I cannot afford the bus there and back this week.',
  other: 'I would like someone to come with me, I get anxious in big meetings.',
} as const;
export const PARENT_VIEWS = [
  'Things are better than they were. I am sleeping and I ask for help earlier now.',
  'I want the children to stay with me. I know I need help with the mornings and I am getting it.',
  'I do not agree with everything in the report. Please listen to what the children want.',
  'It has been a hard few weeks. The support from the family centre has helped a lot.',
] as const;
export const CHILD_VIEWS = [
  'I like it when Mum picks me up from school. I want to keep going to football.',
  'I worry about Mum sometimes. I want someone at school I can talk to.',
  'Things are better at home now. I want to stay at my school with my friends.',
] as const;
export const REPORTS = [
  'Since the last meeting we have met every week. What is going well: the children are at school every day and the mornings are calmer. What we are still worried about: the rent arrears, which make things stressful at home. What would help next: a referral to the money advice service, which the family has agreed to.',
  'I have seen the family four times since the last meeting. The children were happy and talkative each time. The parent has kept every appointment and has been open about the days that were hard. I think the plan is working and suggest we keep the weekly visits for another month.',
  'School: attendance is 96% this term. Both children are making good progress, and they have friends. There was one day the children came in upset; the pastoral team talked with them and with the parent the same day.',
  'Health: the medication review happened in October and the new dose is helping with sleep. The parent knows how to reach the crisis team and has the number on her phone.',
] as const;
export const DECISIONS = [
  'The weekly visits will carry on until the next review.',
  'The children will stay on the plan, and we will look at it again at the review in three months.',
  'The family will be offered a place at the parenting group in the new year.',
  'The contingency plans will be finished with the family before the next meeting.',
  'The school will offer each child a regular time with a member of staff they know.',
  'A referral will be made to the money advice service, with the family’s agreement.',
] as const;
export const PARENT_DECISION_VIEWS = [
  'I agree, the visits help.',
  'I agree with most of it, but I would like the visits at home, not at the office.',
  'I do not think this is needed any more. Things have been better for months.',
  'Yes, as long as the children are asked first.',
] as const;
export const ACTIONS = [
  { what: 'Finish the contingency plans with the family', who: 'Children’s social worker, with the family' },
  { what: 'Make a referral to the money advice service', who: 'Family support worker' },
  { what: 'Offer each child a quiet time each week with a teacher they know', who: 'School pastoral lead' },
  { what: 'Review the medication with the parent', who: 'Community mental health nurse' },
  { what: 'Find out about a place at the parenting group', who: 'Family support worker, with the parent' },
] as const;
export const MINUTES = [
  'Who came: listed above.\n\nWhat is going well: the children are at school every day, and the family asks for help earlier than before.\n\nWhat we talked about: the mornings, the rent, and what the children said in their views.\n\nWhat we decided: listed above, with what the family thinks of each.\n\nWhat happens next: the actions are in the family’s plan as suggestions, to talk through together. The next meeting is in six weeks.',
  'Who came: listed above.\n\nWhat we talked about: how the plan has gone since the last meeting, the reports that were shared, and the family’s replies to them.\n\nWhat we decided: listed above.\n\nWhat happens next: the chair will ring the family this week to go through these minutes.',
] as const;
export const REPLIES = [
  'Thank you. It is mostly right, but the rent is paid up now.',
  'Please can we talk about this at the next visit?',
  'I did not know the school was worried. Please ring me next time.',
  'Thank you for writing it so clearly.',
] as const;
