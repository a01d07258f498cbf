// Subject access export: everything held about one person, as JSON and as a printable document, built by a
// background job from exactly what that person may read themselves (their own scope and kind of account).

import type { PortalEntry } from '../../../shared/contracts/records.ts';
import { DIRECTORY_LANGUAGES } from '../../../shared/domain/directory-languages.ts';
import { ETHNICITIES } from '../../../shared/domain/learning.ts';
import { MEETING_KIND_LABELS } from '../../../shared/domain/meetings.ts';
import { GAPS, HELPED, NEED_DOMAINS, REFERRAL_STATUSES } from '../../../shared/domain/needs.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { type FamilyDeps, isUuid } from '../../access/family-access.ts';
import { holdsPermission } from '../../access/permissions.ts';
import { type AccessScope, scopeFor, systemScope } from '../../access/scope.ts';
import { findFamily, systemFamily, type VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { calendarAsSeenBy } from '../appointments/index.ts';
import { checkInsForExport } from '../check-ins/index.ts';
import { sharingFor } from '../consents/index.ts';
import { equityAnswersForExport } from '../equity/index.ts';
import { loadFamilyParts, toFamilyOverview } from '../families/index.ts';
import { feedbackGivenBy } from '../feedback/index.ts';
import { helpRequestsAsSeenBy } from '../help/index.ts';
import { meetingsAsSeenBy, youngPersonMeetingsAsSeenBy } from '../meetings/index.ts';
import { crisisPlansAsSeenBy, plansForExport } from '../plans/index.ts';
import { wholeAccessLog } from '../portal/index.ts';
import { extrasFor, recordsRepo, toPortalEntry } from '../records/index.ts';
import { needsForExport } from '../support/index.ts';
import * as repo from './subject-access.repo.ts';

export async function requestExport(deps: FamilyDeps, ctx: RequestContext, target: { familyId?: string; personId?: string }) {
  const a = ctx.actor;
  let familyId: string;
  let personId: string;
  if (a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'other_parent') {
    familyId = a.familyId;
    personId = a.personId;
  } else if (a.kind === 'professional' && a.role === 'information_governance_lead') {
    if (!target.familyId || !target.personId || !isUuid(target.familyId) || !isUuid(target.personId))
      throw badRequest('Choose the family and the person.');
    familyId = target.familyId;
    personId = target.personId;
  } else throw forbidden('Only the person themselves or an information governance lead can ask for this.');
  const accountId = a.accountId;
  const id = await deps.db.transaction().execute(async (tx) => {
    // A parent or young person asks about their own family, found through their own scope; the governance lead,
    // who answers such requests for anyone, is not on the family's care team and reaches it by a named reason.
    const family =
      a.kind === 'professional'
        ? systemFamily('subject access request by governance', familyId)
        : await findFamily(tx, ctx.scope, familyId);
    if (!family) return null;
    const person = await repo.personAccount(tx, family, personId);
    if (!person) return null;
    const id = newId();
    await repo.insertExport(tx, family, { id, person_id: personId, requested_by_account_id: accountId });
    await deps.audit.record(tx, {
      action: 'subject_access.requested',
      outcome: 'allowed',
      actor: a,
      familyId,
      subjectType: 'person',
      subjectId: personId,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { exportId: id },
    });
    return id;
  });
  if (!id) throw notFound();
  return { id, status: 'pending' as const };
}

export async function getExport(deps: FamilyDeps, ctx: RequestContext, id: string) {
  const a = ctx.actor;
  const row = isUuid(id) ? await repo.findExport(deps.db, id) : undefined;
  const mine = row && a.kind !== 'anonymous' && a.kind !== 'system' && row.requested_by_account_id === a.accountId;
  if (!row || !mine) throw notFound();
  // Checking whether a copy is ready is not a disclosure; handing over its content is.
  if (row.status !== 'ready') return row;
  await deps.audit.recordAlone(deps.db, {
    action: 'subject_access.downloaded',
    outcome: 'allowed',
    actor: a,
    familyId: row.family_id,
    subjectType: 'subject_access_export',
    subjectId: id,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
  return row;
}

/** Builds pending exports one at a time; safe to run from several instances at once. */
export async function runPendingExports(deps: FamilyDeps): Promise<number> {
  const system = systemScope('subject access export');
  let done = 0;
  for (;;) {
    const built = await deps.db.transaction().execute(async (tx) => {
      const job = await repo.claimPendingExport(tx, system);
      if (!job) return false;
      const family = systemFamily('subject access export', job.family_id);
      try {
        const content = await buildExport(tx, family, job.person_id);
        await repo.completeExport(tx, family, job.id, { content: JSON.stringify(content), html: renderHtml(content), error: null });
      } catch (error) {
        await repo.completeExport(tx, family, job.id, { content: null, html: null, error: (error as Error).message });
      }
      await deps.audit.record(tx, {
        action: 'subject_access.produced',
        outcome: 'allowed',
        actor: system.actor,
        familyId: job.family_id,
        subjectType: 'subject_access_export',
        subjectId: job.id,
      });
      return true;
    });
    if (!built) return done;
    done++;
  }
}

type ExportContent = Awaited<ReturnType<typeof buildExport>>;
type Person = NonNullable<Awaited<ReturnType<typeof repo.personAccount>>>;

/** No account: a made-up id that matches no account, so nothing is "theirs" by authorship. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * Who the export is for, as the actor their own sign-in would be: the account's kind. A person without an
 * account is given the view they would have with one: a child that of a young person (what is about
 * them), any adult that of a network member (nothing of the record, only plan parts shared with them) —
 * never a parent's, since an adult without an account may be a parent who lives elsewhere (PRODUCT §7).
 */
export function exportViewer(person: Person, familyId: string, personId: string): FamilyMemberActor {
  // The export is worded in English for now (its words are the server's; ARCHITECTURE.md, issue 16).
  const facts = {
    accountId: person.account_id ?? NO_ACCOUNT,
    personId,
    familyId,
    name: person.preferred_name ?? person.full_name,
    language: 'en' as const,
  };
  // An other parent reads by his children, as his own session does (auth.repo.ts#findLiveSession).
  if (person.account_kind === 'other_parent') return { kind: 'other_parent', ...facts, childPersonIds: person.child_person_ids };
  const kind =
    person.account_kind === 'parent' || person.account_kind === 'young_person' || person.account_kind === 'network_member'
      ? person.account_kind
      : person.kind === 'child'
        ? 'young_person'
        : 'network_member';
  return { kind, ...facts };
}

/** Every entry the viewer reads in their own record, shaped exactly as the portal shapes it; null without that right. */
async function wholeRecord(tx: Tx, scope: AccessScope, viewer: FamilyMemberActor, family: VisibleFamily) {
  if (!holdsPermission(viewer, 'portal.record.read')) return null;
  const entries: PortalEntry[] = [];
  let cursor: recordsRepo.Cursor | undefined;
  for (;;) {
    const page = await recordsRepo.listEntries(tx, scope, family, { cursor, limit: 500 });
    const extras = await extrasFor(tx, family, page.rows);
    entries.push(...page.rows.map((row) => toPortalEntry(row, extras)));
    const last = page.rows.at(-1);
    if (!page.more || !last) return entries;
    cursor = { occurredAt: last.occurred_at.toISOString(), id: last.id };
  }
}

/**
 * Everything the person could read themselves, each part built by the code that answers their own reads
 * (the record, the family overview, the sharing page, the plans, "Who has looked"), from their own scope
 * and actor kind — never the requester's, and never a wider one. A part they may not read is null.
 */
async function buildExport(tx: Tx, exported: VisibleFamily, personId: string) {
  const person = await repo.personAccount(tx, exported, personId);
  if (!person) throw new Error('The person no longer exists.');
  const viewer = exportViewer(person, exported.id, personId);
  const scope = scopeFor(viewer, 'read');
  const producedAt = new Date().toISOString();
  // From here on, the family as the person themselves reaches it.
  const family = await findFamily(tx, scope, exported.id);
  if (!family) throw new Error('The family is no longer there.');
  const parts = await loadFamilyParts(tx, scope, family);
  return {
    producedAt,
    person: { id: personId, name: person.full_name },
    viewedAs: viewer.kind,
    family: toFamilyOverview(family, parts, viewer),
    entries: await wholeRecord(tx, scope, viewer, family),
    sharing: await sharingFor(tx, family, viewer),
    plans: await plansForExport(tx, scope, family),
    // Their requests for help and worries, and every answer, as their own help page shows them (issue 14 §1).
    helpRequests: await helpRequestsAsSeenBy(tx, family, viewer),
    // Their own feedback (issue 18 §1), named and team-only, as their feedback page shows it: only this person's.
    feedback: holdsPermission(viewer, 'portal.feedback') ? await feedbackGivenBy(tx, family, personId) : [],
    // The parent's own check-ins ("How are things?"), with who could see each: hers alone.
    checkIns: await checkInsForExport(tx, family, viewer),
    // The crisis plan in action as their own screens show it: the parent's messages and reflection, a told person's message.
    crisisPlans: await crisisPlansAsSeenBy(tx, scope, family),
    // What would help them (and, for a parent, the children), with the support and where it stands, as their own needs
    // page shows it (issue 15); null for a network member, who has none.
    needs: await needsForExport(tx, scope, family, viewer),
    // Visits and appointments, as the parent's calendar shows them (issue 17); null for anyone else, who has no calendar.
    calendar: await calendarAsSeenBy(tx, family, viewer),
    // Meetings, as the parent's meeting pages show them (issue 17 §2: a professionals' meeting only as a fact); null for
    // anyone else.
    meetings: await meetingsAsSeenBy(tx, family, viewer),
    // A young person's meetings about them, as their own list shows them (kind, when, where, their own view); null for
    // anyone else.
    myMeetings: await youngPersonMeetingsAsSeenBy(tx, family, viewer),
    // Their own answers to the questions about them (issue 18 §2): only this person's, never anyone else's; null when
    // they never answered.
    aboutYou: await equityAnswersForExport(tx, family, viewer),
    accessLog: await wholeAccessLog(tx, scope, viewer, family),
  };
}

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function renderHtml(c: ExportContent): string {
  const entry = (e: PortalEntry) =>
    e.withheld
      ? `<li><p><strong>${esc(e.occurredAt.slice(0, 10))}</strong>: withheld (${esc(e.reasonLabel)}). ${esc(e.reasonPlain)}</p></li>`
      : `<li><p><strong>${esc(e.occurredAt.slice(0, 10))} · ${esc(e.kindLabel)}</strong> by ${esc(e.authorName)}, ${esc(e.authorJobTitle)}</p><p>${esc(e.text)}</p>${
          e.partWithheld ? `<p>Part withheld: ${esc(e.partWithheld.reasonLabel)}</p>` : ''
        }${e.replies.map((r) => `<p><em>${esc(r.kindLabel)} from ${esc(r.authorName)}:</em> ${esc(r.text)}</p>`).join('')}</li>`;
  // A part the person may not read themselves is left out of the document too, not shown empty.
  const record = c.entries ? `<h2>What is written</h2><ol>${c.entries.map(entry).join('')}</ol>` : '';
  const sharing = c.sharing
    ? `<h2>Your agreements to share</h2><ul>${c.sharing.consents.map((x) => `<li>${esc(x.categoryLabel)} with ${esc(x.recipient)}: ${esc(x.status)}</li>`).join('')}</ul>
<h2>Who your information was shared with</h2><ul>${c.sharing.shares.map((x) => `<li>${esc(x.when.slice(0, 10))}: ${esc(x.recipient)} (${esc(x.lawfulBasis)})</li>`).join('')}</ul>`
    : '';
  const log = c.accessLog
    ? `<h2>Who has looked at your record</h2><ul>${c.accessLog.map((x) => `<li>${esc(x.at.slice(0, 16).replace('T', ' '))}: ${esc(x.who)} – ${esc(x.what)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Everything Umbrella holds about ${esc(c.person.name)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}h1,h2{line-height:1.2}li{margin-bottom:1rem}</style></head>
<body><main><h1>Everything Umbrella holds about ${esc(c.person.name)}</h1><p>Produced ${esc(c.producedAt.slice(0, 16).replace('T', ' '))} UTC.</p>
<h2>Your family</h2><ul>${c.family.people.map((p) => `<li>${esc(p.fullName)}</li>`).join('')}</ul>
${record}
${renderPlans(c.plans)}
${renderHelp(c.helpRequests)}
${renderFeedback(c.feedback)}
${renderCheckIns(c.checkIns)}
${renderCrisis(c.crisisPlans)}
${renderNeeds(c.needs)}
${renderCalendar(c.calendar)}
${renderMeetings(c.meetings)}
${renderMyMeetings(c.myMeetings)}
${renderAboutYou(c.aboutYou)}
${sharing}
${log}
</main></body></html>`;
}

const SCORE_WORDS: Record<number, string> = { 1: 'No', 2: 'A little', 3: 'Mostly', 4: 'Yes' };

function renderFeedback(given: ExportContent['feedback']): string {
  if (given.length === 0) return '';
  const answer = (question: string, score: number | null) => (score === null ? '' : `<p>${esc(question)} ${esc(SCORE_WORDS[score])}</p>`);
  const item = (f: ExportContent['feedback'][number]) =>
    `<li><p><strong>${esc(f.givenAt.slice(0, 10))}</strong>: ${esc(f.workerName ? `about ${f.workerName}` : 'about anything')}, ${esc(
      f.shownAs === 'named' ? 'with your name' : 'for the team, without your name',
    )}</p>${answer('Did you feel listened to?', f.listened)}${answer('Do you know what happens next?', f.nextStepsClear)}${answer(
      'Was it useful to you?',
      f.useful,
    )}${f.words ? `<p lang="${esc(f.writtenIn)}">${esc(f.words)}</p>` : ''}</li>`;
  return `<h2>Your feedback</h2><ul>${given.map(item).join('')}</ul>`;
}

function renderCalendar(calendar: ExportContent['calendar']): string {
  if (!calendar) return '';
  const all = [...calendar.coming, ...calendar.past];
  if (all.length === 0) return '';
  const item = (a: (typeof all)[number]) =>
    `<li><p><strong>${esc(a.startsAt ? a.startsAt.slice(0, 16).replace('T', ' ') : 'time not agreed')} UTC</strong>: ${esc(a.kind.replace(/_/g, ' '))}, ${esc(a.status)}${
      a.unannounced ? ' (not arranged with you first)' : ''
    }</p><p>${esc(a.purpose)}</p>${a.unannouncedReason ? `<p>Why: ${esc(a.unannouncedReason)}</p>` : ''}${
      a.cancelled?.reason ? `<p>Why it was cancelled: ${esc(a.cancelled.reason)}</p>` : ''
    }</li>`;
  return `<h2>Visits and appointments</h2><ul>${all.map(item).join('')}</ul>`;
}

function renderMeetings(meetings: ExportContent['meetings']): string {
  if (!meetings || meetings.length === 0) return '';
  const item = (m: NonNullable<ExportContent['meetings']>[number]) =>
    `<li><p><strong>${esc(m.appointment.startsAt ? m.appointment.startsAt.slice(0, 16).replace('T', ' ') : 'time not agreed')} UTC</strong>: ${esc(
      MEETING_KIND_LABELS[m.meetingKind],
    )}, ${esc(m.appointment.status)}</p><p>${esc(m.appointment.purpose)}</p>${m.views
      .map((v) => `<p><em>${esc(v.personName)}’s view:</em> ${esc(v.text)}</p>`)
      .join('')}${m.reports
      .map(
        (r) =>
          `<p><em>Report from ${esc(r.author)}:</em> ${esc(r.text)}</p>${r.replies.map((x) => `<p><em>Reply from ${esc(x.name)}:</em> ${esc(x.text)}</p>`).join('')}`,
      )
      .join('')}${m.decisions.map((d) => `<p><em>Decision:</em> ${esc(d.text)}</p>`).join('')}${
      m.minutes.text ? `<p><em>Minutes:</em> ${esc(m.minutes.text)}</p>` : ''
    }</li>`;
  return `<h2>Meetings</h2><ul>${meetings.map(item).join('')}</ul>`;
}

function renderMyMeetings(meetings: ExportContent['myMeetings']): string {
  if (!meetings || meetings.length === 0) return '';
  const item = (m: NonNullable<ExportContent['myMeetings']>[number]) =>
    `<li><p><strong>${esc(m.startsAt ? m.startsAt.slice(0, 16).replace('T', ' ') : 'time not agreed')} UTC</strong>: ${esc(
      MEETING_KIND_LABELS[m.meetingKind],
    )}${m.place ? `, ${esc(m.place)}` : ''}</p>${m.myView ? `<p><em>Your view:</em> ${esc(m.myView.text)}</p>` : ''}</li>`;
  return `<h2>Meetings about you</h2><ul>${meetings.map(item).join('')}</ul>`;
}

function renderAboutYou(about: ExportContent['aboutYou']): string {
  if (!about) return '';
  const row = (question: string, answer: string | null | undefined) => `<dt>${esc(question)}</dt><dd>${esc(answer ?? 'Not answered')}</dd>`;
  const language = about.firstLanguage && (FIRST_LANGUAGE_NAMES[about.firstLanguage] ?? DIRECTORY_LANGUAGES[about.firstLanguage]);
  return `<h2>About you</h2><p>Your own answers, which only you can see. Services only ever count them together with other families’ answers.</p><dl>${row(
    'Ethnic group',
    about.ethnicity && ETHNICITIES[about.ethnicity].label,
  )}${row('First language', language || about.firstLanguage)}${row('Disability', about.disability && YES_NO_WORDS[about.disability])}${row(
    'Money worries',
    about.financialHardship && YES_NO_WORDS[about.financialHardship],
  )}</dl>`;
}

const YES_NO_WORDS: Record<string, string> = { yes: 'Yes', no: 'No', prefer_not_to_say: 'Prefer not to say' };
const FIRST_LANGUAGE_NAMES: Record<string, string> = { other: 'Another language', prefer_not_to_say: 'Prefer not to say' };

function renderHelp(requests: ExportContent['helpRequests']): string {
  if (requests.length === 0) return '';
  const item = (r: ExportContent['helpRequests'][number]) =>
    `<li><p><strong>${esc(r.createdAt.slice(0, 10))}</strong>: ${esc(r.mine ? (r.kind === 'worry' ? 'your worry' : 'you asked for help') : `${r.askedBy} raised a worry`)}</p><p>${esc(r.words)}</p>${r.events
      .map((e) => `<p><em>${esc(e.at.slice(0, 16).replace('T', ' '))}: ${esc(e.words)}</em>${e.text ? ` – ${esc(e.text)}` : ''}</p>`)
      .join('')}</li>`;
  return `<h2>Asking for help</h2><ul>${requests.map(item).join('')}</ul>`;
}

function renderCrisis(plans: ExportContent['crisisPlans']): string {
  const parts = plans.map((p) => {
    const messages = p.messages.map((m) => `<li>${esc(m.name)}: ${esc(m.text)}</li>`).join('');
    const use = p.use
      ? `<p>Last used from ${esc(p.use.startedAt.slice(0, 16).replace('T', ' '))}${p.use.endedAt ? ` to ${esc(p.use.endedAt.slice(0, 16).replace('T', ' '))}` : ' (in use)'}, started by ${esc(p.use.startedBy)}${p.use.reason ? `: ${esc(p.use.reason)}` : ''}.</p>`
      : '';
    const review = p.review?.reflection ? `<p>What helped: ${esc(p.review.reflection)}</p>` : '';
    const forMe = p.forMe?.message ? `<p>What ${esc(p.parentName)} asked us to tell you: ${esc(p.forMe.message)}</p>` : '';
    return messages || use || review || forMe
      ? `<h3>${esc(p.parentName)}</h3>${messages ? `<ul>${messages}</ul>` : ''}${use}${review}${forMe}`
      : '';
  });
  const body = parts.join('');
  return body ? `<h2>The crisis plan in action</h2>${body}` : '';
}

function renderNeeds(needs: ExportContent['needs']): string {
  const people = (needs?.people ?? []).filter((p) => p.needs.length > 0);
  if (people.length === 0) return '';
  const support = (s: NonNullable<ExportContent['needs']>['people'][number]['needs'][number]['supports'][number]) =>
    `<li>${esc(s.description)} (${esc(s.offeredBy)}, ${esc(s.offeredOn)})${s.referral ? `: ${esc(REFERRAL_STATUSES[s.referral.status])}` : ''}${
      s.helped ? `. ${esc(HELPED[s.helped])}${s.helpedWords ? `: ${esc(s.helpedWords)}` : ''}` : ''
    }</li>`;
  const section = (p: (typeof people)[number]) =>
    `<h3>${esc(p.name)}</h3><ul>${p.needs
      .map(
        (n) =>
          `<li><p><strong>${esc(NEED_DOMAINS[n.domain].label)}</strong>: ${esc(n.words)} <em>(${esc(GAPS[n.gap])}, written by ${esc(n.writtenBy)})</em></p>${
            n.notRight ? `<p>You said this is not right: ${esc(n.notRight.words)}</p>` : ''
          }${n.supports.length ? `<ul>${n.supports.map(support).join('')}</ul>` : ''}</li>`,
      )
      .join('')}</ul>`;
  return `<h2>What would help</h2>${people.map(section).join('')}`;
}

function renderCheckIns(checkIns: ExportContent['checkIns']): string {
  if (!checkIns || checkIns.length === 0) return '';
  const item = (c: NonNullable<ExportContent['checkIns']>[number]) =>
    `<li><p><strong>${esc(c.createdAt.slice(0, 10))}</strong>: ${esc(c.score)} out of 10${c.words ? `. ${esc(c.words)}` : ''}</p><p><em>Could see it: ${esc(c.sharedWith.length ? c.sharedWith.join(', ') : 'only you')}</em></p></li>`;
  return `<h2>How things have been (your check-ins)</h2><ul>${checkIns.map(item).join('')}</ul>`;
}

function renderPlans(p: ExportContent['plans']): string {
  const plan = p.recoveryPlan
    ? `<h2>Your family plan (version ${p.recoveryPlan.version})</h2><ul>${p.recoveryPlan.items.map((i) => `<li>${esc(i.title)} <em>(${esc(i.kind.replace('_', ' '))}, last changed by ${esc(i.updatedBy)})</em></li>`).join('')}</ul>`
    : '';
  const documents = p.documents
    .map(
      (d) =>
        `<h2>${esc(d.kind === 'wellness' ? 'Wellness and crisis plan' : d.kind === 'contingency' ? 'Plan for if a parent is unwell' : 'What the child is told')}: ${esc(d.about)}</h2><dl>${d.sections
          .map((s) => `<dt>${esc(s.title)}</dt><dd>${esc(s.text || 'Not written yet')}</dd>`)
          .join('')}</dl>`,
    )
    .join('');
  const words = p.childWords.length
    ? `<h2>Children’s own words</h2><ul>${p.childWords.map((w) => `<li>${esc(w.child)} (${esc(w.part.replace('_', ' '))}): “${esc(w.words)}”, written by ${esc(w.writtenBy)}</li>`).join('')}</ul>`
    : '';
  return plan + documents + words;
}
