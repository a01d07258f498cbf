// The FHIR export of a family (issue 19 §1): the family as the caller may see it, as a FHIR R4 Bundle (type collection),
// made by the parts from the scoped reads the screens use, in one transaction that writes its disclosure row and audit.
import type { Resource } from '@medplum/fhirtypes';
import type { FhirBundle, FhirExportQuery } from '../../../shared/contracts/fhir.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { FamilyRefusal, withFamily } from '../../access/family-access.ts';
import { newId } from '../../db/ids.ts';
import { forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { appointmentsRepo } from '../appointments/index.ts';
import { activeOverrides, sharingLog } from '../consents/index.ts';
import { loadFamilyParts, toFamilyOverview } from '../families/index.ts';
import { categoriesIn, collectionBundle, exportAuditEvent } from './fhir-bundle.ts';
import { consentsPart } from './fhir-consents.part.ts';
import type { FhirDeps } from './fhir-deps.ts';
import type { FhirPartInput } from './fhir-part.ts';
import { peoplePart } from './fhir-people.part.ts';
import { plansPart } from './fhir-plans.part.ts';
import { recordsPart } from './fhir-records.part.ts';
import { FhirRefs } from './fhir-refs.ts';

const ACTION = 'family.fhir_exported';

/**
 * Who may export: a member of the family's care team now. Emergency access ("break the glass") opens the family for
 * reading on screen only; sending the record on to another system is a disclosure its reason does not cover.
 */
export const mayExport = (actor: ProfessionalActor, careTeam: readonly { staff_id: string }[]) =>
  careTeam.some((m) => m.staff_id === actor.staffId);

export async function exportFamilyBundle(deps: FhirDeps, ctx: RequestContext, familyId: string, q: FhirExportQuery): Promise<FhirBundle> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, ACTION, async (tx, family) => {
    // The family page as the caller reads it, and the parent the record is about: the same scoped reads the screens use.
    const [parts, people] = await Promise.all([loadFamilyParts(tx, ctx.scope, family), appointmentsRepo.people(tx, family)]);
    if (!mayExport(actor, parts.careTeam)) {
      throw new FamilyRefusal(
        family.id,
        'not_on_care_team',
        forbidden(
          'Only a member of the family’s care team can send their information to another system. Emergency access is for reading the record, not for sending it on.',
        ),
      );
    }
    // A safeguarding override shares with one agency, to keep someone safe, for a while; while the parent has not been
    // told of it, that agency does not send the family on: the export would carry what the override shared out of
    // Umbrella, and its line on the parent's sharing page would tell her of the override before the team may.
    const untold = (await activeOverrides(tx, family)).filter(
      (o) => !o.parent_told && o.recipient_organisation_id === actor.organisationId,
    );
    if (untold.length > 0) {
      throw new FamilyRefusal(
        family.id,
        'safeguarding_override_not_told',
        forbidden(
          'This family’s information cannot be sent to another system from your service just now. Please speak to your information governance lead.',
        ),
      );
    }
    const overview = toFamilyOverview(family, parts, actor);
    const refs = new FhirRefs(deps.fhirBase);
    const now = new Date();
    const input: FhirPartInput = {
      tx,
      scope: ctx.scope,
      family,
      refs,
      now,
      overview,
      parentId: appointmentsRepo.theParent(people)?.id ?? null,
    };
    // The people part registers every person first; the others reference them through refs.
    const resources: Resource[] = [...(await peoplePart(input))];
    resources.push(...(await consentsPart(input)));
    resources.push(...(await plansPart(input)));
    resources.push(...(await recordsPart(input)));
    const organisationName = overview.careTeam.find((m) => m.staffId === actor.staffId)?.organisationName ?? 'Organisation';
    const caller = refs.staff({ id: actor.staffId, name: actor.name, organisationId: actor.organisationId, organisationName });
    const callerOrganisation = refs.organisation({ id: actor.organisationId, name: organisationName });
    resources.push(...refs.workerResources());
    const patients = overview.people.filter((p) => refs.isPatient(p.id));
    const disclosureId = newId();
    resources.push(
      exportAuditEvent({
        id: disclosureId,
        now,
        caller,
        callerOrganisation,
        recipient: q.recipient,
        lawfulBasis: q.lawfulBasis,
        patients: patients.map((p) => refs.patient(p.id)),
      }),
    );
    const categories = categoriesIn(resources);
    const bundleId = newId();
    await sharingLog.insertDisclosure(tx, family, {
      id: disclosureId,
      via: 'export',
      recipient_description: q.recipient,
      purpose: q.purpose,
      categories,
      lawful_basis: q.lawfulBasis,
      decided_by_account_id: actor.accountId,
      decided_by_description: `${actor.name}, ${organisationName}`,
      source_id: bundleId,
    });
    return {
      result: collectionBundle({ id: bundleId, now, refs, resources }) as FhirBundle,
      audit: {
        subjectType: 'disclosure',
        subjectId: disclosureId,
        details: { resources: resources.length, patients: patients.length, categories: categories.length, lawfulBasis: q.lawfulBasis },
      },
    };
  });
}
