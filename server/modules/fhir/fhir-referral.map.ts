// A FHIR R4 referral Bundle read as the answers of "Start a family": who the people are and what kind each is, who
// referred, why; and the referral's own rules, each broken one named by its FHIR path. No database here.
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  HumanName,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Reference,
  RelatedPerson,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { isRealDate } from '../../../shared/contracts/common.ts';

/** The Bundle types a referral may come as: a transaction (to be stored), a collection, or a message. */
export const REFERRAL_BUNDLE_TYPES = ['transaction', 'collection', 'message'] as const;
export const MAX_REFERRAL_PEOPLE = 30;
/** Who counts as a child when the referral does not say: under 18 on the day it arrives. */
export const ADULT_AGE = 18;

// HL7 v3 RoleCode (http://terminology.hl7.org/CodeSystem/v3-RoleCode): what the related person is *to the patient*.
// biome-ignore format: a list of codes
const PARENT_CODES = new Set([
  'PRN', 'MTH', 'FTH', 'NPRN', 'NMTH', 'NFTH', 'ADOPTP', 'ADOPTM', 'ADOPTF', 'STPPRN', 'STPMTH', 'STPFTH', 'PRNFOST',
  'MTHFOST', 'FTHFOST', 'GESTM', 'GUARD', 'GUADLTM', 'PRNINLAW',
]);
// biome-ignore format: a list of codes
const CHILD_CODES = new Set([
  'CHILD', 'SON', 'DAU', 'NCHILD', 'SONC', 'DAUC', 'CHLDADOPT', 'SONADOPT', 'DAUADOPT', 'CHLDFOST', 'SONFOST', 'DAUFOST',
  'STPCHLD', 'STPSON', 'STPDAU',
]);
const SIBLING_CODES = new Set(['SIB', 'BRO', 'SIS', 'NSIB', 'NBRO', 'NSIS', 'HSIB', 'HBRO', 'HSIS', 'STPSIB', 'STPBRO', 'STPSIS', 'TWIN']);

export type ReferralKind = 'parent' | 'child' | 'other_adult';

export type ReferralPerson = {
  /** The entry's FHIR path, `Bundle.entry[2]`. */
  path: string;
  resourceType: 'Patient' | 'RelatedPerson';
  fullUrl: string | null;
  kind: ReferralKind;
  fullName: string;
  preferredName?: string;
  dateOfBirth?: string;
};

export type ReadReferral = {
  /** FHIR path → plain message. Empty when the referral can be read. */
  errors: Record<string, string>;
  serviceRequestPath: string;
  people: ReferralPerson[];
  referredBy: string;
  referralReason: string;
};

type Located<T extends Resource> = { path: string; index: number; resource: T; fullUrl: string | null };

const text = (v: string | undefined | null) => (v ?? '').replace(/\s+/g, ' ').trim();

/** "Dr A Khan": the name's own text, or its prefixes, given names and family name as written. */
export function nameInWords(name: HumanName | undefined): string {
  if (!name) return '';
  if (text(name.text)) return text(name.text);
  return text([...(name.prefix ?? []), ...(name.given ?? []), name.family ?? ''].join(' '));
}

/** The name to call someone by: the official one, else the usual one, else the first with any words. */
function mainName(names: HumanName[] | undefined): HumanName | undefined {
  const usable = (names ?? []).filter((n) => nameInWords(n) !== '' && n.use !== 'old');
  return usable.find((n) => n.use === 'official') ?? usable.find((n) => n.use === 'usual') ?? usable[0];
}

/** A nickname (or a usual name beside an official one): its first given name, or its text. */
function preferredName(names: HumanName[] | undefined, main: HumanName | undefined): string | undefined {
  const other = (names ?? []).find((n) => n !== main && (n.use === 'nickname' || n.use === 'usual') && nameInWords(n) !== '');
  return other ? text(other.given?.[0] ?? other.text) || undefined : undefined;
}

function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

const codesOf = (concepts: CodeableConcept[] | undefined) =>
  new Set((concepts ?? []).flatMap((c) => (c.coding ?? []).map((k) => (k.code ?? '').toUpperCase())));

const conceptText = (c: CodeableConcept | undefined) => text(c?.text) || text(c?.coding?.find((k) => text(k.display))?.display);

/**
 * Reads `bundle` (already valid R4) as a referral on `today` (YYYY-MM-DD). Each rule it breaks is an error at the
 * FHIR path of the element to correct.
 */
export function readReferral(bundle: Bundle, today: string): ReadReferral {
  const errors: Record<string, string> = {};
  const fail = (path: string, message: string) => {
    errors[path] = errors[path] ? `${errors[path]} ${message}` : message;
  };
  const answer = (): ReadReferral => ({ errors, serviceRequestPath, people, referredBy, referralReason });
  let serviceRequestPath = 'Bundle';
  const people: ReferralPerson[] = [];
  let referredBy = '';
  let referralReason = '';

  if (!(REFERRAL_BUNDLE_TYPES as readonly string[]).includes(bundle.type)) {
    fail('Bundle.type', `A referral comes as a Bundle of type ${REFERRAL_BUNDLE_TYPES.join(', ')}; this one is “${bundle.type}”.`);
  }
  const entries: Located<Resource>[] = (bundle.entry ?? []).flatMap((e: BundleEntry, index) =>
    e.resource ? [{ path: `Bundle.entry[${index}]`, index, resource: e.resource, fullUrl: e.fullUrl ?? null }] : [],
  );
  const ofType = <T extends Resource>(type: T['resourceType']) => entries.filter((e) => e.resource.resourceType === type) as Located<T>[];
  /** The entry a reference names: by fullUrl, or `Type/id` against the entries' type and id. */
  const resolve = (ref: Reference | undefined): Located<Resource> | undefined => {
    const r = ref?.reference;
    if (!r) return undefined;
    return entries.find((e) => e.fullUrl === r || `${e.resource.resourceType}/${e.resource.id}` === r);
  };

  const requests = ofType<ServiceRequest>('ServiceRequest');
  if (requests.length !== 1) {
    fail(
      'Bundle.entry',
      requests.length === 0
        ? 'A referral needs one ServiceRequest: the request for help, with its reason. This Bundle has none.'
        : `A referral needs exactly one ServiceRequest; this Bundle has ${requests.length}. Send each referral in its own Bundle.`,
    );
    return answer();
  }
  const request = requests[0] as Located<ServiceRequest>;
  serviceRequestPath = `${request.path}.resource`;
  const subject = resolve(request.resource.subject);
  if (subject?.resource.resourceType !== 'Patient') {
    fail(
      `${serviceRequestPath}.subject`,
      subject
        ? `The referral’s subject must be a Patient; it is a ${subject.resource.resourceType}.`
        : 'The referral’s subject must be a Patient sent in this Bundle (its fullUrl, or Patient/<id>).',
    );
    return answer();
  }

  // Who each person is: dates of birth and names first, then the kind.
  const patients = ofType<Patient>('Patient');
  const related = ofType<RelatedPerson>('RelatedPerson');
  if (patients.length + related.length > MAX_REFERRAL_PEOPLE) {
    fail(
      'Bundle.entry',
      `A referral can bring up to ${MAX_REFERRAL_PEOPLE} people (Patients and RelatedPersons); this one has ${patients.length + related.length}. Add the rest on the family’s page afterwards.`,
    );
    return answer();
  }
  const birth = new Map<Located<Resource>, string | undefined>();
  for (const p of [...patients, ...related]) {
    const at = `${p.path}.resource`;
    const name = mainName(p.resource.name);
    if (!name) fail(`${at}.name`, 'Give this person’s name: a name with text, or a given and family name.');
    const dob = p.resource.birthDate;
    if (dob !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(dob)) fail(`${at}.birthDate`, 'Umbrella needs the whole date of birth, like 2015-09-10.');
      else if (!isRealDate(dob)) fail(`${at}.birthDate`, 'This date of birth is not a real date between 1900 and 2200.');
      else if (dob > today) fail(`${at}.birthDate`, 'A date of birth cannot be in the future.');
      else birth.set(p, dob);
    }
  }
  const minor = (p: Located<Resource>) => {
    const dob = birth.get(p);
    return dob !== undefined && ageOn(dob, today) < ADULT_AGE;
  };
  // The subject: a child when under 18 by date of birth, otherwise the parent the referral is about.
  const kindOfPatient = (p: Located<Patient>): ReferralKind => (minor(p) ? 'child' : p === subject ? 'parent' : 'other_adult');
  const kinds = new Map<Located<Resource>, ReferralKind>(patients.map((p) => [p, kindOfPatient(p)]));
  for (const r of related) {
    const patient = resolve(r.resource.patient);
    const patientKind = patient ? kinds.get(patient) : undefined;
    if (!patient || patientKind === undefined) {
      fail(`${r.path}.resource.patient`, 'Say whose relative this is: a Patient sent in this Bundle.');
      continue;
    }
    const codes = codesOf(r.resource.relationship);
    const has = (set: Set<string>) => [...codes].some((c) => set.has(c));
    let kind: ReferralKind;
    if (has(PARENT_CODES) && patientKind === 'child') kind = 'parent';
    else if ((has(CHILD_CODES) && patientKind === 'parent') || (has(SIBLING_CODES) && patientKind === 'child')) {
      // A son or a brother with no date of birth is taken as a child: intake then asks for the date.
      kind = birth.get(r) === undefined || minor(r) ? 'child' : 'other_adult';
    } else kind = minor(r) ? 'child' : 'other_adult';
    kinds.set(r, kind);
  }

  for (const p of [...patients, ...related]) {
    const kind = kinds.get(p);
    const name = mainName((p.resource as Patient | RelatedPerson).name);
    if (!kind || !name) continue;
    people.push({
      path: p.path,
      resourceType: p.resource.resourceType as 'Patient' | 'RelatedPerson',
      fullUrl: p.fullUrl,
      kind,
      fullName: nameInWords({ ...name, prefix: undefined, suffix: undefined }),
      preferredName: preferredName((p.resource as Patient).name, name),
      dateOfBirth: birth.get(p),
    });
  }
  // Put the subject first: intake names the family after its first parent.
  people.sort((a, b) => Number(b.path === subject.path) - Number(a.path === subject.path));

  referredBy = requesterInWords(request, resolve, fail);
  referralReason = reasonInWords(request.resource);
  if (!referralReason) {
    fail(
      `${serviceRequestPath}.reasonCode`,
      'Say why the family is being referred (reasonCode text or a note), in words the parent will read.',
    );
  }
  return answer();
}

/** "Dr A Khan, Northfield Surgery": the requester, its role's words and its organisation, as sent. */
function requesterInWords(
  request: Located<ServiceRequest>,
  resolve: (ref: Reference | undefined) => Located<Resource> | undefined,
  fail: (path: string, message: string) => void,
): string {
  const ref = request.resource.requester;
  const at = `${request.path}.resource.requester`;
  const found = resolve(ref);
  if (!found) {
    if (text(ref?.display) && !ref?.reference) return text(ref?.display);
    fail(at, 'Say who made the referral: a Practitioner, PractitionerRole or Organization sent in this Bundle.');
    return '';
  }
  const r = found.resource;
  const orgName = (o: Located<Resource> | undefined) =>
    o?.resource.resourceType === 'Organization' ? text((o.resource as Organization).name) : '';
  const personName = (p: Located<Resource> | undefined) =>
    p && ['Practitioner', 'Patient', 'RelatedPerson'].includes(p.resource.resourceType)
      ? nameInWords(mainName((p.resource as Practitioner).name))
      : '';
  let words: string[] = [];
  if (r.resourceType === 'PractitionerRole') {
    const role = r as PractitionerRole;
    words = [
      personName(resolve(role.practitioner)) || text(role.practitioner?.display),
      orgName(resolve(role.organization)) || text(role.organization?.display),
    ];
    if (!words[0]) words.splice(1, 0, conceptText(role.code?.[0]));
  } else if (r.resourceType === 'Organization') words = [orgName(found)];
  else if (['Practitioner', 'Patient', 'RelatedPerson'].includes(r.resourceType)) words = [personName(found)];
  const said = words.filter(Boolean).join(', ');
  if (!said) fail(at, 'The requester needs a name (a Practitioner’s name, or an Organization’s name).');
  return said;
}

/** The reason as written: each reasonCode's text, then each note; the code's text when there is neither. */
function reasonInWords(request: ServiceRequest): string {
  const parts = [
    ...(request.reasonCode ?? []).map((c) => (c.text ?? '').trim() || conceptText(c)),
    ...(request.note ?? []).map((n) => (n.text ?? '').trim()),
  ].filter(Boolean);
  return (parts.length > 0 ? parts : [conceptText(request.code)].filter(Boolean)).join('\n\n');
}
