// What an Open Referral UK directory file must hold to be imported: zod schemas of the "full service" shape (a service
// with its organisation, places, contacts, times, costs, languages, eligibility and taxonomy terms embedded), accepting
// both the current profile's field names (HSDS 3: addresses, attributes, schedules) and the older ORUK 1 ones
// (physical_addresses, service_taxonomys, regular_schedules, eligibilitys). Fields it does not use are let through.
import { z } from 'zod';

/** A blank string in an optional field means "not given", as many exports write it. */
const blankIsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsMissing, schema.nullish());

const requiredText = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined || issue.input === null ? `give ${what}; it is missing` : `give ${what} as text`),
    })
    .trim()
    .min(1, `give ${what}; it is empty`)
    .max(2000, `${what} is too long (2000 characters at most)`);
const id = (what = 'an identifier') => requiredText(what).max(200, 'an identifier is 200 characters at most');
const text = (max = 4000) => optional(z.string({ error: 'should be text' }).trim().max(max, `is too long (${max} characters at most)`));
const webAddress = optional(
  z
    .string({ error: 'should be a web address as text' })
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: 'should be a web address starting https:// or http://, like https://example.org' })),
);
const emailAddress = optional(
  z
    .string({ error: 'should be an email address as text' })
    .trim()
    .pipe(z.email({ error: 'should be an email address, like name@example.org' })),
);
const age = optional(z.number({ error: 'should be a whole number of years' }).int('should be a whole number of years').min(0).max(120));
const list = <T extends z.ZodType>(item: T) => optional(z.array(item, { error: 'should be a list ([ … ])' }));
const object = <T extends z.core.$ZodLooseShape>(what: string, shape: T) => z.object(shape, { error: `should be ${what} ({ … })` });

/** "09:00", "17:30" or "17:30:00". */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const time = optional(
  z.string({ error: 'should be a time as text' }).trim().regex(TIME, 'should be a time like 09:00 or 17:30 (24-hour clock)'),
);
/** RFC 5545 days, optionally with a week of the month (1MO: the first Monday, -1FR: the last Friday). */
export const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const byday = optional(
  z
    .string({ error: 'should be days as text, like MO,WE' })
    .trim()
    .toUpperCase()
    .refine((v) => v.split(',').every((d) => BYDAY.test(d.trim())), 'should be days like MO,WE or 1TU (the first Tuesday of the month)'),
);
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const OrukSchedule = object('a schedule', {
  id: id(),
  freq: optional(
    z
      .string({ error: 'should be WEEKLY, MONTHLY or DAILY' })
      .trim()
      .toUpperCase()
      .pipe(z.enum(['WEEKLY', 'MONTHLY', 'DAILY'], { error: 'should be WEEKLY, MONTHLY or DAILY' })),
  ),
  interval: optional(z.number({ error: 'should be a whole number' }).int('should be a whole number').min(1).max(12)),
  byday,
  bymonthday: optional(
    z
      .string({ error: 'should be days of the month as text, like 1,15' })
      .trim()
      .regex(/^-?\d{1,2}(,-?\d{1,2})*$/, 'should be days of the month, like 1,15'),
  ),
  /** ORUK 1 regular_schedules: one day by name. */
  weekday: optional(
    z
      .string({ error: 'should be a day, like Monday' })
      .trim()
      .toLowerCase()
      .pipe(z.enum(WEEKDAY_NAMES, { error: 'should be a day of the week, like Monday' })),
  ),
  opens_at: time,
  closes_at: time,
  description: text(),
  attending_type: text(200),
  notes: text(),
})
  .refine((s) => !s.opens_at || !s.closes_at || !TIME.test(s.opens_at) || !TIME.test(s.closes_at) || s.opens_at < s.closes_at, {
    path: ['closes_at'],
    message: 'should be later than opens_at',
  })
  .refine((s) => Boolean(s.byday || s.weekday || s.bymonthday || s.opens_at || s.description || s.freq === 'DAILY'), {
    message: 'say when it is open: days (byday or weekday) with opens_at and closes_at, or a description',
  });
export type OrukSchedule = z.output<typeof OrukSchedule>;

const OrukAddress = object('an address', {
  id: text(200),
  address_1: text(200),
  address_2: text(200),
  city: text(200),
  state_province: text(200),
  postal_code: optional(
    z
      .string({ error: 'should be a postcode as text' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'should be a UK postcode, like NF1 2AB'),
  ),
  country: text(100),
});

const OrukAccessibility = object('a note on access', {
  id: text(200),
  description: text(),
  accessibility: text(),
  details: text(),
});

export const OrukLocation = object('a place (location)', {
  id: id(),
  name: text(300),
  location_type: optional(z.enum(['physical', 'postal', 'virtual'], { error: 'should be physical, postal or virtual' })),
  description: text(),
  transportation: text(),
  addresses: list(OrukAddress),
  physical_addresses: list(OrukAddress),
  accessibility: list(OrukAccessibility),
  accessibility_for_disabilities: list(OrukAccessibility),
});

const OrukPhone = object('a phone', {
  id: text(200),
  number: requiredText('the phone number').max(40, 'a phone number is 40 characters at most'),
  description: text(),
});

export const OrukContact = object('a contact', {
  id: id(),
  name: text(200),
  title: text(200),
  email: emailAddress,
  phones: list(OrukPhone),
});

export const OrukCostOption = object('a cost option', {
  id: id(),
  option: text(300),
  amount: optional(z.number({ error: 'should be a number, like 0 or 2.50 (no £ sign)' }).min(0, 'should not be below 0')),
  amount_description: text(300),
  currency: text(3),
});

export const OrukLanguage = object('a language', {
  id: id(),
  name: text(100),
  /** ORUK 1. */
  language: text(100),
  code: text(20),
}).refine((l) => Boolean(l.name || l.language || l.code), {
  message: 'give the language: its name (name) or its code (code), like Polish or pl',
});

const OrukTaxonomyTerm = object('a taxonomy term', {
  id: id(),
  name: text(300),
  term: text(300),
  code: text(100),
  /** The vocabulary: `taxonomy` (HSDS 3) or `vocabulary` (ORUK 1). */
  taxonomy: text(200),
  vocabulary: text(200),
}).refine((t) => Boolean(t.name || t.term), { message: 'give the term’s name (name or term)' });
export type OrukTaxonomyTerm = z.output<typeof OrukTaxonomyTerm>;

const OrukEligibility = object('an eligibility', {
  id: text(200),
  eligibility: text(1000),
  minimum_age: age,
  maximum_age: age,
});

const OrukServiceArea = object('a service area', {
  id: text(200),
  name: text(300),
  service_area: text(300),
});

export const OrukOrganisation = z.object(
  {
    id: id(),
    name: requiredText('the organisation’s name').max(300, 'the name is 300 characters at most'),
    description: text(),
    url: webAddress,
    website: webAddress,
    email: emailAddress,
  },
  { error: 'give the organisation that runs it (organization), with its id and name' },
);

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const OrukService = object('a service', {
  id: id(),
  name: requiredText('the service’s name').max(300, 'the name is 300 characters at most'),
  status: z
    .string({ error: 'give the status: active, inactive, defunct or temporarily closed' })
    .trim()
    .toLowerCase()
    .pipe(z.enum(SERVICE_STATUSES, { error: 'should be active, inactive, defunct or temporarily closed' })),
  description: text(8000),
  url: webAddress,
  email: emailAddress,
  fees: text(1000),
  fees_description: text(1000),
  /** ORUK 1: how people get to use it (appointment, drop-in, referral, self-referral) and how it is delivered. */
  attending_access: text(200),
  attending_type: text(200),
  deliverable_type: text(200),
  application_process: text(2000),
  minimum_age: age,
  maximum_age: age,
  eligibility_description: text(2000),
  organization: OrukOrganisation,
  service_at_locations: list(object('a service at a location', { id: text(200), location: OrukLocation })),
  contacts: list(OrukContact),
  phones: list(OrukPhone),
  schedules: list(OrukSchedule),
  regular_schedules: list(OrukSchedule),
  cost_options: list(OrukCostOption),
  languages: list(OrukLanguage),
  eligibilitys: list(OrukEligibility),
  eligibility: list(OrukEligibility),
  attributes: list(object('an attribute', { id: text(200), taxonomy_term: OrukTaxonomyTerm })),
  service_taxonomys: list(object('a service taxonomy', { id: text(200), taxonomy: OrukTaxonomyTerm })),
  service_areas: list(OrukServiceArea),
}).refine((s) => s.minimum_age == null || s.maximum_age == null || s.minimum_age <= s.maximum_age, {
  path: ['maximum_age'],
  message: 'should not be below minimum_age',
});
export type OrukService = z.output<typeof OrukService>;

/** A path as a person reads it: service_at_locations[0].location.addresses[0].postal_code. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * Every problem in a file's parsed JSON, each as "service <id or number> › <field path>: <what to fix>", and the
 * services when there are none. Accepts an array of services or an object with a `services` array.
 */
export function validateDirectoryFile(json: unknown): { ok: true; services: OrukService[] } | { ok: false; problems: string[] } {
  const items = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && 'services' in json
      ? (json as { services: unknown }).services
      : undefined;
  if (!Array.isArray(items)) {
    return {
      ok: false,
      problems: ['file: should be a list of services ([ … ]) or an object with a "services" list ({ "services": [ … ] })'],
    };
  }
  if (items.length === 0) return { ok: false, problems: ['file: has no services in it'] };
  const problems: string[] = [];
  const services: OrukService[] = [];
  const seen = new Map<string, number>();
  const organisations = new Map<string, { name: string; service: string }>();
  items.forEach((item, index) => {
    const rawId =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id.trim() : '';
    const label = `service ${rawId || `number ${index + 1}`}`;
    const parsed = OrukService.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = fieldPath(issue.path);
        problems.push(`${label} › ${where || '(the service)'}: ${issue.message}`);
      }
      return;
    }
    const s = parsed.data;
    const before = seen.get(s.id);
    if (before !== undefined) problems.push(`${label} › id: is used by service number ${before + 1} too; each service needs its own`);
    seen.set(s.id, index);
    const org = organisations.get(s.organization.id);
    if (org && org.name !== s.organization.name) {
      problems.push(
        `${label} › organization.name: is “${s.organization.name}” here but “${org.name}” in service ${org.service}; use one name`,
      );
    } else if (!org) organisations.set(s.organization.id, { name: s.organization.name, service: s.id });
    services.push(s);
  });
  return problems.length ? { ok: false, problems } : { ok: true, services };
}
