// The seed glossary: jargon from UK adult mental health and children's social care, each with plain words for parents (P5).
// Each plain wording says what the term means, never its opposite or a softer word (issue 16); judgemental words and
// diagnoses used as names live in glossary-judgements.ts, and glossary-terms.test.ts holds the rule for negating aliases.
import { JUDGEMENT_TERMS, LABEL_TERMS } from './glossary-judgements.ts';

export type GlossaryTerm = { term: string; aliases: string[]; plain: string; explanation: string };

// Children's social care: levels of involvement, meetings and plans.
const CHILDRENS_SERVICES: GlossaryTerm[] = [
  {
    term: 'LAC',
    aliases: ['looked after child', 'looked-after child', 'looked after children', 'looked-after children', 'CLA', 'child looked after'],
    plain: 'a child in the care of the council',
    explanation: 'The council is in charge of caring for the child, who may live with a foster family or with relatives.',
  },
  {
    term: 'LAC review',
    aliases: ['CLA review', 'looked after review', 'child in care review'],
    plain: 'a regular meeting about a child in care',
    explanation: 'A meeting every few months to check that a child in care is well and that their plan is right.',
  },
  {
    term: 'CIN',
    aliases: ['child in need', 'children in need', 'CIN plan', 'child in need plan'],
    plain: 'a child who needs extra help from the council',
    explanation: 'A social worker thinks your child needs more help to be well and do well, and will plan that help with you.',
  },
  {
    term: 'section 47',
    aliases: ['s47', 's.47', 'section 47 enquiry', 's47 enquiry', 'section 47 investigation', 'child protection enquiry'],
    plain: 'a check into whether a child is being seriously harmed',
    explanation: 'By law, social workers must look into it when they think a child may be badly hurt.',
  },
  {
    term: 'child protection',
    aliases: ['CP'],
    plain: 'keeping children safe from serious harm',
    explanation: 'The work that social workers, police, schools and doctors do when a child may be badly hurt.',
  },
  {
    term: 'child protection plan',
    aliases: ['CP plan', 'CPP'],
    plain: 'a plan to keep a child safe from serious harm',
    explanation: 'A written plan saying what everyone, you too, will do to keep your child safe and well.',
  },
  {
    term: 'child protection conference',
    aliases: ['CP conference', 'case conference'],
    plain: 'a big meeting about keeping a child safe',
    explanation: 'You and the workers who know your family meet to decide if your child needs a plan to stay safe.',
  },
  {
    term: 'ICPC',
    aliases: ['initial child protection conference', 'initial conference'],
    plain: 'the first big meeting about keeping a child safe',
    explanation: 'The first meeting where you and the workers decide if your child needs a written plan to stay safe.',
  },
  {
    term: 'RCPC',
    aliases: ['review child protection conference', 'review conference'],
    plain: 'a follow-up meeting to check the safety plan',
    explanation: 'A meeting every few months to see how things are going and if the safety plan is still needed.',
  },
  {
    term: 'core group',
    aliases: ['core group meeting'],
    plain: "the small group who carry out the child's safety plan",
    explanation: 'You, your social worker and a few others meet often to carry out the plan and check how it is going.',
  },
  {
    term: 'strategy discussion',
    aliases: ['strategy meeting'],
    plain: 'a talk between workers about what to do next',
    explanation: 'Social workers, police and health staff talk quickly about a worry for a child and agree what to do.',
  },
  {
    term: 'MASH',
    aliases: ['multi-agency safeguarding hub'],
    plain: 'the team that first looks at worries about a child',
    explanation: 'Social workers, police and health staff who read new worries about a child and decide who should help.',
  },
  {
    term: 'early help',
    aliases: ['EHA', 'early help assessment', 'early intervention'],
    plain: 'extra support you can choose to take',
    explanation: 'Help offered early, before problems grow, and you choose whether to take it.',
  },
  {
    term: 'TAF',
    aliases: ['team around the family', 'TAF meeting', 'team around the child', 'TAC'],
    plain: 'a meeting of you and the people who support your family',
    explanation: 'You and the workers who help your family meet, so that everyone knows the plan.',
  },
  {
    term: 'FGC',
    aliases: ['family group conference', 'family group meeting'],
    plain: 'a family meeting to make your own plan',
    explanation: 'Your family and friends meet, with a helper, to make their own plan for the children.',
  },
  {
    term: 'professionals meeting',
    aliases: ["professionals' meeting"],
    plain: 'a meeting of workers without the family',
    explanation: 'Workers from different services meet to share what they know, and you should be told what they decide.',
  },
  {
    term: 'single assessment',
    aliases: ['child and family assessment', 'C&F assessment', 'social work assessment'],
    plain: "the social worker's look at what your child needs",
    explanation: 'A social worker talks with you, your children and others to see what is going well and what help you need.',
  },
  {
    term: 'pre-birth assessment',
    aliases: ['unborn baby assessment'],
    plain: 'a check before a baby is born',
    explanation: 'A social worker meets you while you are pregnant to plan what help you and your baby will need.',
  },
  {
    term: 'parenting assessment',
    aliases: ['PAMS', 'parenting capacity assessment'],
    plain: 'a check of how a parent looks after their child',
    explanation: 'A worker spends time with you and your child to see what you do well and where you need help.',
  },
  {
    term: 'parenting capacity',
    aliases: [],
    plain: "how well a parent can meet a child's needs",
    explanation: 'How well a parent can keep a child safe, fed, loved and learning.',
  },
  {
    term: 'threshold',
    aliases: ['threshold criteria', 'meets threshold'],
    plain: 'the level of worry needed before a service steps in',
    explanation: 'Each service has a line a problem must reach before it will help, and each line is different.',
  },
  {
    term: 'significant harm',
    aliases: ['risk of significant harm'],
    plain: 'serious harm to a child',
    explanation: "Harm bad enough to damage a child's health or growing up, which social workers must act on by law.",
  },
  {
    term: 'emotional harm',
    aliases: ['emotional abuse'],
    plain: "harm to a child's feelings and sense of worth",
    explanation: 'When a child is often scared, put down or ignored, so that they feel unloved or unsafe.',
  },
  {
    term: 'neglect',
    aliases: ['neglected', 'neglectful'],
    plain: "a child's basic needs not being met",
    explanation: 'When a child keeps going without what they need, like food, warmth, clean clothes or someone to watch over them.',
  },
  {
    term: 'safeguarding',
    aliases: ['safeguard', 'safeguarding concern', 'safeguarding referral'],
    plain: 'keeping children and adults safe from harm',
    explanation: 'All the things services do to stop children and adults from being hurt.',
  },
  {
    term: 'DSL',
    aliases: ['designated safeguarding lead'],
    plain: 'the school staff member in charge of keeping children safe',
    explanation: 'The person at each school who deals with worries about a child and passes them on when needed.',
  },
  {
    term: 'LADO',
    aliases: ['local authority designated officer'],
    plain: 'the council officer who checks worries about staff who work with children',
    explanation: 'A council officer who looks into it when someone who works with children may have hurt a child.',
  },
  {
    term: 'IRO',
    aliases: ['independent reviewing officer'],
    plain: 'the person who checks the plan for a child in care',
    explanation: "A council worker, apart from the social worker, who runs the child's meetings and checks their plan is right.",
  },
  {
    term: 'referral',
    aliases: ['safeguarding alert'],
    plain: 'a request for a service to get involved',
    explanation: 'When someone asks a service to help a person or look into a worry, often by filling in a form.',
  },
  {
    term: 'step down',
    aliases: ['stepped down'],
    plain: 'moving to lighter support',
    explanation: 'When things get better, the family moves to help that is less involved.',
  },
  {
    term: 'step up',
    aliases: ['stepped up', 'escalation'],
    plain: 'moving to stronger support',
    explanation: 'When worries grow, the family moves to a service that is more involved.',
  },
  {
    term: 'chronology',
    aliases: [],
    plain: 'a list of events in date order',
    explanation: 'A list of the main things that have happened to your family, with the dates.',
  },
  {
    term: 'genogram',
    aliases: ['ecomap', 'eco-map'],
    plain: 'a drawing of your family and the people around you',
    explanation: 'A picture, like a family tree, of who is in your family and who else matters to you.',
  },
  {
    term: 'protective factors',
    aliases: ['resilience factors'],
    plain: 'things that help keep a child safe and well',
    explanation: 'The good things in a family, like a kind grandparent or a steady routine, that help children cope.',
  },
  {
    term: 'risk factors',
    aliases: [],
    plain: 'things that make harm more likely',
    explanation: 'Things that make it more likely that a child could be hurt or go without what they need.',
  },
  {
    term: 'young carer',
    aliases: ["young carer's assessment"],
    plain: 'a child who helps look after someone at home',
    explanation: 'A child who helps care for someone at home who is ill or disabled, and who can get help too.',
  },
  {
    term: 'domestic abuse',
    aliases: ['DA', 'DV', 'domestic violence'],
    plain: 'abuse between partners or family members',
    explanation: 'When a partner, ex-partner or relative hurts, threatens, controls or scares someone close to them.',
  },
  {
    term: 'MARAC',
    aliases: ['multi-agency risk assessment conference'],
    plain: 'a meeting to protect people at high risk from abuse at home',
    explanation: 'Police, health, housing and other services meet to plan how to keep someone safe from a partner or relative.',
  },
  {
    term: 'CSE',
    aliases: ['child sexual exploitation'],
    plain: 'a child being sexually abused in exchange for something',
    explanation: 'When a young person is tricked or pushed into sexual acts, often for gifts, money or drugs.',
  },
  {
    term: 'ACE',
    aliases: ['adverse childhood experience'],
    plain: 'a hard or frightening experience in childhood',
    explanation: 'Things like abuse, violence at home or a very ill parent, which can affect a child as they grow up.',
  },
  {
    term: 'attachment',
    aliases: ['attachment difficulties'],
    plain: 'the bond between a child and the people caring for them',
    explanation: 'How safe and close a child feels with the adults who look after them.',
  },
  {
    term: 'key worker',
    aliases: ['keyworker', 'lead professional'],
    plain: 'your main worker',
    explanation: 'The one worker who keeps things joined up for your family, and who you talk to first.',
  },
  {
    term: 'family support worker',
    aliases: ['FSW'],
    plain: 'a worker who gives practical help to families',
    explanation: 'A worker who helps with everyday things like routines, meals, school mornings or money.',
  },
  {
    term: 'health visitor',
    aliases: ['HV'],
    plain: 'a nurse for families with young children',
    explanation: 'A nurse who visits families with children under five to help with their health and growing up.',
  },
  {
    term: 'parental responsibility',
    aliases: [],
    plain: 'the legal rights and duties of a parent',
    explanation: 'The rights and duties of raising a child, like choosing a school, which can be shared.',
  },
  {
    term: 'local authority',
    aliases: ['LA'],
    plain: 'the council',
    explanation: "Your local council, which runs children's services, adult social care and housing.",
  },
  {
    term: 'statutory',
    aliases: ['statutory services', 'statutory duty'],
    plain: 'required by law',
    explanation: 'Something a service must do because the law says so.',
  },
  {
    term: 'multi-agency',
    aliases: ['inter-agency', 'partner agencies'],
    plain: 'different services working together',
    explanation: 'When workers from health, the council, schools, police and charities work on one plan.',
  },
  {
    term: 'respite',
    aliases: ['respite care', 'short breaks', 'short break care'],
    plain: 'a planned short break from caring',
    explanation: 'Time when someone else looks after a child or adult for a while, so that everyone can rest.',
  },
  {
    term: 'contact',
    aliases: ['contact arrangements', 'supervised contact', 'contact centre'],
    plain: 'family time',
    explanation: 'Time a child spends with a parent or relative they do not live with, sometimes with a worker there.',
  },
  {
    term: 'kinship care',
    aliases: ['kinship carer', 'family and friends care', 'connected person', 'connected carer'],
    plain: 'a child living with a relative or family friend',
    explanation: 'When a grandparent, aunt, uncle or close friend looks after a child who cannot live with their parents.',
  },
  {
    term: 'placement',
    aliases: ['placement breakdown', 'placement move'],
    plain: 'where a child in care lives',
    explanation: 'The home a child lives in when they cannot live with their parents.',
  },
  {
    term: 'reunification',
    aliases: ['rehabilitation home'],
    plain: 'a child going back to live with their family',
    explanation: 'The careful steps that help a child who has lived away come home safely.',
  },
  {
    term: 'permanence',
    aliases: ['permanency', 'permanence plan'],
    plain: 'a settled, long-term home for a child',
    explanation: 'Making sure a child has a stable, loving home where they can stay as they grow up.',
  },
  {
    term: 'corporate parent',
    aliases: ['corporate parenting'],
    plain: 'the council acting as a parent',
    explanation: 'When a child is in care, the whole council must look out for them as a good parent would.',
  },
];

// Courts and legal orders about children.
const COURTS_AND_ORDERS: GlossaryTerm[] = [
  {
    term: 'PLO',
    aliases: ['public law outline', 'pre-proceedings', 'PLO meeting', 'letter before proceedings'],
    plain: 'the last step before the council may go to court about a child',
    explanation: 'The council writes to you and meets you and your free lawyer, to agree what must change so that court is not needed.',
  },
  {
    term: 'care proceedings',
    aliases: ['court proceedings', 'public law proceedings'],
    plain: "a court case about a child's care",
    explanation: 'The council asks a family court judge to decide where a child should live and who cares for them.',
  },
  {
    term: 'section 20',
    aliases: ['s20', 's.20', 'voluntary accommodation'],
    plain: 'a child staying in care with the parent agreeing',
    explanation: 'A child lives away from home because you agreed, and you can ask for them back at any time.',
  },
  {
    term: 'care order',
    aliases: ['full care order', 'section 31', 's31'],
    plain: "a court order placing a child in the council's care",
    explanation: 'A judge decides the council shares the right to make big choices for a child, who may live away from home.',
  },
  {
    term: 'ICO',
    aliases: ['interim care order'],
    plain: 'a short-term court order while the court decides',
    explanation: 'A short-term order from a judge that lasts until the court makes its final decision.',
  },
  {
    term: 'supervision order',
    aliases: [],
    plain: 'a court order for a social worker to guide and check on the family',
    explanation: 'The child stays at home, and a social worker visits and helps for up to a year.',
  },
  {
    term: 'EPO',
    aliases: ['emergency protection order'],
    plain: 'an urgent court order to keep a child safe',
    explanation: 'A judge can let the council take a child somewhere safe for up to eight days when they are in danger right now.',
  },
  {
    term: 'police protection',
    aliases: ['police powers of protection'],
    plain: 'police keeping a child safe in an emergency',
    explanation: 'The police can take a child somewhere safe for up to three days when they are in danger right now.',
  },
  {
    term: 'special guardianship',
    aliases: ['SGO', 'special guardianship order', 'special guardian'],
    plain: 'a court order that lets a relative or friend raise a child',
    explanation: 'A judge lets a relative or friend make most choices for a child until they are eighteen.',
  },
  {
    term: 'child arrangements order',
    aliases: ['CAO', 'residence order', 'contact order'],
    plain: 'a court order about where a child lives and who they see',
    explanation: 'A judge decides who a child lives with and when they see each parent or other people.',
  },
  {
    term: 'Cafcass',
    aliases: ["children's guardian"],
    plain: 'the service that speaks up for children in family court',
    explanation: 'A worker, separate from the council, who tells the judge what is best for the child and what the child wants.',
  },
  {
    term: 'Gillick competence',
    aliases: ['Gillick competent', 'Gillick'],
    plain: 'a child old enough to understand and decide for themselves',
    explanation: 'A young person under sixteen who understands a choice well enough, such as about their health, can make it.',
  },
];

// Schools and children's health.
const SCHOOLS_AND_CHILD_HEALTH: GlossaryTerm[] = [
  {
    term: 'PEP',
    aliases: ['personal education plan'],
    plain: 'a school plan for a child in care',
    explanation: "A plan, made with the child's school and carers, about how the child will be helped to learn and do well.",
  },
  {
    term: 'EHCP',
    aliases: ['education, health and care plan', 'education health and care plan', 'EHC plan'],
    plain: 'a legal plan for a child with extra learning needs',
    explanation: 'A plan written by the council that says what a child needs to learn well and what help they must get.',
  },
  {
    term: 'SENCo',
    aliases: ['SENDCo', 'special educational needs coordinator', 'special educational needs co-ordinator'],
    plain: 'the teacher in charge of extra learning support',
    explanation: 'The staff member who plans help at school for children who find learning harder or have a disability.',
  },
  {
    term: 'SEND',
    aliases: ['SEN', 'special educational needs', 'special educational needs and disabilities'],
    plain: 'extra needs with learning',
    explanation: 'When a child needs more help to learn than most children their age.',
  },
  {
    term: 'CAMHS',
    aliases: ['child and adolescent mental health services', 'CYPMHS', "children and young people's mental health services"],
    plain: 'mental health services for children and young people',
    explanation: 'NHS teams that help children and teenagers who are struggling with their feelings or behaviour.',
  },
  {
    term: 'ADHD',
    aliases: ['attention deficit hyperactivity disorder'],
    plain: 'a condition affecting attention and restlessness',
    explanation: 'A difference in how the brain works that can make it hard to sit still, focus or wait your turn.',
  },
  {
    term: 'ASD',
    aliases: ['ASC', 'autism spectrum disorder', 'autism spectrum condition', 'autism'],
    plain: 'a difference in how someone thinks, talks and senses the world',
    explanation: 'A lifelong difference in how a person gets on with others, takes in the world and copes with change.',
  },
];

// Adult mental health: teams, roles and ways of working.
const MENTAL_HEALTH_SERVICES: GlossaryTerm[] = [
  {
    term: 'CPN',
    aliases: ['community psychiatric nurse', 'community mental health nurse', 'CMHN'],
    plain: 'a mental health nurse who visits you at home',
    explanation: 'A nurse from the mental health team who sees you at home and helps with your care and medicine.',
  },
  {
    term: 'CMHT',
    aliases: ['community mental health team'],
    plain: 'the local mental health team',
    explanation: 'Nurses, doctors, social workers and others who help adults with mental health problems who live at home.',
  },
  {
    term: 'care coordinator',
    aliases: ['care co-ordinator'],
    plain: 'your main mental health worker',
    explanation: 'The person in the mental health team who plans your care with you and keeps in touch with others helping you.',
  },
  {
    term: 'CPA',
    aliases: ['care programme approach', 'care program approach', 'CPA review'],
    plain: 'a way of planning mental health care',
    explanation: 'A way of planning care when mental health needs are complex, with one named worker and regular checks.',
  },
  {
    term: 'crisis team',
    aliases: ['home treatment team', 'HTT', 'CRHT', 'crisis resolution and home treatment team', 'crisis resolution team'],
    plain: 'a team that helps at home when you are in a mental health crisis',
    explanation: 'A team you can reach fast when you are very unwell, who can visit you at home so you may not need hospital.',
  },
  {
    term: 'AMHP',
    aliases: ['approved mental health professional'],
    plain: 'a trained worker who decides, with doctors, if someone must go to hospital',
    explanation: 'A trained worker who talks with you and your family and makes the final choice about keeping you in hospital.',
  },
  {
    term: 'IMHA',
    aliases: ['independent mental health advocate'],
    plain: 'a helper who makes sure your voice is heard in hospital',
    explanation: 'If you are kept in hospital by law, this helper can explain your rights and help you say what you want.',
  },
  {
    term: 'advocacy',
    aliases: ['advocate'],
    plain: 'someone to help you have your say',
    explanation: 'A helper, separate from services, who helps you speak up and be listened to in meetings.',
  },
  {
    term: 'peer support worker',
    aliases: ['peer supporter', 'PSW'],
    plain: 'a worker who has been through mental health problems too',
    explanation: 'A worker who has been unwell and got better, and uses that to support you.',
  },
  {
    term: 'perinatal mental health',
    aliases: ['perinatal', 'perinatal team', 'PMHT'],
    plain: 'mental health during pregnancy and the first years after a birth',
    explanation: 'Care for parents who struggle with their mental health while pregnant or after having a baby.',
  },
  {
    term: 'MBU',
    aliases: ['mother and baby unit'],
    plain: 'a hospital ward where a mother and baby stay together',
    explanation: 'A special ward where a mother who is very unwell can get care while her baby stays with her.',
  },
  {
    term: 'IAPT',
    aliases: ['NHS Talking Therapies', 'talking therapies'],
    plain: 'the NHS service for talking help',
    explanation: 'A local NHS service you can ask for yourself, offering talking help for worry and low mood.',
  },
  {
    term: 'triage',
    aliases: ['triaged'],
    plain: 'a first check of how urgent something is',
    explanation: 'A quick first look at what is happening, so the right help can be given in the right order.',
  },
  {
    term: 'discharge',
    aliases: ['discharged'],
    plain: 'leaving a hospital or service',
    explanation: 'When a hospital stay ends, or a team stops working with you because you no longer need them.',
  },
  {
    term: 'inpatient',
    aliases: ['in-patient', 'acute ward', 'psychiatric ward', 'acute admission'],
    plain: 'staying in hospital',
    explanation: 'Staying on a hospital ward, day and night, to get care when you are very unwell.',
  },
  {
    term: 'informal patient',
    aliases: ['voluntary patient', 'informal admission'],
    plain: 'someone in hospital by their own choice',
    explanation: 'A person who has agreed to stay in hospital and is not being kept there by law.',
  },
  {
    term: 'DNA',
    aliases: ['did not attend', 'WNB', 'was not brought'],
    plain: 'missed an appointment',
    explanation: "Written when an appointment was missed, or when a child's appointment was missed because no adult took them.",
  },
  {
    term: 'engagement',
    aliases: [],
    plain: 'taking part and keeping in touch with services',
    explanation: 'How much someone meets workers and joins in, which can be hard when they are unwell or feel judged.',
  },
  {
    term: 'SAR',
    aliases: ['subject access request'],
    plain: 'asking to see the information held about you',
    explanation: 'You have the right to ask any service for a copy of what it has written and stored about you.',
  },
  {
    term: 'Caldicott',
    aliases: ['Caldicott guardian', 'Caldicott principles'],
    plain: 'the rules and the person that keep health records private',
    explanation: 'A set of rules, and a senior person who checks them, about when your details may be used or passed on.',
  },
  {
    term: 'lawful basis',
    aliases: ['legal basis'],
    plain: 'the legal reason for using information',
    explanation: 'The reason, allowed by law, that a service gives for keeping or passing on details about you.',
  },
  {
    term: 'consent',
    aliases: ['informed consent'],
    plain: 'your agreement',
    explanation: 'Saying yes freely, knowing what you are agreeing to, and you can often change your mind later.',
  },
  {
    term: 'disclosure',
    aliases: ['disclose', 'disclosed'],
    plain: 'telling someone about harm, or passing information on',
    explanation: 'When a child or adult tells someone they are being hurt, or when your details are passed to another service.',
  },
];

// Mental health law and decision-making.
const MENTAL_HEALTH_LAW: GlossaryTerm[] = [
  {
    term: 'MHA',
    aliases: ['Mental Health Act'],
    plain: 'the law on mental health care',
    explanation: 'The law that says when a person can be kept in hospital without agreeing, and what their rights are.',
  },
  {
    term: 'Mental Health Act assessment',
    aliases: ['MHA assessment'],
    plain: 'a check to decide if someone must go to hospital',
    explanation: 'Two doctors and a trained worker meet a person to decide if they must be kept in hospital.',
  },
  {
    term: 'sectioned',
    aliases: ['detained', 'detention', 'detained under the Mental Health Act'],
    plain: 'kept in hospital by law',
    explanation: 'Being kept in hospital even if you do not agree, because doctors think you or others could be at risk.',
  },
  {
    term: 'section 2',
    aliases: ['section two', 's2 MHA'],
    plain: 'being kept in hospital for up to 28 days to check your mental health',
    explanation: 'Doctors can keep a person in hospital for up to four weeks to understand what is wrong and what may help.',
  },
  {
    term: 'section 3',
    aliases: ['section three', 's3 MHA'],
    plain: 'being kept in hospital for treatment',
    explanation: 'Doctors can keep a person in hospital for treatment for up to six months at first, and this can be made longer.',
  },
  {
    term: 'section 136',
    aliases: ['s136', 's.136', 'place of safety'],
    plain: 'police taking someone somewhere safe for a mental health check',
    explanation: 'Police can take a person who seems very unwell in a public place somewhere safe, so that doctors can see them.',
  },
  {
    term: 'section 135',
    aliases: ['s135', 's.135'],
    plain: 'a warrant to enter a home for a mental health check',
    explanation: 'A court can let police go into a home so that a person inside who may be very unwell can be seen safely.',
  },
  {
    term: 'section 17 leave',
    aliases: ['s17 leave', 'leave of absence'],
    plain: 'time out of hospital agreed by the doctor',
    explanation: 'A person kept in hospital by law can be allowed out for a time, such as a few hours at home, with agreed rules.',
  },
  {
    term: 'section 117',
    aliases: ['s117', 'section 117 aftercare'],
    plain: 'free help after leaving hospital',
    explanation: 'If you were kept in hospital for treatment, you have the right to free help afterwards to stay well.',
  },
  {
    term: 'CTO',
    aliases: ['community treatment order'],
    plain: 'rules to follow at home after a hospital stay',
    explanation: 'After some hospital stays, a person can live at home but must follow set rules, such as taking medicine.',
  },
  {
    term: 'nearest relative',
    aliases: [],
    plain: 'the relative with legal rights under mental health law',
    explanation: 'A family member, picked by a rule in the law, who can have a say when someone may be kept in hospital.',
  },
  {
    term: 'responsible clinician',
    aliases: [],
    plain: 'the senior doctor in charge of your hospital care',
    explanation: 'The senior doctor or other trained person who leads your care while you are kept in hospital by law.',
  },
  {
    term: 'capacity',
    aliases: ['mental capacity', 'capacity assessment'],
    plain: 'being able to make a decision',
    explanation: 'Being able to understand, remember and weigh up facts about a choice, and say what you decide.',
  },
  {
    term: 'lacks capacity',
    aliases: ['lack of capacity', 'lacking capacity', 'no capacity', 'does not have capacity', 'without capacity'],
    plain: 'not able to make this decision at the moment',
    explanation:
      'Not able, for now, to understand, remember or weigh up the facts about one choice, which can change as a person gets better.',
  },
  {
    term: 'MCA',
    aliases: ['Mental Capacity Act'],
    plain: 'the law about making your own decisions',
    explanation: 'The law that protects your right to make your own choices and says how others decide if you truly cannot.',
  },
  {
    term: 'best interests',
    aliases: ['best interests decision', 'best interests meeting'],
    plain: 'what is best for the person',
    explanation: "When someone cannot decide, others choose what is best for them, thinking about that person's wishes.",
  },
  {
    term: 'DoLS',
    aliases: ['deprivation of liberty safeguards', 'deprivation of liberty', 'LPS', 'liberty protection safeguards'],
    plain: 'legal checks when someone is not free to leave a care home or hospital',
    explanation: 'Checks that a person who cannot decide for themselves is only kept in a place when it is truly needed.',
  },
  {
    term: 'advance statement',
    aliases: ['advance decision', 'ADRT'],
    plain: 'your written wishes about future care',
    explanation: 'Something you write while well about the care you want or do not want if you become too unwell to say.',
  },
];

// Conditions, symptoms and clinical words.
const CONDITIONS_AND_SYMPTOMS: GlossaryTerm[] = [
  {
    term: 'psychosis',
    aliases: ['psychotic', 'psychotic episode', 'first episode psychosis'],
    plain: 'a time of hearing, seeing or believing things others do not',
    explanation: 'A time when a person may hear, see or believe things that other people do not, which can be very frightening.',
  },
  {
    term: 'schizophrenia',
    aliases: [],
    plain: 'an illness in which a person may hear voices or believe things others do not',
    explanation:
      'A long-term illness, with better and worse times, in which a person may hear voices, feel watched or find it hard to think clearly.',
  },
  {
    term: 'bipolar disorder',
    aliases: ['bipolar', 'bipolar affective disorder', 'BPAD', 'manic depression'],
    plain: 'a condition with big swings in mood',
    explanation: 'A condition where a person has times of very low mood and times of very high mood and energy.',
  },
  {
    term: 'hypomania',
    aliases: ['mania', 'hypomanic', 'manic episode'],
    plain: 'a time of very high mood and energy',
    explanation: 'A spell of feeling very high or cross, sleeping little, talking fast and sometimes taking big risks.',
  },
  {
    term: 'EUPD',
    aliases: ['BPD', 'emotionally unstable personality disorder', 'borderline personality disorder'],
    plain: 'a condition where strong feelings are hard to manage',
    explanation: 'Feelings change fast and hit hard, which can make it hard to get on with people and can lead to hurting yourself.',
  },
  {
    term: 'personality disorder',
    aliases: ['PD'],
    plain: 'long-lasting patterns of thinking and feeling that make life hard',
    explanation: 'A name for ways of thinking, feeling and getting on with others that cause a lot of distress over many years.',
  },
  {
    term: 'PND',
    aliases: ['postnatal depression', 'post-natal depression'],
    plain: 'low mood after having a baby',
    explanation: 'Feeling very low, tired and hopeless for weeks or months after a birth, which is common and can be treated.',
  },
  {
    term: 'GAD',
    aliases: ['generalised anxiety disorder', 'generalized anxiety disorder'],
    plain: 'worrying a lot, most days',
    explanation: 'Feeling worried and tense about many things, most of the time, in a way that is hard to stop.',
  },
  {
    term: 'PTSD',
    aliases: ['post-traumatic stress disorder', 'complex PTSD', 'CPTSD'],
    plain: 'lasting distress after something frightening',
    explanation: 'After something very frightening, a person may relive it, feel on edge and avoid reminders for a long time.',
  },
  {
    term: 'OCD',
    aliases: ['obsessive compulsive disorder'],
    plain: 'unwanted thoughts and urges to repeat actions',
    explanation: 'Upsetting thoughts keep coming back, and a person feels they must do things, like checking, to feel safe.',
  },
  {
    term: 'dual diagnosis',
    aliases: ['co-occurring conditions'],
    plain: 'mental health and drug or alcohol problems together',
    explanation: 'When a person struggles with their mental health and with drugs or alcohol at the same time.',
  },
  {
    term: 'substance misuse',
    aliases: ['substance use', 'substance abuse'],
    plain: 'using drugs or alcohol in a harmful way',
    explanation: 'Using drugs or alcohol in a way that harms the person or the people around them, such as their children.',
  },
  {
    term: 'self-harm',
    aliases: ['DSH', 'deliberate self-harm', 'self-injury'],
    plain: 'hurting yourself on purpose',
    explanation: 'When a person hurts their own body, often as a way of coping with very painful feelings.',
  },
  {
    term: 'suicidal ideation',
    aliases: ['suicidal ideas'],
    plain: 'thoughts about ending your life',
    explanation: 'Thoughts about dying or ending your life, which are a sign to get help and can be talked about safely.',
  },
  {
    term: 'delusion',
    aliases: ['delusional'],
    plain: 'a strong belief that is not true',
    explanation: 'A firm belief that other people can see is not true, but which feels completely real to the person.',
  },
  {
    term: 'hallucination',
    aliases: ['auditory hallucination', 'command hallucination'],
    plain: 'hearing or seeing things others do not',
    explanation: 'Hearing voices, or seeing or feeling things, that are not there for other people.',
  },
  {
    term: 'relapse',
    aliases: ['relapsed', 'relapsing'],
    plain: 'becoming unwell again',
    explanation: 'When signs of illness come back after a person has been feeling better.',
  },
  {
    term: 'insight',
    aliases: [],
    plain: 'how far a person sees for themselves that they are unwell',
    explanation: 'How far a person agrees they are unwell and may need help, which can change from day to day.',
  },
  {
    term: 'presentation',
    aliases: ['presented as', 'presenting as'],
    plain: 'how someone seemed',
    explanation: 'How a person looked, sounded and behaved when a worker saw them.',
  },
  {
    term: 'MSE',
    aliases: ['mental state examination', 'mental state exam'],
    plain: 'a check of how someone is thinking and feeling',
    explanation: 'A worker notes how you look, speak, think and feel on the day, to see how you are.',
  },
  {
    term: 'formulation',
    aliases: ['case formulation', 'psychological formulation'],
    plain: 'a shared story of why things are happening',
    explanation: 'You and a worker put together what has happened in your life and what keeps problems going, to plan what may help.',
  },
  {
    term: 'risk assessment',
    aliases: ['risk assessed'],
    plain: 'thinking through what could go wrong and how to prevent it',
    explanation: 'Workers think about what harm could happen, how likely it is, and what would keep everyone safe.',
  },
  {
    term: 'trauma-informed',
    aliases: ['trauma informed care', 'trauma-informed practice'],
    plain: 'care that understands how past hurt affects people',
    explanation: 'A way of working that remembers many people have been through scary things, and tries not to hurt them more.',
  },
  {
    term: 'crisis plan',
    aliases: ['relapse prevention plan', 'wellness and crisis plan'],
    plain: 'your plan for what should happen if you become very unwell',
    explanation:
      'A plan you write with people you trust, saying the signs to watch for and who should do what, including for the children.',
  },
  {
    term: 'contingency plan',
    aliases: ['child contingency plan'],
    plain: 'a back-up plan for the children',
    explanation: 'Who will look after the children, and how their days will go, if their parent suddenly becomes unwell.',
  },
];

// Treatment and medicine.
const TREATMENT: GlossaryTerm[] = [
  {
    term: 'compliance',
    aliases: ['concordance', 'adherence', 'compliant', 'concordant', 'adherent'],
    plain: 'taking medicine or treatment as agreed',
    explanation: 'Whether a person is taking their medicine or going to treatment in the way that was planned with them.',
  },
  {
    term: 'PRN',
    aliases: ['pro re nata', 'as required medication'],
    plain: 'medicine taken only when needed',
    explanation: 'Medicine you take only when you need it, such as when you feel very anxious.',
  },
  {
    term: 'depot',
    aliases: ['depot injection', 'depot medication', 'LAI', 'long-acting injection'],
    plain: 'a slow-release injection of medicine',
    explanation: 'An injection every few weeks that slowly lets out medicine, so you do not need tablets every day.',
  },
  {
    term: 'antipsychotic',
    aliases: ['neuroleptic'],
    plain: 'medicine for hearing voices or unusual beliefs',
    explanation: 'Medicine that can calm unusual beliefs, voices and very high moods.',
  },
  {
    term: 'mood stabiliser',
    aliases: ['mood stabilizer'],
    plain: 'medicine that keeps moods steadier',
    explanation: 'Medicine, such as lithium, that helps stop very high and very low moods.',
  },
  {
    term: 'SSRI',
    aliases: ['selective serotonin reuptake inhibitor'],
    plain: 'a common kind of medicine for low mood',
    explanation: 'A type of medicine often given for low mood or worry, which can take a few weeks to work.',
  },
  {
    term: 'ECT',
    aliases: ['electroconvulsive therapy'],
    plain: 'a hospital treatment for very severe low mood',
    explanation: 'A hospital treatment given while you are asleep, used when a person is very unwell and other help has not worked.',
  },
  {
    term: 'CBT',
    aliases: ['cognitive behavioural therapy', 'cognitive behavioral therapy'],
    plain: 'a talking therapy about thoughts and actions',
    explanation: 'Talking help that looks at how your thoughts, feelings and actions affect each other, and tries out small changes.',
  },
  {
    term: 'DBT',
    aliases: ['dialectical behaviour therapy', 'dialectical behavior therapy'],
    plain: 'a talking therapy for managing strong feelings',
    explanation: 'Talking help, often in a group, that teaches skills to cope with very strong feelings and stay safe.',
  },
];

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  ...CHILDRENS_SERVICES,
  ...COURTS_AND_ORDERS,
  ...SCHOOLS_AND_CHILD_HEALTH,
  ...MENTAL_HEALTH_SERVICES,
  ...MENTAL_HEALTH_LAW,
  ...CONDITIONS_AND_SYMPTOMS,
  ...TREATMENT,
  ...JUDGEMENT_TERMS,
  ...LABEL_TERMS,
];
