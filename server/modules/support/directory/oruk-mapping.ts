// From a validated Open Referral UK service to what Umbrella keeps and shows: the areas of life it helps with, whether
// it is free and open to self-referral, its languages, where it is, and its page in plain words (places,
// costs, eligibility, contacts; opening times are opening-times.ts). The rules are written down in README "Service directory".
import { DIRECTORY_LANGUAGES } from '../../../../shared/domain/directory-languages.ts';
import { NEED_DOMAIN_KEYS, NEED_DOMAINS, type NeedDomain } from '../../../../shared/domain/needs.ts';
import type { DirectoryServiceDetails } from '../../../db/schema.ts';
import { openingTimesOf } from './opening-times.ts';
import type { OrukService, OrukTaxonomyTerm } from './oruk-schema.ts';

/** The vocabulary whose term ids are our need domains (`money`, `housing`, …): the exact way to say what a service is for. */
export const NEEDS_VOCABULARY = 'umbrella-needs';

/**
 * Common words in other vocabularies' term names, for files that do not use ours (matched as whole words, lower case).
 * Only term names are read, never the description, so a counselling service that mentions money is not money advice.
 */
export const DOMAIN_WORDS: Record<NeedDomain, readonly string[]> = {
  money: ['debt', 'debts', 'benefits', 'money', 'financial', 'finance', 'budgeting', 'welfare rights'],
  housing: ['housing', 'homeless', 'homelessness', 'tenancy', 'accommodation'],
  food: ['food', 'food bank', 'foodbank', 'essentials', 'clothing', 'baby bank', 'fuel'],
  childcare_school: ['childcare', 'childminding', 'childminder', 'nursery', 'school', 'schools', 'after school'],
  practical_help: ['practical help', 'home help', 'form filling', 'forms', 'household'],
  parenting: ['parenting', 'parents', 'family support'],
  physical_health: ['physical health', 'health visiting', 'gp', 'dental', 'sexual health', 'disability'],
  mental_health: ['mental health', 'counselling', 'wellbeing', 'talking therapy', 'talking therapies', 'anxiety', 'depression'],
  alcohol_drugs: ['alcohol', 'drugs', 'drug', 'substance misuse', 'addiction'],
  relationships_safety: ['domestic abuse', 'domestic violence', 'relationships', 'relationship', 'safety'],
  work_learning: ['employment', 'jobs', 'job', 'training', 'adult learning', 'volunteering', 'skills', 'careers'],
  legal: ['legal', 'legal advice', 'law', 'solicitor', 'immigration advice'],
  travel: ['transport', 'travel', 'community transport'],
  peer_support: ['peer support', 'lived experience', 'support group'],
  child_own: ['young people', 'youth', 'young carers', 'children', 'play'],
  other: [],
};

const wordRe = (w: string) => new RegExp(`(^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`);

const termsOf = (s: OrukService): OrukTaxonomyTerm[] => [
  ...(s.attributes ?? []).map((a) => a.taxonomy_term),
  ...(s.service_taxonomys ?? []).map((t) => t.taxonomy),
];
const termName = (t: OrukTaxonomyTerm) => (t.name ?? t.term ?? '').trim();
const vocabularyOf = (t: OrukTaxonomyTerm) => (t.taxonomy ?? t.vocabulary ?? '').trim().toLowerCase();

/** The areas of life: our vocabulary's terms first, then the common words in any term's name; "other" when none. */
export function domainsOf(s: OrukService): NeedDomain[] {
  const found = new Set<NeedDomain>();
  const keys = new Set<string>(NEED_DOMAIN_KEYS);
  for (const t of termsOf(s)) {
    if (vocabularyOf(t) === NEEDS_VOCABULARY) {
      const key = [t.id, t.code, t.term, t.name].find((k) => k && keys.has(k));
      if (key) found.add(key as NeedDomain);
      continue;
    }
    const name = termName(t).toLowerCase();
    for (const domain of NEED_DOMAIN_KEYS) if (DOMAIN_WORDS[domain].some((w) => wordRe(w).test(name))) found.add(domain);
  }
  if (found.size === 0) found.add('other');
  return NEED_DOMAIN_KEYS.filter((d) => found.has(d));
}

const SELF_REFERRAL = /\b(self[- ]?referral|self[- ]?refer|drop[- ]?in|walk[- ]?in)\b/i;

/**
 * Whether a family member may go to it themselves: attending_access says drop-in or self-referral, or a taxonomy term
 * (any vocabulary) is named or identified as self-referral or drop-in. Otherwise it is taken as by referral.
 */
export function selfReferralOf(s: OrukService): boolean {
  if (s.attending_access && SELF_REFERRAL.test(s.attending_access)) return true;
  return termsOf(s).some((t) => SELF_REFERRAL.test(t.id) || SELF_REFERRAL.test(termName(t)));
}

const FREE = /\bfree\b/i;
const feesText = (s: OrukService) => s.fees ?? s.fees_description ?? null;

/** Free: a cost option of 0 or one whose words say free; or, with no cost options, fees words that say free. */
export function freeOf(s: OrukService): boolean {
  const options = s.cost_options ?? [];
  if (options.length) return options.some((c) => c.amount === 0 || FREE.test(`${c.option ?? ''} ${c.amount_description ?? ''}`));
  const fees = feesText(s);
  return fees !== null && FREE.test(fees) && !/\bnot free\b/i.test(fees);
}

export function languagesOf(s: OrukService): string[] {
  const names = (s.languages ?? []).map((l) => {
    const given = (l.name ?? l.language ?? '').trim();
    if (given) return given;
    const code = (l.code ?? '').trim().toLowerCase();
    // A code is kept as its English name (shared/domain/directory-languages.ts); one it does not know, as written.
    return DIRECTORY_LANGUAGES[code] ?? code;
  });
  return [...new Set(names.filter(Boolean))];
}

const money = (amount: number, currency?: string | null) => {
  const cur = (currency ?? 'GBP').toUpperCase();
  const n = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return cur === 'GBP' ? `£${n}` : `${n} ${cur}`;
};

export function costsOf(s: OrukService): string[] {
  const options = s.cost_options ?? [];
  if (!options.length) {
    const fees = feesText(s);
    return fees ? [fees] : [];
  }
  return options.map((c) => {
    const price =
      c.amount === 0
        ? 'Free'
        : c.amount != null
          ? `${money(c.amount, c.currency)}${c.amount_description ? ` ${c.amount_description}` : ''}`
          : (c.amount_description ?? 'Ask about the cost');
    return c.option ? `${price} (${c.option})` : price;
  });
}

export function eligibilityOf(s: OrukService): string[] {
  const out: string[] = [];
  if (s.eligibility_description) out.push(s.eligibility_description);
  for (const e of [...(s.eligibilitys ?? []), ...(s.eligibility ?? [])]) if (e.eligibility) out.push(e.eligibility);
  const ages = ageWords(s.minimum_age, s.maximum_age);
  if (ages) out.push(ages);
  for (const a of s.service_areas ?? []) {
    const area = a.service_area ?? a.name;
    if (area) out.push(`For people in ${area}`);
  }
  return [...new Set(out)];
}

function ageWords(min?: number | null, max?: number | null): string | null {
  if (min != null && max != null) return `Ages ${min} to ${max}`;
  if (min != null) return `Ages ${min} and over`;
  if (max != null) return `Up to age ${max}`;
  return null;
}

function locationsOf(s: OrukService): DirectoryServiceDetails['locations'] {
  return (s.service_at_locations ?? []).map(({ location: l }) => {
    const address = [...(l.addresses ?? []), ...(l.physical_addresses ?? [])][0];
    const street = address ? [address.address_1, address.address_2, address.city].filter(Boolean).join(', ') : '';
    const access = [...(l.accessibility ?? []), ...(l.accessibility_for_disabilities ?? [])]
      .flatMap((a) => [a.accessibility ?? a.description, a.details])
      .filter((a): a is string => Boolean(a));
    return {
      name: l.name ?? null,
      address: street || null,
      postcode: address?.postal_code ?? null,
      howToGetThere: l.transportation ?? null,
      accessibility: [...new Set(access)],
    };
  });
}

function contactsOf(s: OrukService): DirectoryServiceDetails['contacts'] {
  const contacts = (s.contacts ?? []).map((c) => ({
    name: c.name && c.title ? `${c.name} (${c.title})` : (c.name ?? c.title ?? null),
    phone: c.phones?.[0]?.number ?? null,
    email: c.email ?? null,
  }));
  for (const p of s.phones ?? []) contacts.push({ name: p.description ?? null, phone: p.number, email: null });
  return contacts;
}

const ATTENDING_WORDS: [RegExp, string][] = [
  [/(?<!self[- ]?)\breferral\b/i, 'By referral from a worker'],
  [/\bself[- ]?referral\b/i, 'Refer yourself'],
  [/\bdrop[- ]?in\b|\bwalk[- ]?in\b/i, 'Drop in'],
  [/\bappointment\b/i, 'By appointment'],
  [/\bmembership\b/i, 'By joining'],
  [/\b(venue|in[- ]?person|face to face)\b/i, 'In person'],
  [/\b(phone|telephone)\b/i, 'By phone'],
  [/\b(online|video|web)\b/i, 'Online'],
];

/** How people use it, from attending_access / attending_type / deliverable_type and the access terms, in a few words. */
export function howToUseOf(s: OrukService): string[] {
  const sources = [s.attending_access, s.attending_type, s.deliverable_type, ...(s.schedules ?? []).map((x) => x.attending_type)];
  for (const t of termsOf(s)) if (vocabularyOf(t) !== NEEDS_VOCABULARY) sources.push(`${t.id} ${termName(t)}`);
  const text = sources.filter(Boolean).join(' | ');
  const out = ATTENDING_WORDS.filter(([re]) => text.split(' | ').some((part) => re.test(part))).map(([, words]) => words);
  return [...new Set(out)];
}

/** Where it is in a few words: the first place with an address (its name and postcode), else "Online" or "By phone". */
export function whereOf(s: OrukService, details: DirectoryServiceDetails): string | null {
  const locations = s.service_at_locations ?? [];
  const k = locations.findIndex(({ location: l }) => l.location_type !== 'virtual');
  const place = k >= 0 ? details.locations[k] : undefined;
  if (place && (place.name || place.postcode)) return [place.name, place.postcode].filter(Boolean).join(', ');
  if (locations.some(({ location: l }) => l.location_type === 'virtual') || details.howToUse.includes('Online')) {
    return details.howToUse.includes('By phone') && !locations.length ? 'By phone or online' : 'Online';
  }
  if (details.howToUse.includes('By phone') || details.contacts.some((c) => c.phone)) return 'By phone';
  return null;
}

export type DirectoryRows = {
  organisation: { id: string; name: string; description: string | null; url: string | null; email: string | null };
  service: {
    id: string;
    organisation_id: string;
    name: string;
    description: string | null;
    url: string | null;
    email: string | null;
    status: string;
    domains: NeedDomain[];
    self_referral: boolean;
    free: boolean;
    languages: string[];
    where_words: string | null;
    search_words: string;
    details: DirectoryServiceDetails;
  };
};

export function toDirectoryRows(s: OrukService): DirectoryRows {
  const domains = domainsOf(s);
  const details: DirectoryServiceDetails = {
    eligibility: eligibilityOf(s),
    costs: costsOf(s),
    openingTimes: openingTimesOf(s),
    locations: locationsOf(s),
    contacts: contactsOf(s),
    howToUse: howToUseOf(s),
  };
  const o = s.organization;
  return {
    organisation: { id: o.id, name: o.name, description: o.description ?? null, url: o.url ?? o.website ?? null, email: o.email ?? null },
    service: {
      id: s.id,
      organisation_id: o.id,
      name: s.name,
      description: s.description ?? null,
      url: s.url ?? null,
      email: s.email ?? null,
      status: s.status,
      domains,
      self_referral: selfReferralOf(s),
      free: freeOf(s),
      languages: languagesOf(s),
      where_words: whereOf(s, details),
      search_words: [o.name, ...domains.map((d) => NEED_DOMAINS[d].label), ...termsOf(s).map(termName), ...languagesOf(s)].join(' '),
      details,
    },
  };
}
