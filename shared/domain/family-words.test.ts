// The family's notifications are messages with values (issue 16 §3), worded in each family member's language; in English
// they must still say what shared/domain's words say: every level, role and side the message chooses between is checked
// against involvement-levels.ts and care-team-roles.ts, so a change on one side shows here.
import { describe, expect, it } from 'vitest';
import { formatMessage, type Phrase, phrase } from '../i18n/messages.ts';
import { notifyFamily } from '../i18n/notify-family.messages.ts';
import { CARE_TEAM_ROLE_KEYS, CARE_TEAM_ROLES } from './care-team-roles.ts';
import {
  involvementChangedMessage,
  keyWorkerChangedMessage,
  otherParentInvitedMessage,
  signInLetterMessage,
  youngPersonInvitedMessage,
} from './family-words.ts';
import { INVOLVEMENT_EXPLANATIONS, INVOLVEMENT_LEVELS } from './involvement-levels.ts';
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_KEYS } from './sharing.ts';

const english = (p: Phrase) => formatMessage('en', undefined, p.message, p.values);

describe('the family’s notifications in English', () => {
  it('say each involvement level’s own words, for every change from one level to another', () => {
    for (const from of INVOLVEMENT_LEVELS)
      for (const to of INVOLVEMENT_LEVELS) {
        const now = INVOLVEMENT_EXPLANATIONS[to];
        const said = english(involvementChangedMessage(from, to, null));
        expect(said).toBe(
          [
            `Children’s services’ involvement with your family has changed from “${INVOLVEMENT_EXPLANATIONS[from].title}” to “${now.title}”.`,
            `What this means: ${now.whatItMeans}`,
            `What happens next: ${now.whatHappensNext}`,
            `Your rights: ${now.yourRights}`,
            'If you have questions, talk to any of the workers on your family’s page.',
            'You can add your own view to what is written about this, and it will be kept beside it.',
          ].join(' '),
        );
      }
    expect(english(involvementChangedMessage('none', 'early_help', { name: 'Priya Shah', organisationName: 'Northfield' }))).toContain(
      'If you have questions, talk to Priya Shah at Northfield.',
    );
  });

  it('say what each care-team role does when a key worker changes', () => {
    for (const role of CARE_TEAM_ROLE_KEYS) {
      const said = english(
        keyWorkerChangedMessage('adult_mental_health', { name: 'A', jobTitle: 'Nurse', organisationName: 'Trust', teamRole: role }, null),
      );
      expect(said).toBe(
        `A (Nurse, Trust) is now your family’s key worker for the adult mental health service. ${CARE_TEAM_ROLES[role].plain} A key worker is the person to go to first. You can see how to reach them on your family’s page.`,
      );
    }
  });

  it('name the children as English joins them, and the other parent by his or her pronouns', () => {
    const lee = { name: 'Lee', pronouns: 'he/him' };
    expect(english(otherParentInvitedMessage('Daniel', lee, ['Ava']))).toMatch(
      /^Daniel has invited Ava’s dad, Lee, to Umbrella\. He will see Ava’s/,
    );
    expect(english(otherParentInvitedMessage('Daniel', lee, ['Ava', 'Ella']))).toContain('Ava and Ella’s dad');
    expect(english(otherParentInvitedMessage('Daniel', { name: 'Sam', pronouns: null }, ['A', 'B', 'C']))).toBe(
      'Daniel has invited A, B and C’s parent, Sam, to Umbrella. Sam will see A, B and C’s pages and plans, and what is written about the children and about Sam. Sam will not see your own information unless you choose to share it with Sam. If this worries you, talk to Daniel.',
    );
    expect(english(youngPersonInvitedMessage('Jamie', 'Priya'))).toMatch(/^Priya has invited Jamie to Umbrella/);
    expect(english(signInLetterMessage('Priya'))).toMatch(/^Priya printed a new sign-in letter/);
  });

  it('name the kinds of information shared without agreement as the sharing page names them, in the order chosen', () => {
    const kinds = [...CONSENT_CATEGORY_KEYS].reverse();
    for (let n = 1; n <= kinds.length; n += 1) {
      const chosen = kinds.slice(0, n);
      const values = { count: n, organisation: 'Northfield Academy', ...Object.fromEntries(chosen.map((c, i) => [`c${i + 1}`, c])) };
      const list = chosen
        .map((c) => CONSENT_CATEGORIES[c])
        .join(', ')
        .toLowerCase();
      expect(english(phrase(notifyFamily.sharedWithoutAgreement, values))).toBe(
        `Some of your ${list} information was shared with Northfield Academy without your agreement, to keep someone safe. See "Who my information was shared with".`,
      );
    }
    expect(english(phrase(notifyFamily.emergencyAccess, { name: 'Mark Ellis', hasOrganisation: 'no', organisation: '', hours: 4 }))).toBe(
      'Mark Ellis from another service opened your record in an emergency. They can read it for up to 4 hours. This has been reported to the person who checks how information is used.',
    );
  });
});
