// Tests for the plain-language checks (P5): jargon from the glossary, diagnostic labels, readability and text split for reading.
import { describe, expect, it } from 'vitest';
import { NOT_THEIR_DIAGNOSIS, WHY_NOT_USED } from './glossary-judgements.ts';
import { GLOSSARY_TERMS } from './glossary-terms.ts';
import { checkPlainLanguage, explainInPlace, findDiagnosticLabels, findJargon, readability } from './plain-language.ts';

const found = (text: string) => findJargon(text, GLOSSARY_TERMS).map((m) => [m.found, m.term]);

describe('findJargon', () => {
  it.each([
    ['Jamie is LAC now.', [['LAC', 'LAC']]],
    ['Jamie is a looked-after child.', [['looked-after child', 'LAC']]],
    ['The black cat sat on the mat.', []],
    ['Clare is CIN.', [['CIN', 'CIN']]],
    ['We went to the cinema on Sunday.', []],
    ['The cin word in lower case is not an acronym.', []],
    ['A section 47 enquiry was opened.', [['section 47 enquiry', 'section 47']]],
    ['The s47 was closed.', [['s47', 'section 47']]],
    ['Section 47 was mentioned.', [['Section 47', 'section 47']]],
    ['Clare has a child protection plan.', [['child protection plan', 'child protection plan']]],
    ['This is about child protection.', [['child protection', 'child protection']]],
    ['The initial child protection conference is on Monday.', [['initial child protection conference', 'ICPC']]],
    ['Contact with Clive is on Saturdays.', [['Contact', 'contact']]],
    ['Please contact me on Monday.', []],
    ['Two CPNs visited.', [['CPNs', 'CPN']]],
    [
      'The MASH read the referral.',
      [
        ['MASH', 'MASH'],
        ['referral', 'referral'],
      ],
    ],
    ['Mash the potatoes.', []],
    ['Please send the letter.', []],
    ['Marie was kept under section 2.', [['section 2', 'section 2']]],
    ['The children were accommodated under section 20.', [['section 20', 'section 20']]],
    [
      'A multi agency meeting and a multiagency plan.',
      [
        ['multi agency', 'multi-agency'],
        ['multiagency', 'multi-agency'],
      ],
    ],
    [
      'Her care co-ordinator and her CMHT',
      [
        ['care co-ordinator', 'care coordinator'],
        ['CMHT', 'CMHT'],
      ],
    ],
    ["The children's guardian spoke.", [["children's guardian", 'Cafcass']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('maps "section 47" and "s47" to the same term', () => {
    const [a] = findJargon('section 47', GLOSSARY_TERMS);
    const [b] = findJargon('s47', GLOSSARY_TERMS);
    expect(a?.term).toBe(b?.term);
    expect(a?.plain).toBe(b?.plain);
  });

  it('gives positions that point at the text as written', () => {
    const text = 'After the ICPC, the core group met and agreed a CP plan with the CPN.';
    const matches = findJargon(text, GLOSSARY_TERMS);
    expect(matches.map((m) => m.found)).toEqual(['ICPC', 'core group', 'CP plan', 'CPN']);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.found);
  });

  it('returns matches sorted and never overlapping', () => {
    const text = GLOSSARY_TERMS.map((t) => `${t.term} and ${t.aliases.join(', ')}`).join('. ');
    const matches = findJargon(text, GLOSSARY_TERMS);
    expect(matches.length).toBeGreaterThan(GLOSSARY_TERMS.length);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]?.start).toBeGreaterThanOrEqual(matches[i - 1]?.end ?? 0);
    }
  });
});

describe('findDiagnosticLabels', () => {
  it.each([
    ['Marie is a schizophrenic.', 'a schizophrenic'],
    ['We met the psychotic mother.', 'psychotic mother'],
    ['she is bipolar', 'she is bipolar'],
    ["She's bipolar and tired.", "She's bipolar"],
    ['Marie is borderline.', 'Marie is borderline'],
    ['The depressive stayed in bed.', 'The depressive'],
    ['He was an anorexic at school.', 'an anorexic'],
    ['he is OCD about cleaning', 'he is OCD'],
    ['a personality-disordered parent', 'personality-disordered parent'],
    ['The paranoid mother refused entry.', 'paranoid mother'],
    ['A mentally ill mum needs help.', 'mentally ill mum'],
    ['the addict', 'the addict'],
    ['His alcoholic father left.', 'alcoholic father'],
    ['Schizophrenics are not dangerous.', 'Schizophrenics'],
    ["Marie's mum is very paranoid.", "Marie's mum is very paranoid"],
  ])('flags "%s"', (text, expected) => {
    const labels = findDiagnosticLabels(text);
    expect(labels.map((l) => l.found)).toEqual([expected]);
    expect(labels[0]?.suggestion).toMatch(/what the person does and how it affects the children/);
  });

  it.each([
    'Marie has a diagnosis of schizophrenia.',
    'She has a diagnosis of bipolar disorder.',
    'Bipolar disorder can be treated.',
    'Marie gets support for depression.',
    'She had a psychotic episode last year.',
    'A depressive episode lasted two months.',
    'Marie has OCD.',
    'The threshold is borderline.',
    'Marie is borderline for early help.',
    'She goes to a psycho-education group.',
    'He goes to Alcoholics Anonymous.',
    'There was an alcoholic drink on the table.',
    'Marie hears voices when she is unwell.',
  ])('does not flag "%s"', (text) => {
    expect(findDiagnosticLabels(text)).toEqual([]);
  });

  it.each([
    ['Marie is borderline.', '"Marie '],
    ['Clive is an alcoholic.', '"Clive '],
    ['His alcoholic father left.', '"Dad '],
    ['The anorexic girl is in hospital.', '"The girl '],
    ['she is bipolar', '"The parent '],
  ])('names the right person in the example for "%s"', (text, start) => {
    expect(findDiagnosticLabels(text)[0]?.suggestion).toContain(start);
  });

  it('gives a suggestion that is itself free of glossary jargon and labels', () => {
    const text =
      'the schizophrenic, she is bipolar, Marie is borderline, the depressive, an anorexic, he is OCD, paranoid dad, the addict, mad man';
    for (const label of findDiagnosticLabels(text)) {
      expect(findJargon(label.suggestion, GLOSSARY_TERMS)).toEqual([]);
      expect(findDiagnosticLabels(label.suggestion)).toEqual([]);
    }
  });
});

describe('readability', () => {
  const hard =
    'Following the initial child protection conference, the multi-agency core group determined that the parental mental health ' +
    'presentation, characterised by intermittent non-concordance with antipsychotic medication and disengagement from the ' +
    'community mental health team, constitutes a significant risk of emotional harm necessitating continued statutory intervention.';

  it.each([
    ['The cat sat on the mat. We had tea.', ['easy']],
    ['Marie will call Patricia if she feels unwell. Patricia will pick up the children from school.', ['easy', 'fairly easy']],
    [hard, ['hard', 'very hard']],
  ])('rates "%s"', (text, labels) => {
    expect(labels).toContain(readability(text).label);
  });

  it('gives a neutral result for empty text', () => {
    for (const text of ['', '   ', '\n\n', '...']) {
      expect(readability(text)).toMatchObject({ fleschReadingEase: 100, gradeLevel: 0, averageSentenceLength: 0, label: 'easy' });
    }
  });

  it('scores hard text lower and with a higher grade than simple text', () => {
    const simple = readability('We will meet at your home on Monday.');
    const complex = readability(hard);
    expect(complex.fleschReadingEase).toBeLessThan(simple.fleschReadingEase);
    expect(complex.gradeLevel).toBeGreaterThan(simple.gradeLevel);
    expect(complex.averageSentenceLength).toBeGreaterThan(30);
    expect(complex.advice).toBe('Try shorter sentences and everyday words.');
  });

  it('counts sentences, not abbreviations', () => {
    expect(readability('We met Dr. Shah today. She was kind.').averageSentenceLength).toBe(4);
    expect(readability('Bring things, e.g. a coat. Thanks').averageSentenceLength).toBe(3);
  });

  it('keeps scores in range and gives one plain sentence of advice', () => {
    for (const text of ['Go.', hard, 'Yes! No? Maybe.']) {
      const r = readability(text);
      expect(r.fleschReadingEase).toBeGreaterThanOrEqual(0);
      expect(r.fleschReadingEase).toBeLessThanOrEqual(100);
      expect(r.gradeLevel).toBeGreaterThanOrEqual(0);
      expect(r.advice).toMatch(/^[A-Z][^.!?]*\.$/);
    }
  });
});

describe('checkPlainLanguage', () => {
  it('returns jargon, labels and readability in one call', () => {
    const result = checkPlainLanguage('The psychotic mother missed the ICPC.', GLOSSARY_TERMS);
    expect(result.jargon.map((m) => m.term)).toContain('ICPC');
    expect(result.labels.map((l) => l.found)).toEqual(['psychotic mother']);
    expect(result.readability.label).toBeTypeOf('string');
  });

  it('finds nothing to change in plain text', () => {
    const result = checkPlainLanguage('Marie hears voices when she is unwell. Patricia looks after the children.', GLOSSARY_TERMS);
    expect(result.jargon).toEqual([]);
    expect(result.labels).toEqual([]);
    expect(['easy', 'fairly easy']).toContain(result.readability.label);
  });
});

describe('explainInPlace', () => {
  it.each([
    '',
    'Nothing to explain here.',
    'LAC',
    'The CPN and the AMHP met under section 136, then the CIN plan was reviewed by the IRO.',
    'Contact with Clive; a TAF meeting, the PLO letter, and s47.\nNew line: CAMHS!',
  ])('joins back to the original text: "%s"', (text) => {
    const segments = explainInPlace(text, GLOSSARY_TERMS);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s) => s.text !== '')).toBe(true);
  });

  it('marks each term with its plain wording and explanation', () => {
    const segments = explainInPlace('Jamie is LAC.', GLOSSARY_TERMS);
    expect(segments).toEqual([
      { text: 'Jamie is ' },
      expect.objectContaining({ text: 'LAC', term: 'LAC', plain: 'a child in the care of the council' }),
      { text: '.' },
    ]);
  });
});

describe('the glossary', () => {
  it('has at least 80 terms, each with plain wording and a one-sentence explanation', () => {
    expect(GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(80);
    for (const t of GLOSSARY_TERMS) {
      expect(t.term.trim(), t.term).not.toBe('');
      expect(t.plain.trim(), t.term).not.toBe('');
      expect(t.plain.length, t.term).toBeLessThanOrEqual(80);
      // A judgemental word or a diagnosis used as a name adds one fixed sentence saying why it is not used here.
      const meaning = [WHY_NOT_USED, NOT_THEIR_DIAGNOSIS].reduce(
        (text, why) => (text.endsWith(` ${why}`) ? text.slice(0, -why.length - 1) : text),
        t.explanation,
      );
      expect(meaning, t.term).toMatch(/^[A-Z][^.!?]*\.$/);
      expect(meaning.split(/\s+/).length, t.term).toBeLessThanOrEqual(25);
    }
  });

  it('never uses the same term or alias twice, ignoring case', () => {
    const forms = GLOSSARY_TERMS.flatMap((t) => [t.term, ...t.aliases]).map((f) => f.toLowerCase());
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('finds every term and alias as its own entry', () => {
    for (const t of GLOSSARY_TERMS) {
      for (const form of [t.term, ...t.aliases]) {
        expect(found(form), form).toEqual([[form, t.term]]);
      }
    }
  });

  const ACRONYMS = new Set(GLOSSARY_TERMS.flatMap((t) => [t.term, ...t.aliases]).filter((f) => /^[A-Z]{2,5}$/.test(f)));

  it('explains itself without glossary jargon: no acronyms or other terms in plain wording or explanations', () => {
    for (const t of GLOSSARY_TERMS) {
      expect(found(t.plain), `${t.term} plain`).toEqual([]);
      expect(found(t.explanation), `${t.term} explanation`).toEqual([]);
      const words = t.explanation.split(/[^A-Za-z]+/);
      expect(
        words.filter((w) => ACRONYMS.has(w.replace(/s$/, ''))),
        t.term,
      ).toEqual([]);
      expect(findDiagnosticLabels(t.explanation), t.term).toEqual([]);
    }
  });

  it('is easy enough to read when the explanations are read together', () => {
    const all = readability(GLOSSARY_TERMS.map((t) => t.explanation).join(' '));
    expect(['easy', 'fairly easy']).toContain(all.label);
    expect(all.gradeLevel).toBeLessThanOrEqual(8);
  });
});
