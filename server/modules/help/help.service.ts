// Asking for help, for the family (issue 14 §1): the help page (out of hours first the crisis contacts from her own
// plan), sending a request or raising a worry (idempotent, routed, with its acknowledgement target), and "Who I want
// to hear from". Asking is early help: nothing here reads or writes an involvement level, a rating or a flag.
import type { z } from 'zod';
import type { HelpRequestInput, HelpRequestView, HelpSettings, HelpSettingsInput, PortalHelp } from '../../../shared/contracts/help.ts';
import {
  acknowledgeBy,
  type HelpAskerKind,
  helpRequestedMessage,
  managerBy,
  worryRaisedToTeamMessage,
} from '../../../shared/domain/help.ts';
import { isWorkingTime, nextOpening, type WorkingTime } from '../../../shared/domain/working-time.ts';
import { type FamilyMemberActor, writerLanguage } from '../../access/actor.ts';
import { type FamilyDeps, readFamily, withFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, HttpError, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily } from '../notifications/index.ts';
import { documentsAsSeenBy } from '../plans/index.ts';
import { requestFingerprint } from '../records/index.ts';
import * as repo from './help.repo.ts';
import { choosesWho, defaultRecipients, type Names, recipientsFor, requestKindOf, staffIdsOf, toView } from './help-routing.ts';

export type HelpDeps = FamilyDeps & {
  /** Working hours, days and bank holidays (config.ts): targets and "out of hours". */
  workingTime: WorkingTime;
  /** The clock: tests give their own. */
  now: () => Date;
};

const CREATE_ROUTE = 'POST /api/portal/help';

function familyMember(ctx: RequestContext): FamilyMemberActor & { kind: HelpAskerKind } {
  const a = ctx.actor;
  if (a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'other_parent' || a.kind === 'network_member') return a;
  throw forbidden('Asking for help here is for the family and the people they trust.');
}

export const personName = (p: { preferred_name: string | null; full_name: string }) => p.preferred_name ?? p.full_name;

/** Names of the workers and people these requests mention. */
export async function namesFor(
  tx: Tx,
  family: VisibleFamily,
  requests: repo.RequestRow[],
  events: repo.EventRow[],
  knownPeople?: Awaited<ReturnType<typeof repo.people>>,
): Promise<Names> {
  const [staff, people] = await Promise.all([repo.staffNames(tx, staffIdsOf(requests, events)), knownPeople ?? repo.people(tx, family)]);
  return { staff, people: new Map(people.map((p) => [p.id, personName(p)])) };
}

/** The requests a family member reads (their own; a parent also the worries she was told of), with their events. */
export async function requestsFor(tx: Tx, family: VisibleFamily, actor: FamilyMemberActor): Promise<HelpRequestView[]> {
  const rows = await repo.requests(tx, family, { personId: actor.personId, toldWorries: actor.kind === 'parent' });
  const events = await repo.events(
    tx,
    family,
    rows.map((r) => r.id),
  );
  const names = await namesFor(tx, family, rows, events);
  return rows.map((r) => toView(r, events, names, actor.personId));
}

/** The parent's own crisis contacts, from her own wellness plan only (the "crisis_supporters" part) with its language, or null. */
async function ownCrisisContacts(tx: Tx, ctx: RequestContext, family: VisibleFamily, actor: FamilyMemberActor) {
  if (actor.kind !== 'parent') return null;
  const own = (await documentsAsSeenBy(tx, ctx.scope, family)).find((d) => d.kind === 'wellness' && d.personId === actor.personId);
  const part = own?.sections.find((s) => s.key === 'crisis_supporters');
  const text = part?.text.trim();
  return part && text ? { text, writtenIn: part.writtenIn } : null;
}

export function getHelpPage(deps: HelpDeps, ctx: RequestContext): Promise<PortalHelp> {
  const actor = familyMember(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, actor.familyId, 'help_requests.viewed', async (tx, family) => {
    const [team, chosen, people] = await Promise.all([
      repo.careTeam(tx, family),
      repo.settings(tx, family, actor.personId),
      repo.people(tx, family),
    ]);
    const names = new Map(team.map((m) => [m.staff_id, m.full_name]));
    const goesTo = recipientsFor(actor.kind, team, chosen?.staff_ids).map((id) => names.get(id) ?? 'A worker');
    const requests = await requestsFor(tx, family, actor);
    const outOfHours = !isWorkingTime(now, deps.workingTime);
    const parent = repo.theParent(people);
    const contacts = await ownCrisisContacts(tx, ctx, family, actor);
    return {
      result: {
        kind: requestKindOf(actor.kind),
        outOfHours,
        nextOpening: outOfHours ? nextOpening(now, deps.workingTime).toISOString() : null,
        crisisContacts: contacts?.text ?? null,
        crisisContactsWrittenIn: contacts?.writtenIn ?? 'en',
        goesTo,
        canChooseWho: choosesWho(actor.kind),
        parentName: parent ? personName(parent) : null,
        requests,
      },
      audit: { subjectType: 'person', subjectId: actor.personId, details: { count: requests.length } },
    };
  });
}

const KEY = /^[A-Za-z0-9_-]{8,100}$/;
const keyReused = () =>
  new HttpError(
    422,
    'idempotency_key_reused',
    'This was not sent: it had the same reference as something you sent before with different words. Nothing was changed. Check your requests below, then send it again.',
  );

export function askForHelp(
  deps: HelpDeps,
  ctx: RequestContext,
  input: z.output<typeof HelpRequestInput>,
  idempotencyKey: string | undefined,
): Promise<{ request: HelpRequestView; created: boolean }> {
  const actor = familyMember(ctx);
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey))
    throw badRequest('The idempotency-key header must be 8 to 100 letters, digits, - or _.');
  const kind = requestKindOf(actor.kind);
  if (kind === 'worry' && !input.worryAbout)
    throw badRequest('Choose who you are worried about.', { worryAbout: 'Choose who you are worried about' });
  const worryAbout = kind === 'worry' ? (input.worryAbout ?? null) : null;
  const fingerprint = idempotencyKey === undefined ? null : requestFingerprint(CREATE_ROUTE, input);
  const now = deps.now();
  return withFamily<{ request: HelpRequestView; created: boolean }>(
    deps,
    ctx,
    actor.familyId,
    'help_request.created',
    async (tx, family) => {
      const id = newId();
      const [team, chosen] = await Promise.all([repo.careTeam(tx, family), repo.settings(tx, family, actor.personId)]);
      const recipients = recipientsFor(actor.kind, team, chosen?.staff_ids);
      const due = acknowledgeBy(input.urgency, now, deps.workingTime);
      const inserted = await repo.insertRequest(tx, family, {
        id,
        kind,
        person_id: actor.personId,
        account_id: actor.accountId,
        asker_kind: actor.kind,
        worry_about: worryAbout,
        words: input.words,
        written_in: writerLanguage(actor),
        urgency: input.urgency,
        contact_ways: input.contactWays,
        contact_time: input.contactTime || null,
        out_of_hours: !isWorkingTime(now, deps.workingTime),
        recipient_staff_ids: recipients,
        escalation_team_id: team.find((m) => m.staff_id === recipients[0])?.team_id ?? null,
        acknowledge_by: due,
        manager_by: due && managerBy(input.urgency, due, deps.workingTime),
        idempotency_key: idempotencyKey ?? null,
        idempotency_fingerprint: fingerprint,
      });
      const audit = (requestId: string, retried: boolean) => ({
        subjectType: 'person',
        subjectId: actor.personId,
        details: { request: requestId, kind, urgency: input.urgency, recipients: recipients.length, retried },
      });
      if (!inserted && idempotencyKey) {
        // A retried send (a double tap, a dropped connection) answers with what the first one made.
        const existing = await repo.findByIdempotencyKey(tx, family, actor.accountId, idempotencyKey);
        if (!existing) return null;
        if (existing.idempotency_fingerprint !== fingerprint) throw keyReused();
        const names = await namesFor(tx, family, [existing], []);
        return { result: { request: toView(existing, [], names, actor.personId), created: false }, audit: audit(existing.id, true) };
      }
      const row = await repo.findRequest(tx, family, id);
      if (!row) return null;
      // The family's people once: for the names in the answer and to name the parent in a worry's message.
      const people = await repo.people(tx, family);
      const names = await namesFor(tx, family, [row], [], people);
      const asker = names.people.get(actor.personId) ?? actor.name;
      const parent = repo.theParent(people);
      const about = worryAbout === 'children' ? ({ children: true } as const) : { parent: parent ? personName(parent) : 'the parent' };
      await notifyFamily(
        tx,
        family,
        kind === 'worry' ? 'worry_raised' : 'help_requested',
        { staffIds: recipients },
        kind === 'worry' ? worryRaisedToTeamMessage(asker, about) : helpRequestedMessage(asker, input.urgency),
        newId,
      );
      return { result: { request: toView(row, [], names, actor.personId), created: true }, audit: audit(id, false) };
    },
  );
}

/** "Who I want to hear from when I ask for help": a parent's or a young person's own choice from their care team. */
export function getSettings(deps: HelpDeps, ctx: RequestContext): Promise<HelpSettings> {
  const actor = familyMember(ctx);
  if (!choosesWho(actor.kind)) throw forbidden('Your worries go to the family’s key workers.');
  return readFamily(deps, ctx, actor.familyId, 'help_settings.viewed', async (tx, family) => ({
    result: await settingsView(tx, family, actor),
    audit: { subjectType: 'person', subjectId: actor.personId },
  }));
}

async function settingsView(tx: Tx, family: VisibleFamily, actor: FamilyMemberActor & { kind: HelpAskerKind }): Promise<HelpSettings> {
  const [team, chosen] = await Promise.all([repo.careTeam(tx, family), repo.settings(tx, family, actor.personId)]);
  const onTeam = new Set(team.map((m) => m.staff_id));
  return {
    version: chosen?.version ?? 0,
    single: actor.kind === 'young_person',
    chosenStaffIds: (chosen?.staff_ids ?? []).filter((id) => onTeam.has(id)),
    defaultStaffIds: defaultRecipients(actor.kind, team),
    options: team.map((m) => ({
      staffId: m.staff_id,
      name: m.full_name,
      description: `${m.job_title}, ${m.organisation_name}`,
      teamRole: m.team_role,
      organisationName: m.organisation_name,
      keyWorker: m.key_worker !== null,
    })),
  };
}

export function saveSettings(deps: HelpDeps, ctx: RequestContext, input: z.output<typeof HelpSettingsInput>): Promise<HelpSettings> {
  const actor = familyMember(ctx);
  if (!choosesWho(actor.kind)) throw forbidden('Your worries go to the family’s key workers.');
  if (actor.kind === 'young_person' && input.staffIds.length > 1) throw badRequest('Choose one adult.', { staffIds: 'Choose one adult' });
  return withFamily(deps, ctx, actor.familyId, 'help_settings.changed', async (tx, family) => {
    const team = await repo.careTeam(tx, family);
    const onTeam = new Set(team.map((m) => m.staff_id));
    if (input.staffIds.some((id) => !onTeam.has(id)))
      throw badRequest('Choose people from your care team.', { staffIds: 'Choose people from your care team' });
    const staffIds = [...new Set(input.staffIds)];
    if (!(await repo.saveSettings(tx, family, actor.personId, staffIds, input.version))) {
      throw await staleSave(
        () => settingsView(tx, family, actor),
        'This was changed in another window while you were choosing. The choice saved there is shown; choose again if you need to.',
      );
    }
    return {
      result: await settingsView(tx, family, actor),
      audit: { subjectType: 'person', subjectId: actor.personId, details: { count: staffIds.length } },
    };
  });
}
