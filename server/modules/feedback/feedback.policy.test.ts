// Who sees a piece of the family's feedback (feedback.policy.ts), as one table: each viewer × named or team-only → what
// they see; and a month's average only over enough answers. The API tests (feedback.test.ts) hold the same through HTTP.
import { describe, expect, it } from 'vitest';
import {
  FEWEST_TO_AVERAGE,
  type FeedbackFacts,
  type FeedbackSight,
  type FeedbackViewer,
  feedbackSight,
  monthAverage,
} from './feedback.policy.ts';

const MARIE = 'person-marie';
const PRIYA = 'staff-priya';
const TEAM_12 = 'team-12';
const TEAM_11 = 'team-11';

const VIEWERS = {
  'the person who gave it': { kind: 'family_member', personId: MARIE },
  'another family member': { kind: 'family_member', personId: 'person-clive' },
  'the worker it is about': { kind: 'worker', staffId: PRIYA, role: 'practitioner', teamId: TEAM_12 },
  'a colleague in the same team': { kind: 'worker', staffId: 'staff-tom', role: 'practitioner', teamId: TEAM_12 },
  'the team manager of its team': { kind: 'worker', staffId: 'staff-angela', role: 'team_manager', teamId: TEAM_12 },
  'a team manager of another team': { kind: 'worker', staffId: 'staff-other', role: 'team_manager', teamId: TEAM_11 },
  'a service manager in its team': { kind: 'worker', staffId: 'staff-sm', role: 'service_manager', teamId: TEAM_12 },
  'a manager with no team': { kind: 'worker', staffId: 'staff-lost', role: 'team_manager', teamId: null },
  'an information governance lead': { kind: 'worker', staffId: 'staff-ruth', role: 'information_governance_lead', teamId: TEAM_12 },
} as const satisfies Record<string, FeedbackViewer>;
type Viewer = keyof typeof VIEWERS;

/** The rule as the product states it: [named, team-only]. */
const RULE: Record<Viewer, [FeedbackSight, FeedbackSight]> = {
  'the person who gave it': ['own', 'own'],
  'another family member': ['none', 'none'],
  'the worker it is about': ['named', 'none'],
  'a colleague in the same team': ['none', 'none'],
  'the team manager of its team': ['team', 'team'],
  'a team manager of another team': ['none', 'none'],
  'a service manager in its team': ['team', 'team'],
  'a manager with no team': ['none', 'none'],
  'an information governance lead': ['none', 'none'],
};

const piece = (shownAs: FeedbackFacts['shownAs']): FeedbackFacts => ({ personId: MARIE, staffId: PRIYA, teamId: TEAM_12, shownAs });

describe('who sees a piece of feedback', () => {
  it.each((Object.keys(RULE) as Viewer[]).map((v) => [v, ...RULE[v]] as const))(
    '%s → named: %s, team-only: %s',
    (viewer, named, teamOnly) => {
      expect(feedbackSight(VIEWERS[viewer], piece('named'))).toBe(named);
      expect(feedbackSight(VIEWERS[viewer], piece('team_only'))).toBe(teamOnly);
    },
  );

  it('feedback about anything (no worker) reaches no worker by name, only the team', () => {
    const anything: FeedbackFacts = { personId: MARIE, staffId: null, teamId: TEAM_12, shownAs: 'named' };
    expect(feedbackSight(VIEWERS['the worker it is about'], anything)).toBe('none');
    expect(feedbackSight(VIEWERS['the team manager of its team'], anything)).toBe('team');
  });

  it('a manager’s own named feedback is hers by name', () => {
    const aboutAngela: FeedbackFacts = { personId: MARIE, staffId: 'staff-angela', teamId: TEAM_12, shownAs: 'named' };
    expect(feedbackSight(VIEWERS['the team manager of its team'], aboutAngela)).toBe('named');
  });

  it('team-only feedback about the team manager herself is not hers one by one (her team view leaves it out)', () => {
    const aboutAngela: FeedbackFacts = { personId: MARIE, staffId: 'staff-angela', teamId: TEAM_12, shownAs: 'team_only' };
    expect(feedbackSight(VIEWERS['the team manager of its team'], aboutAngela)).toBe('none');
    expect(feedbackSight(VIEWERS['a service manager in its team'], aboutAngela)).toBe('team');
  });
});

describe('a month’s average', () => {
  it(`is shown only over ${FEWEST_TO_AVERAGE} answers or more, to one decimal place`, () => {
    expect(monthAverage([4, 3])).toBeNull();
    expect(monthAverage([4, 4, 3, 3, null, null, null])).toBeNull();
    expect(monthAverage([4, 4, 3, 3, 2])).toBe(3.2);
    expect(monthAverage([4, 4, 4, 4, 3, 3])).toBe(3.7);
  });
});
