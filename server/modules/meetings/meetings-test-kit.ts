// Shared steps of the meetings tests (issue 17 §2), on the appointments' kit (a clock the test moves, signed-in clients,
// London times): arranging a meeting as a worker, agreeing its time as the parent, moving it into the past by SQL on the
// test database (the meeting "happened" without waiting), and reading what leaves the server for each person.
import { appointmentsKit, F, type Kit } from '../appointments/appointments-test-kit.ts';

export { F };

export type MeetingKit = Kit & {
  /** POST /api/families/:F/meetings as `who` (default a core group meeting, 8 and 9 days ahead); `key` as idempotency-key. */
  arrange(who: string, body?: Record<string, unknown>, key?: string): ReturnType<Kit['propose']>;
  /** Arranges one (201 insisted on) and returns its id. */
  arrangeMeeting(who: string, body?: Record<string, unknown>): Promise<string>;
  /** The parent chooses the first time offered; returns the appointment's new version. */
  agree(meetingId: string, who?: string): Promise<void>;
  /** Moves a meeting's agreed time (and every time offered) `days` days into the past, as if it happened then. */
  moveIntoPast(meetingId: string, days?: number, happened?: boolean): Promise<void>;
  /** GET the worker's view. */
  workerView(who: string, meetingId: string): ReturnType<Kit['propose']>;
  /** GET the parent's view. */
  parentView(meetingId: string, who?: string): ReturnType<Kit['propose']>;
  url(meetingId?: string): string;
};

export async function meetingsKit(people: string[]): Promise<MeetingKit> {
  const k = await appointmentsKit(people);
  const url = (id = '') => `/api/families/${F}/meetings${id ? `/${id}` : ''}`;
  const arrange: MeetingKit['arrange'] = (who, body = {}, key) =>
    k.as(who).post(
      url(),
      {
        meetingKind: 'core_group',
        purpose: 'To look at how the plan is going and agree what happens next.',
        place: 'Northfield Family Centre, room 2',
        options: [k.option(8, '10:00', 90), k.option(9, '14:00', 90)],
        ...body,
      },
      key ? { 'idempotency-key': key } : {},
    );
  return {
    ...k,
    url,
    arrange,
    async arrangeMeeting(who, body) {
      const res = await arrange(who, body);
      if (res.statusCode !== 201) throw new Error(`arranging a meeting: ${res.statusCode} ${res.body}`);
      return res.json().appointment.id;
    },
    async agree(meetingId, who = 'marie') {
      const cal = await k.calendar(who);
      const a = [...cal.coming, ...cal.past].find((x) => x.id === meetingId);
      if (!a) throw new Error(`meeting ${meetingId} not in ${who}'s calendar`);
      const option = a.times.find((t) => t.status === 'open');
      const res = await k.as(who).post(`/api/portal/appointments/${meetingId}/choose`, { optionId: option?.id, version: a.version });
      if (res.statusCode !== 200) throw new Error(`agreeing a time: ${res.statusCode} ${res.body}`);
    },
    async moveIntoPast(meetingId, days = 1, happened = true) {
      const shift = `${days} days`;
      // Every time it had moves with it, so "the earliest time offered" is in the past too.
      await k.t.database.asOwner(
        `UPDATE appointment_options SET starts_at = now() - $2::interval, ends_at = now() - $2::interval + interval '90 minutes'
         WHERE appointment_id = $1`,
        [meetingId, shift],
      );
      await k.t.database.asOwner(
        `UPDATE appointments SET starts_at = now() - $2::interval, ends_at = now() - $2::interval + interval '90 minutes',
           status = CASE WHEN $3 THEN 'happened' ELSE 'agreed' END, agreed_at = coalesce(agreed_at, now() - $2::interval - interval '10 days')
         WHERE id = $1`,
        [meetingId, shift, happened],
      );
    },
    workerView: (who, meetingId) => k.as(who).get(url(meetingId)),
    parentView: (meetingId, who = 'marie') => k.as(who).get(`/api/portal/meetings/${meetingId}`),
  };
}
