// The levels of children's services involvement, each explained in plain words for parents.
export const INVOLVEMENT_LEVELS = [
  'none',
  'early_help',
  'child_in_need',
  'child_protection_plan',
  'looked_after',
  'pre_proceedings',
] as const;
export type InvolvementLevel = (typeof INVOLVEMENT_LEVELS)[number];

export type PlainExplanation = { title: string; whatItMeans: string; whatHappensNext: string; yourRights: string };

export const INVOLVEMENT_EXPLANATIONS: Record<InvolvementLevel, PlainExplanation> = {
  none: {
    title: "No children's services involvement",
    whatItMeans: "Children's services are not working with your family at the moment.",
    whatHappensNext: 'Nothing changes unless you ask for help or someone raises a worry with you first.',
    yourRights: 'You can ask for support at any time. Asking for help is never, on its own, a reason for concern.',
  },
  early_help: {
    title: 'Early help',
    whatItMeans: 'You have agreed to extra support for your family, before problems get bigger. It is voluntary.',
    whatHappensNext: 'A worker will plan with you what would help, and check in with you about how it is going.',
    yourRights: 'You choose whether to take part, and you can stop at any time. You can see what is written about you.',
  },
  child_in_need: {
    title: 'Child in need',
    whatItMeans:
      'A social worker thinks your child needs extra support to be safe and healthy or to develop well, and will work with you to provide it.',
    whatHappensNext: 'A social worker makes a plan with you and meets you regularly. The plan is looked at again every few months.',
    yourRights:
      'Taking part is voluntary. You can say what you think of the plan, bring someone to meetings, and see what is written about you.',
  },
  child_protection_plan: {
    title: 'Child protection plan',
    whatItMeans:
      'A meeting of professionals decided there is a risk of serious harm to your child, and a plan is needed to keep them safe.',
    whatHappensNext:
      'A social worker visits often. A group of people, including you, meets regularly to check the plan is working. It is reviewed at least every six months.',
    yourRights:
      'You can go to the meetings, bring a supporter, say what you think, and complain if you disagree. You can get free advice from a solicitor or a family advice charity.',
  },
  looked_after: {
    title: 'Your child is being looked after',
    whatItMeans:
      'Your child is living away from home and the council shares responsibility for them, either with your agreement or because a court decided.',
    whatHappensNext:
      'There is a plan for your child, with regular reviews. The plan says how you will keep in touch and what needs to happen for your child to come home, if that is possible.',
    yourRights:
      'You can take part in reviews and say what you think. If you agreed to the arrangement, you can ask to end it. Get free legal advice: you are entitled to it.',
  },
  pre_proceedings: {
    title: 'Before court proceedings (a formal warning stage)',
    whatItMeans:
      'The council is worried enough that it may ask a court to decide about your child. First it must tell you in writing why, and meet you to try to avoid court.',
    whatHappensNext: 'You will get a letter and be invited to a meeting. The letter says what must change and by when.',
    yourRights:
      'You are entitled to free legal advice from a solicitor at this stage. Take the letter to a solicitor as soon as you can, and bring them to the meeting.',
  },
};

/** What a row of the involvement history records (involvement_history.event, migration 0022). */
export const INVOLVEMENT_EVENTS = ['level_changed', 'closed', 'reopened'] as const;
export type InvolvementEvent = (typeof INVOLVEMENT_EVENTS)[number];
