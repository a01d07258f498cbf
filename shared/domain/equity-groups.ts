// The groups an insight is broken down into (issue 18 §2): a family belongs to the group of the parent the record is
// about, by her own equity answers; these are the groups' keys (as server/modules/equity's familyEquityGroup gives
// them) and their names on the managers' screens and in the CSV (English: professionals' screens are English).
import { DIRECTORY_LANGUAGES } from './directory-languages.ts';
import { type EquityBreakdown, ETHNICITY_HEADINGS, type EthnicityHeading } from './learning.ts';

/**
 * The first languages a person may choose: the directory's languages by code ('bsl' is left out: it is the same
 * language as 'bfi', British Sign Language), then "another language" and "prefer not to say". Here, not in the contract,
 * so the family's page that lists them does not pull zod into the first load (the vendor chunk).
 */
export const FIRST_LANGUAGE_CODES = Object.keys(DIRECTORY_LANGUAGES).filter((code) => code !== 'bsl');

/** The group of a family whose parent has not answered (or cleared her answer). */
export const NOT_RECORDED = 'not_recorded';
/** The one group when an insight is not broken down. */
export const ALL_FAMILIES = 'all';

const NOT_RECORDED_LABEL = 'Not recorded';
const PREFER_NOT = 'Prefer not to say';

const YES_NO_LABELS: Record<'disability' | 'financial_hardship', Record<string, string>> = {
  disability: { yes: 'Disabled', no: 'Not disabled', prefer_not_to_say: PREFER_NOT },
  financial_hardship: { yes: 'Money worries', no: 'No money worries', prefer_not_to_say: PREFER_NOT },
};

/** The first languages in the order a table lists them: the directory's, then another language, then prefer not to say. */
const LANGUAGE_KEYS = [...Object.keys(DIRECTORY_LANGUAGES).filter((c) => c !== 'bsl'), 'other', 'prefer_not_to_say'];

/** Every group of a breakdown, in the order a table lists them, "Not recorded" last. */
export function equityGroupKeys(breakdown: EquityBreakdown): string[] {
  switch (breakdown) {
    case 'none':
      return [ALL_FAMILIES];
    case 'ethnicity':
      return [...(Object.keys(ETHNICITY_HEADINGS) as EthnicityHeading[]), NOT_RECORDED];
    case 'first_language':
      return [...LANGUAGE_KEYS, NOT_RECORDED];
    case 'disability':
    case 'financial_hardship':
      return ['yes', 'no', 'prefer_not_to_say', NOT_RECORDED];
  }
}

/** A group's name on a manager's screen ("Asian or Asian British", "Polish", "Money worries", "Not recorded"). */
export function equityGroupLabel(breakdown: EquityBreakdown, key: string): string {
  if (key === NOT_RECORDED) return NOT_RECORDED_LABEL;
  switch (breakdown) {
    case 'none':
      return 'All families';
    case 'ethnicity':
      return ETHNICITY_HEADINGS[key as EthnicityHeading] ?? key;
    case 'first_language':
      if (key === 'other') return 'Another language';
      if (key === 'prefer_not_to_say') return PREFER_NOT;
      return DIRECTORY_LANGUAGES[key] ?? key;
    case 'disability':
    case 'financial_hardship':
      return YES_NO_LABELS[breakdown][key] ?? key;
  }
}

/** The heading a breakdown's column of groups carries in a table. */
export const EQUITY_BREAKDOWN_HEADINGS: Record<EquityBreakdown, string> = {
  none: 'Families',
  ethnicity: 'Ethnic group',
  first_language: 'First language',
  disability: 'Disability',
  financial_hardship: 'Money worries',
};
