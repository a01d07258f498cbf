// The family's sharing, check-in and help pages look shared/domain's words up by key in their own messages (issue 16 §3):
// the English there must stay the words shared/domain gives the server, the e2e journeys and the exports, and the fixed
// reasons the server writes must be the ones the page finds, so a change on one side shows as a failure.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_PROMISE, CHECK_IN_QUESTION, CHECK_IN_RHYTHM_WORDS, DEFAULT_SCALE_WORDS } from '../../shared/domain/check-ins.ts';
import {
  CONTACT_WAY_WORDS,
  HELP_EVENT_KINDS,
  HELP_PROMISE,
  HELP_URGENCY_WORDS,
  helpEventWords,
  NATIONAL_HELPLINES,
  worryExplained,
  YOUNG_PERSON_HELP_PRIVACY,
} from '../../shared/domain/help.ts';
import { CONSENT_CATEGORIES, LAWFUL_BASES } from '../../shared/domain/sharing.ts';
import { formatMessage } from '../../shared/i18n/messages.ts';
import { readMessagesSource } from '../i18n/messages.plugin.ts';
import { helpRequests } from './help/help-requests.messages.ts';
import { helpWords } from './help/help-words.messages.ts';
import { basisInWords, categoryFromLabel, categoryLabel, whyInWords } from './sharing-words.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The English as written in a messages file (the build parses it; the test reads the source). */
function english(file: string): Record<string, string> {
  const full = path.join(import.meta.dirname, file);
  const [found] = readMessagesSource(fs.readFileSync(full, 'utf8'), full);
  if (!found) throw new Error(`${file} has no defineMessages`);
  return found.messages;
}

describe('the family’s sharing, check-in and help pages use shared/domain’s words', () => {
  it('for the kinds of information and the reasons for sharing', () => {
    const m = english('sharing-words.messages.ts');
    for (const [key, words] of Object.entries(CONSENT_CATEGORIES)) expect(m[`category_${key}`], key).toBe(words);
    for (const [key, basis] of Object.entries(LAWFUL_BASES)) expect(m[`basis_${key}`], key).toBe(basis.plain);
  });

  it('finds the kinds and reasons the server sends, and shows what it does not know as sent', () => {
    expect(categoryLabel('mental_health', 'x')).toBe('Mental health');
    expect(categoryLabel('own_notes', 'x')).toBe('What their own service writes');
    expect(categoryLabel('something_new', 'As sent')).toBe('As sent');
    expect(categoryFromLabel("Children's social care")).toBe("Children's social care");
    expect(categoryFromLabel('Not a kind')).toBe('Not a kind');
    expect(basisInWords(LAWFUL_BASES.safeguarding_child.label, 'as sent')).toBe(LAWFUL_BASES.safeguarding_child.plain);
    expect(basisInWords('Not a basis', 'as sent')).toBe('as sent');
    expect(whyInWords('You agreed, until 2026-12-31: school')).toBe('You agreed, until 31 December 2026: school');
  });

  it('for the fixed reasons a service can see something, as the server writes them', () => {
    const server = fs.readFileSync(path.join(root, 'server/modules/consents/sharing-overview.ts'), 'utf8');
    const m = english('sharing-words.messages.ts');
    for (const key of ['why_general', 'why_home', 'why_own_notes', 'category_own_notes']) {
      expect(server, key).toContain(`'${m[key]}'`);
      if (key.startsWith('why_')) expect(whyInWords(m[key] ?? ''), key).toBe(m[key]);
    }
  });

  it('for the check-ins', () => {
    const m = english('check-ins.messages.ts');
    expect(m.question).toBe(CHECK_IN_QUESTION);
    expect(m.promise).toBe(CHECK_IN_PROMISE);
    for (const [key, words] of Object.entries(CHECK_IN_RHYTHM_WORDS)) expect(m[`rhythm_${key}`], key).toBe(words);
    // The scale's words until she writes her own: the server knows them by their English, the page says them in its language.
    const chart = english('../ui/check-ins-chart.messages.ts');
    expect(chart.defaultLow).toBe(DEFAULT_SCALE_WORDS.low);
    expect(chart.defaultHigh).toBe(DEFAULT_SCALE_WORDS.high);
  });

  it('for asking for help', () => {
    const m = english('help/help-words.messages.ts');
    for (const [key, words] of Object.entries(HELP_URGENCY_WORDS)) expect(m[`urgency_${key}`], key).toBe(words);
    for (const [key, words] of Object.entries(CONTACT_WAY_WORDS)) expect(m[`contact_${key}`], key).toBe(words);
    expect(m.promise).toBe(HELP_PROMISE);
    expect(m.youngPersonPrivacy).toBe(YOUNG_PERSON_HELP_PRIVACY);
    expect(formatMessage('en', undefined, helpWords.worryExplained, { name: 'Marie' })).toBe(worryExplained('Marie'));
    const lines = Object.fromEntries(NATIONAL_HELPLINES.map((h) => [h.name, h.words]));
    expect(m.helpline_emergency_name).toBe(NATIONAL_HELPLINES[0].name);
    expect(m.helpline_emergency).toBe(lines.Emergency);
    expect(m.helpline_nhs111).toBe(lines['NHS 111']);
    expect(m.helpline_samaritans).toBe(lines.Samaritans);
    expect(m.helpline_shout).toBe(lines.Shout);
  });

  it('for what happened to a request', () => {
    const say = (message: (typeof helpRequests)[keyof typeof helpRequests], values: Record<string, string>) =>
      formatMessage('en', undefined, message, values);
    for (const kind of HELP_EVENT_KINDS) {
      const ours =
        kind === 'acknowledged'
          ? say(helpRequests.event_acknowledged, { who: 'Daniel' })
          : kind === 'contact_arranged'
            ? say(helpRequests.event_contact_arranged, { who: 'Daniel' })
            : kind === 'passed'
              ? say(helpRequests.event_passed, { who: 'Daniel', to: 'Helen' })
              : say(helpRequests.event_escalated, { to: 'Helen' });
      expect(ours, kind).toBe(helpEventWords(kind, 'Daniel', 'Helen'));
    }
    expect(say(helpRequests.event_passed, { who: 'Daniel', to: english('help/help-requests.messages.ts').aColleague ?? '' })).toBe(
      helpEventWords('passed', 'Daniel', null),
    );
    expect(say(helpRequests.event_escalated, { to: english('help/help-requests.messages.ts').someoneElse ?? '' })).toBe(
      helpEventWords('escalated_to_duty', 'Daniel', null),
    );
  });
});
