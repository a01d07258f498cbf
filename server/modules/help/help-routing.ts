// Pure rules of asking for help: whom a request goes to, who handles it, and how it reads to each person (who on the
// care team reads and answers it: access/help-access.ts).
import type { HelpEvent, HelpRequestView } from '../../../shared/contracts/help.ts';
import { type HelpAskerKind, type HelpRequestKind, helpEventWords } from '../../../shared/domain/help.ts';
import type { HelpReaderFacts } from '../../access/help-access.ts';
import type { EventRow, RequestRow, TeamMember } from './help.repo.ts';

/** A parent or young person asks for help for themselves; a trusted person or the other parent raises a worry. */
export const requestKindOf = (asker: HelpAskerKind): HelpRequestKind => (asker === 'parent' || asker === 'young_person' ? 'help' : 'worry');

/** Whether this kind of family member chooses whom they hear from, and how many (a young person: one adult). */
export const choosesWho = (asker: HelpAskerKind) => asker === 'parent' || asker === 'young_person';

/**
 * Whom a request goes to, in order (the first one's team answers if nobody does):
 * - a parent: the care-team workers she named ("Who I want to hear from"), otherwise both key workers;
 * - a young person: the adult he chose, otherwise the children's key worker;
 * - a worry: the key workers.
 * Someone named who has left the team is passed over. With no key worker at all, the team managers on the care team
 * (or, failing them, the whole care team): a request is never sent to nobody.
 */
export function recipientsFor(asker: HelpAskerKind, team: readonly TeamMember[], chosen: readonly string[] | undefined): string[] {
  const onTeam = new Set(team.map((m) => m.staff_id));
  if (choosesWho(asker) && chosen) {
    const named = chosen.filter((id) => onTeam.has(id));
    if (named.length) return asker === 'young_person' ? named.slice(0, 1) : [...new Set(named)];
  }
  const keyWorkers = team.filter((m) => m.key_worker !== null);
  if (asker === 'young_person') {
    const childrens = keyWorkers.find((m) => m.key_worker === 'childrens_services') ?? keyWorkers[0];
    if (childrens) return [childrens.staff_id];
  } else if (keyWorkers.length) {
    return keyWorkers.map((m) => m.staff_id);
  }
  const managers = team.filter((m) => m.role === 'team_manager');
  return (managers.length ? managers : team).map((m) => m.staff_id);
}

/** The default a person sees before they choose: what recipientsFor gives with nothing chosen. */
export const defaultRecipients = (asker: HelpAskerKind, team: readonly TeamMember[]) => recipientsFor(asker, team, undefined);

/** Everyone the request has been put in front of: its recipients, colleagues it was passed to, the duty worker and managers. */
export function handlersOf(request: Pick<RequestRow, 'id' | 'recipient_staff_ids'>, events: readonly EventRow[]): string[] {
  const ids = [...request.recipient_staff_ids];
  for (const e of events) if (e.request_id === request.id) ids.push(...e.to_staff_ids);
  return [...new Set(ids)];
}

/**
 * The facts access/help-access.ts decides on, for one worker and one request: whether it was put in front of them,
 * and whether they are one of the family's key workers now (the same facts its SQL condition computes).
 */
export const readerFacts = (staffId: string, handlers: readonly string[], team: readonly TeamMember[]): HelpReaderFacts => ({
  handler: handlers.includes(staffId),
  keyWorker: team.some((m) => m.staff_id === staffId && m.key_worker !== null),
});

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export type Names = { staff: Map<string, string>; people: Map<string, string> };

function eventView(e: EventRow, names: Names): HelpEvent {
  const who = e.staff_id ? (names.staff.get(e.staff_id) ?? 'A worker') : null;
  const toNames = e.to_staff_ids.map((id) => names.staff.get(id) ?? 'a worker');
  return {
    id: e.id,
    kind: e.kind,
    words: helpEventWords(e.kind, who ?? 'Umbrella', toNames.length ? toNames.join(' and ') : null),
    who,
    toNames,
    text: e.text,
    contactAt: iso(e.contact_at),
    contactWay: e.contact_way,
    at: new Date(e.created_at).toISOString(),
  };
}

/** A request as a family member or a worker reads it: the words, whom it went to, who answered and when, every event. */
export function toView(r: RequestRow, events: readonly EventRow[], names: Names, viewerPersonId: string | null): HelpRequestView {
  return {
    id: r.id,
    kind: r.kind,
    askedBy: names.people.get(r.person_id) ?? 'Someone in the family',
    mine: r.person_id === viewerPersonId,
    worryAbout: r.worry_about,
    words: r.words,
    writtenIn: r.written_in,
    urgency: r.urgency,
    contactWays: r.contact_ways,
    contactTime: r.contact_time,
    outOfHours: r.out_of_hours,
    purpose: 'early_help',
    sentTo: r.recipient_staff_ids.map((id) => names.staff.get(id) ?? 'A worker'),
    acknowledgeBy: iso(r.acknowledge_by),
    acknowledged:
      r.acknowledged_at && r.acknowledged_by_staff_id
        ? { by: names.staff.get(r.acknowledged_by_staff_id) ?? 'A worker', at: new Date(r.acknowledged_at).toISOString() }
        : null,
    events: events.filter((e) => e.request_id === r.id).map((e) => eventView(e, names)),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** Every worker named by these requests and events, to read their names in one statement. */
export function staffIdsOf(requests: readonly RequestRow[], events: readonly EventRow[]): string[] {
  const ids = new Set<string>();
  for (const r of requests) {
    for (const id of r.recipient_staff_ids) ids.add(id);
    if (r.acknowledged_by_staff_id) ids.add(r.acknowledged_by_staff_id);
  }
  for (const e of events) {
    if (e.staff_id) ids.add(e.staff_id);
    for (const id of e.to_staff_ids) ids.add(id);
  }
  return [...ids];
}
