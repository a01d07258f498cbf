// The plan pages look shared/domain's word lists up by key in their own messages (issue 16 §3): the English there must stay
// the words shared/domain gives the server, the professionals' screens and the e2e journeys, and the sentences built for each
// case must read as they did before they moved, so a change on either side shows as a failure.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parentOfChildrenInWords } from '../../../shared/domain/people.ts';
import {
  ACTION_STATUS_KEYS,
  ACTION_STATUSES,
  AGREEMENT_POSITION_KEYS,
  AGREEMENT_POSITIONS,
  CHILD_WORDS_AUDIENCE_KEYS,
  CHILD_WORDS_AUDIENCES,
  CHILD_WORDS_PART_KEYS,
  CHILD_WORDS_PARTS,
  CONTINGENCY_SECTIONS,
  EXPLANATION_SECTIONS,
  FAMILY_AGREES,
  FAMILY_AGREES_KEYS,
  FAMILY_RATING_SCALE,
  RECOVERY_PARTS,
  WELLNESS_SECTIONS,
} from '../../../shared/domain/plans.ts';
import { formatMessage, type Message, type MessageValues } from '../../../shared/i18n/messages.ts';
import { setLocale, type Translate, translate } from '../../i18n/i18n.ts';
import { readMessagesSource } from '../../i18n/messages.plugin.ts';
import { CHILD_WORDS_AUDIENCE_WORDS, CHILD_WORDS_PART_WORDS, whoCanRead, whoWillRead } from './child-words.ts';
import { carerSentence } from './plan-people.ts';
import { sectionTitleIn, sectionWordsIn } from './plan-sections.ts';
import {
  ACTION_STATUS_WORDS,
  AGREEMENT_POSITION_WORDS,
  FAMILY_AGREES_WORDS,
  FAMILY_RATING_SCALE_WORDS,
  familyScaleIn,
} from './plan-words.tsx';
import { roleIn } from './rating.form.tsx';
import { relationWords } from './relation-words.tsx';

/** The English translate function, as a page shown in English has it. */
const en = Object.assign((message: Message, values?: MessageValues) => formatMessage('en', undefined, message, values), {
  rich: () => null,
  shown: () => new Set<string>(),
  locale: 'en' as const,
}) satisfies Translate;

/** The English as written in a messages file (the build parses it; the test reads the source). */
function english(file: string): Record<string, string> {
  const full = path.join(import.meta.dirname, file);
  const [found] = readMessagesSource(fs.readFileSync(full, 'utf8'), full);
  if (!found) throw new Error(`${file} has no defineMessages`);
  return found.messages;
}

describe('the plan pages use shared/domain’s words', () => {
  it('for agreeing, the family’s view of a worry and how an action is going', () => {
    for (const key of AGREEMENT_POSITION_KEYS) expect(en(AGREEMENT_POSITION_WORDS[key]), key).toBe(AGREEMENT_POSITIONS[key]);
    for (const key of FAMILY_AGREES_KEYS) expect(en(FAMILY_AGREES_WORDS[key]), key).toBe(FAMILY_AGREES[key]);
    for (const key of ACTION_STATUS_KEYS) expect(en(ACTION_STATUS_WORDS[key]), key).toBe(ACTION_STATUSES[key]);
  });

  it('for the ends of the family’s rating scale, never the workers’ anchors', () => {
    expect(en(FAMILY_RATING_SCALE_WORDS[0])).toBe(FAMILY_RATING_SCALE[0]);
    expect(en(FAMILY_RATING_SCALE_WORDS[10])).toBe(FAMILY_RATING_SCALE[10]);
    expect(familyScaleIn(en)).toEqual(FAMILY_RATING_SCALE);
  });

  it('for every section of the wellness and crisis plan, the children’s plans and the explanations', () => {
    for (const section of [...WELLNESS_SECTIONS, ...CONTINGENCY_SECTIONS, ...EXPLANATION_SECTIONS]) {
      expect(sectionWordsIn(en, section), section.key).toEqual({ title: section.title, hint: section.hint });
      expect(sectionTitleIn(en, section.key, 'as sent'), section.key).toBe(section.title);
    }
    // A section the page has no words for keeps what the server sent.
    expect(sectionWordsIn(en, { key: 'something_new', title: 'As sent', hint: 'Hint as sent' })).toEqual({
      title: 'As sent',
      hint: 'Hint as sent',
    });
  });

  it('for the parts of the family plan a parent shares', () => {
    const m = english('plan-sharing.messages.ts');
    for (const part of RECOVERY_PARTS) expect(m[`part_${part.key}`], part.key).toBe(part.key === 'goals' ? 'Your goals' : part.plainTitle);
  });

  it('for what a young person writes about and who may read it', () => {
    for (const key of CHILD_WORDS_PART_KEYS) {
      const words = CHILD_WORDS_PART_WORDS[key];
      expect([en(words.title), en(words.prompt)], key).toEqual([CHILD_WORDS_PARTS[key].title, CHILD_WORDS_PARTS[key].prompt]);
    }
    for (const key of CHILD_WORDS_AUDIENCE_KEYS) {
      const label = CHILD_WORDS_AUDIENCES[key];
      expect(en(CHILD_WORDS_AUDIENCE_WORDS[key].label)).toBe(label);
      expect(en(CHILD_WORDS_AUDIENCE_WORDS[key].inList)).toBe(label.toLowerCase());
      expect(en(CHILD_WORDS_AUDIENCE_WORDS[key].inSentence)).toBe(label.replace(/^My /, 'your ').replace(/^The /, 'the '));
    }
  });
});

describe('sentences made for each case read as before', () => {
  it('who can read a young person’s words', () => {
    expect(whoCanRead(en, [])).toBe('Only you');
    expect(whoCanRead(en, ['parents'])).toBe('You, and: my mum or dad');
    expect(whoCanRead(en, ['parents', 'care_team'])).toBe('You, and: my mum or dad; the workers helping our family');
    expect(whoWillRead(en, [])).toBe('Only you will be able to read this.');
    expect(whoWillRead(en, ['parents'])).toBe('You and your mum or dad will be able to read this.');
    expect(whoWillRead(en, ['care_team', 'network'])).toBe(
      'You and the workers helping our family and the other grown-ups my mum or dad trusts will be able to read this.',
    );
    expect(whoWillRead(en, ['parents', 'care_team', 'network'])).toBe(
      'You and your mum or dad and the workers helping our family and the other grown-ups my mum or dad trusts will be able to read this.',
    );
  });

  describe('who was asked to look after a child', () => {
    afterEach(() => setLocale('en', false));
    const carer = {
      personId: 'p1',
      name: 'Patricia Evans',
      askedOn: null as string | null,
      response: null as 'agreed' | 'declined' | null,
      respondedAt: null as string | null,
      note: null,
      noteWrittenIn: 'en' as const,
    };

    it('in English, one sentence for each case', () => {
      expect(carerSentence({ ...carer, personId: null, name: null })).toBe('Nobody has been named yet.');
      expect(carerSentence(carer)).toBe('Patricia Evans has not been asked yet.');
      expect(carerSentence({ ...carer, askedOn: '2026-03-03' })).toBe('Patricia Evans was asked on 3 March 2026 and has not answered yet.');
      expect(carerSentence({ ...carer, askedOn: '2026-03-03', response: 'agreed', respondedAt: '2026-03-05T10:00:00Z' })).toBe(
        'Patricia Evans was asked on 3 March 2026 and agreed on 5 March 2026.',
      );
      expect(carerSentence({ ...carer, askedOn: '2026-03-03', response: 'agreed' })).toBe(
        'Patricia Evans was asked on 3 March 2026 and agreed.',
      );
      expect(carerSentence({ ...carer, askedOn: '2026-03-03', response: 'declined', respondedAt: '2026-03-05T10:00:00Z' })).toBe(
        'Patricia Evans was asked on 3 March 2026 and said they cannot (5 March 2026).',
      );
      expect(carerSentence({ ...carer, response: 'declined' })).toBe('Patricia Evans has not been asked yet and said they cannot.');
    });

    it('in the language chosen, with its own dates', async () => {
      await setLocale('pl', false);
      expect(carerSentence({ ...carer, askedOn: '2026-03-03', response: 'agreed', respondedAt: '2026-03-05T10:00:00Z' })).toBe(
        'Patricia Evans: pytanie zadane 3 marca 2026, odpowiedź „tak” 5 marca 2026.',
      );
      await setLocale('ur', false);
      expect(carerSentence(carer)).toBe('Patricia Evans سے ابھی پوچھا نہیں گیا۔');
    });
  });
});

describe('who someone is to the family, from the codes the server sends', () => {
  afterEach(() => setLocale('en', false));

  it('reads in English as shared/domain and the plans said it', () => {
    expect(relationWords(en, { kind: 'other_parent', children: ['Jamie', 'Clare'], word: 'dad' })).toBe(
      parentOfChildrenInWords(['Jamie', 'Clare'], 'he'),
    );
    expect(relationWords(en, { kind: 'other_parent', children: [], word: 'mum' })).toBe(parentOfChildrenInWords([], 'she'));
    expect(relationWords(en, { kind: 'other_parent', children: ['Sam'], word: 'parent' })).toBe(parentOfChildrenInWords(['Sam'], null));
    expect(relationWords(en, { kind: 'young_person' })).toBe('Young person in your family');
    expect(relationWords(en, { kind: 'trusted' })).toBe('Someone you trust');
    expect(relationWords(en, { kind: 'worker', jobTitle: 'Pastoral lead', organisation: 'Northfield Academy' })).toBe(
      'Pastoral lead, Northfield Academy',
    );
    // The roles the server keeps beside a rating (recovery-plan.model.ts participantOf); a worker's is their job title.
    expect(roleIn(en, { roleKind: 'parent', role: 'Parent' })).toBe('Parent');
    expect(roleIn(en, { roleKind: 'young_person', role: 'Young person' })).toBe('Young person');
    expect(roleIn(en, { roleKind: 'network_member', role: 'Someone the family trusts' })).toBe('Someone the family trusts');
    expect(roleIn(en, { roleKind: 'professional', role: 'Pastoral lead, Northfield Academy' })).toBe('Pastoral lead, Northfield Academy');
  });

  it('in the language chosen, with its own way of joining names; a worker’s job title stays as written', async () => {
    await setLocale('pl', false);
    const pl = Object.assign((message: Message, values?: MessageValues) => translate(message, values), {
      rich: () => null,
      shown: () => new Set<string>(),
      locale: 'pl' as const,
    }) satisfies Translate;
    expect(relationWords(pl, { kind: 'other_parent', children: ['Jamie', 'Clare'], word: 'dad' })).toBe('Tata: Jamie i Clare');
    expect(relationWords(pl, { kind: 'trusted' })).toBe('Osoba zaufana');
    expect(relationWords(pl, { kind: 'worker', jobTitle: 'Pastoral lead', organisation: 'Northfield Academy' })).toBe(
      'Pastoral lead, Northfield Academy',
    );
  });
});
