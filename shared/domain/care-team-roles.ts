// Care-team roles, key-worker sides and organisation kinds: each list once, as a tuple, with its plain words
// typed by it, so a value added without words does not compile.

/** The roles a member can hold in a family's care team (care_team_members.team_role's CHECK, migration 0024). */
export const CARE_TEAM_ROLE_KEYS = [
  'community_psychiatric_nurse',
  'mental_health_social_worker',
  'childrens_social_worker',
  'family_support_worker',
  'school_pastoral_lead',
  'health_visitor',
  'psychiatrist',
  'peer_support_worker',
  'team_manager',
  'other',
] as const;
export type CareTeamRole = (typeof CARE_TEAM_ROLE_KEYS)[number];

/** What each care-team role does, in plain words for parents and children. */
export const CARE_TEAM_ROLES = {
  community_psychiatric_nurse: {
    label: 'Community mental health nurse',
    plain: 'A nurse who supports your mental health at home and in the community, and helps with medication.',
  },
  mental_health_social_worker: {
    label: 'Mental health social worker',
    plain: 'A social worker from the mental health team who helps with the practical and family side of getting well.',
  },
  childrens_social_worker: {
    label: "Children's social worker",
    plain: "A social worker from children's services whose job is to make sure your children are safe and well, working with you.",
  },
  family_support_worker: {
    label: 'Family support worker',
    plain: 'Helps your family day to day: routines, parenting, and getting to the help you need.',
  },
  school_pastoral_lead: {
    label: 'School pastoral lead',
    plain: 'The person at school who looks after how your child is doing, not just their schoolwork.',
  },
  health_visitor: {
    label: 'Health visitor',
    plain: 'A nurse who supports the health and development of young children and their families.',
  },
  psychiatrist: {
    label: 'Psychiatrist',
    plain: 'A doctor who specialises in mental health and can prescribe medicine.',
  },
  peer_support_worker: {
    label: 'Peer support worker',
    plain: 'Someone with their own experience of mental health difficulties, who supports you as an equal.',
  },
  team_manager: {
    label: 'Team manager',
    plain: 'Manages the workers in a team and makes sure the work with your family is going well.',
  },
  other: { label: 'Other worker', plain: 'Works with your family. Ask them to explain their role.' },
} as const satisfies Record<CareTeamRole, { label: string; plain: string }>;

/** The two sides of the interface that each have one key worker (care_team_members.key_worker). */
export const KEY_WORKER_SIDE_KEYS = ['adult_mental_health', 'childrens_services'] as const;
export type KeyWorkerSide = (typeof KEY_WORKER_SIDE_KEYS)[number];

export const KEY_WORKER_SIDES = {
  adult_mental_health: 'Key worker for the adult mental health service',
  childrens_services: "Key worker for children's services",
} as const satisfies Record<KeyWorkerSide, string>;

/** The kinds of organisation a member of staff works for (organisations.kind). */
export const ORGANISATION_KIND_KEYS = ['adult_mental_health', 'childrens_services', 'health', 'education', 'voluntary'] as const;
export type OrganisationKind = (typeof ORGANISATION_KIND_KEYS)[number];

export const ORGANISATION_KINDS = {
  adult_mental_health: 'Adult mental health service',
  childrens_services: "Children's services",
  health: 'Health service',
  education: 'School or college',
  voluntary: 'Charity or community group',
} as const satisfies Record<OrganisationKind, string>;
