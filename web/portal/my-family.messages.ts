// English for "Your family" (who is in it, who is working with you, children's services involvement); other languages
// in shared/i18n/locales/*/record-my-family.json. The level_*, role_* and keyWorker_* messages are shared/domain's words
// (involvement-levels.ts, care-team-roles.ts) by key; record-words.test.ts keeps them the same.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const myFamily = defineMessages('record-my-family', {
  title: 'Your family',
  intro: 'Who is in your family, who is working with you, and what is happening.',
  theParent: 'The parent',
  needHelp: 'I need some help',
  raiseWorry: 'Raise a worry',
  checkIn: 'How are things? Check in',
  whatWouldHelp: 'What would help: money, housing, childcare and more',
  whoIsInFamily: 'Who is in your family',
  otherPeople: 'Other people in your family’s life',
  address: 'Address: ',
  childLink: '<b>{name}</b><hidden>’s page</hidden>',
  kind_parent: 'Parent',
  kind_child: 'Child',
  kind_other_adult: 'Adult',
  kind_network_member: 'Someone who supports your family',
  parentOf: '{children}’s {word, select, dad {dad} mum {mum} other {parent}}',
  withAge: '{words}, {age, plural, one {# year old} other {# years old}}',
  workingWithYou: 'Who is working with you',
  nobodyWorking: 'Nobody is working with your family through Umbrella at the moment.',
  keyWorkers: 'Your key workers are your main contacts. They work together and share one plan with you.',
  roleAt: '{role} at {organisation}',
  howToContact: 'How to contact {name}',
  involvement: 'Children’s services involvement',
  rightNow: 'Right now: <b>{title}</b>',
  whatItMeans: 'What this means',
  whatHappensNext: 'What happens next',
  yourRights: 'Your rights',
  level_none_title: "No children's services involvement",
  level_none_means: "Children's services are not working with your family at the moment.",
  level_none_next: 'Nothing changes unless you ask for help or someone raises a worry with you first.',
  level_none_rights: 'You can ask for support at any time. Asking for help is never, on its own, a reason for concern.',
  level_early_help_title: 'Early help',
  level_early_help_means: 'You have agreed to extra support for your family, before problems get bigger. It is voluntary.',
  level_early_help_next: 'A worker will plan with you what would help, and check in with you about how it is going.',
  level_early_help_rights: 'You choose whether to take part, and you can stop at any time. You can see what is written about you.',
  level_child_in_need_title: 'Child in need',
  level_child_in_need_means:
    'A social worker thinks your child needs extra support to be safe and healthy or to develop well, and will work with you to provide it.',
  level_child_in_need_next: 'A social worker makes a plan with you and meets you regularly. The plan is looked at again every few months.',
  level_child_in_need_rights:
    'Taking part is voluntary. You can say what you think of the plan, bring someone to meetings, and see what is written about you.',
  level_child_protection_plan_title: 'Child protection plan',
  level_child_protection_plan_means:
    'A meeting of professionals decided there is a risk of serious harm to your child, and a plan is needed to keep them safe.',
  level_child_protection_plan_next:
    'A social worker visits often. A group of people, including you, meets regularly to check the plan is working. It is reviewed at least every six months.',
  level_child_protection_plan_rights:
    'You can go to the meetings, bring a supporter, say what you think, and complain if you disagree. You can get free advice from a solicitor or a family advice charity.',
  level_looked_after_title: 'Your child is being looked after',
  level_looked_after_means:
    'Your child is living away from home and the council shares responsibility for them, either with your agreement or because a court decided.',
  level_looked_after_next:
    'There is a plan for your child, with regular reviews. The plan says how you will keep in touch and what needs to happen for your child to come home, if that is possible.',
  level_looked_after_rights:
    'You can take part in reviews and say what you think. If you agreed to the arrangement, you can ask to end it. Get free legal advice: you are entitled to it.',
  level_pre_proceedings_title: 'Before court proceedings (a formal warning stage)',
  level_pre_proceedings_means:
    'The council is worried enough that it may ask a court to decide about your child. First it must tell you in writing why, and meet you to try to avoid court.',
  level_pre_proceedings_next: 'You will get a letter and be invited to a meeting. The letter says what must change and by when.',
  level_pre_proceedings_rights:
    'You are entitled to free legal advice from a solicitor at this stage. Take the letter to a solicitor as soon as you can, and bring them to the meeting.',
  role_community_psychiatric_nurse: 'Community mental health nurse',
  role_community_psychiatric_nurse_plain:
    'A nurse who supports your mental health at home and in the community, and helps with medication.',
  role_mental_health_social_worker: 'Mental health social worker',
  role_mental_health_social_worker_plain:
    'A social worker from the mental health team who helps with the practical and family side of getting well.',
  role_childrens_social_worker: "Children's social worker",
  role_childrens_social_worker_plain:
    "A social worker from children's services whose job is to make sure your children are safe and well, working with you.",
  role_family_support_worker: 'Family support worker',
  role_family_support_worker_plain: 'Helps your family day to day: routines, parenting, and getting to the help you need.',
  role_school_pastoral_lead: 'School pastoral lead',
  role_school_pastoral_lead_plain: 'The person at school who looks after how your child is doing, not just their schoolwork.',
  role_health_visitor: 'Health visitor',
  role_health_visitor_plain: 'A nurse who supports the health and development of young children and their families.',
  role_psychiatrist: 'Psychiatrist',
  role_psychiatrist_plain: 'A doctor who specialises in mental health and can prescribe medicine.',
  role_peer_support_worker: 'Peer support worker',
  role_peer_support_worker_plain: 'Someone with their own experience of mental health difficulties, who supports you as an equal.',
  role_team_manager: 'Team manager',
  role_team_manager_plain: 'Manages the workers in a team and makes sure the work with your family is going well.',
  role_other: 'Other worker',
  role_other_plain: 'Works with your family. Ask them to explain their role.',
  keyWorker_adult_mental_health: 'Key worker for the adult mental health service',
  keyWorker_childrens_services: "Key worker for children's services",
});
