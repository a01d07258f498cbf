// The family's pages look shared/domain's words up by key in their own messages (issue 16 §3): the English there must
// stay the words shared/domain gives the server, the e2e journeys and the exports, so a change in one shows as a failure.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARE_TEAM_ROLES, KEY_WORKER_SIDES } from '../../shared/domain/care-team-roles.ts';
import { NETWORK_MEMBER_WELCOME, OTHER_PARENT_WELCOME, PARENT_WELCOME } from '../../shared/domain/family-words.ts';
import { INVOLVEMENT_EXPLANATIONS } from '../../shared/domain/involvement-levels.ts';
import { ENTRY_KINDS, REPLY_KINDS } from '../../shared/domain/records.ts';
import { readMessagesSource } from '../i18n/messages.plugin.ts';

/** The English as written in a messages file (the build parses it; the test reads the source). */
function english(file: string): Record<string, string> {
  const full = path.join(import.meta.dirname, file);
  const [found] = readMessagesSource(fs.readFileSync(full, 'utf8'), full);
  if (!found) throw new Error(`${file} has no defineMessages`);
  return found.messages;
}

describe('the family’s pages use shared/domain’s words', () => {
  it('for the kinds of entry and reply', () => {
    const m = english('record-entry.messages.ts');
    for (const [key, words] of Object.entries(ENTRY_KINDS)) expect(m[`kind_${key}`], key).toBe(words);
    for (const [key, words] of Object.entries(REPLY_KINDS)) expect(m[`reply_${key}`], key).toBe(words);
  });

  it('for the involvement levels, care-team roles and key workers', () => {
    const m = english('my-family.messages.ts');
    for (const [level, words] of Object.entries(INVOLVEMENT_EXPLANATIONS)) {
      expect(m[`level_${level}_title`], level).toBe(words.title);
      expect(m[`level_${level}_means`], level).toBe(words.whatItMeans);
      expect(m[`level_${level}_next`], level).toBe(words.whatHappensNext);
      expect(m[`level_${level}_rights`], level).toBe(words.yourRights);
    }
    for (const [role, words] of Object.entries(CARE_TEAM_ROLES)) {
      expect(m[`role_${role}`], role).toBe(words.label);
      expect(m[`role_${role}_plain`], role).toBe(words.plain);
    }
    for (const [side, words] of Object.entries(KEY_WORKER_SIDES)) expect(m[`keyWorker_${side}`], side).toBe(words);
  });

  it('for the welcomes, paragraph by paragraph', () => {
    const m = english('welcome.messages.ts');
    const welcomes = { network: NETWORK_MEMBER_WELCOME, otherParent: OTHER_PARENT_WELCOME, parent: PARENT_WELCOME };
    for (const [prefix, welcome] of Object.entries(welcomes)) {
      expect(m[`${prefix}_title`], prefix).toBe(welcome.title);
      for (const [i, paragraph] of welcome.paragraphs.entries()) expect(m[`${prefix}_${i + 1}`], `${prefix} ${i + 1}`).toBe(paragraph);
      expect(m[`${prefix}_${welcome.paragraphs.length + 1}`], `${prefix}: no paragraph beyond shared/domain's`).toBeUndefined();
    }
    for (const [i, step] of PARENT_WELCOME.firstSteps.entries()) expect(m[`firstStep_${i + 1}`], `step ${i + 1}`).toBe(step);
    expect(m[`firstStep_${PARENT_WELCOME.firstSteps.length + 1}`]).toBeUndefined();
  });
});
