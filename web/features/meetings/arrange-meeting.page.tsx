// "Arrange a meeting" (issue 17 §2): what kind (and whether the family is invited), what it is for in words the family
// understands, where, what to bring, 1–5 times, who it is about, the workers invited and who chairs, when reports and
// minutes are due, and, when the earliest time is short notice, why (the parent reads it; the server judges the notice).
// What makes appointments hard for the parent is in view while choosing the times. One idempotency key per content sent.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import type { ArrangeMeetingInput } from '../../../shared/contracts/meetings.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import {
  DEFAULT_MINUTES_DUE_WORKING_DAYS,
  DEFAULT_REPORTS_DUE_WORKING_DAYS,
  familyInvitedTo,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type MeetingKind,
  SHORT_NOTICE_WORKING_DAYS,
} from '../../../shared/domain/meetings.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { fromLocalInputValue } from '../../ui/time.ts';
import { BarriersSummary } from '../appointments/appointment-barriers.tsx';
import { fieldIdFor, newRow, optionsFrom, parentOf, rowIds, type TimeRow } from '../appointments/appointment-logic.ts';
import { appointmentsQuery } from '../appointments/appointments.api.ts';
import { TimesFields } from '../appointments/times-fields.tsx';
import { WhoFields } from '../appointments/who-fields.tsx';
import { useProfessional } from '../auth/use-me.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { chairHint, defaultAbout, isShortNotice, otherChairs, whoIsInvited } from './meeting-logic.ts';
import { arrangeMeeting } from './meetings.api.ts';

const PREFIX = 'meeting';
const NAMED = {
  meetingKind: 'kind',
  purpose: 'purpose',
  place: 'place',
  whatToBring: 'whatToBring',
  withPersonIds: 'with',
  staffIds: 'staff',
  chairStaffId: 'chair',
  reportsDueWorkingDays: 'reportsDue',
  minutesDueWorkingDays: 'minutesDue',
  shortNoticeReason: 'shortNoticeReason',
};
/** The chair radio for the worker arranging it (the contract's default: no chairStaffId sent). */
const ME = 'me';

const daysFrom = (text: string): number | null => (/^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : null);

export function ArrangeMeetingPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useProfessional();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(appointmentsQuery(familyId));
  const parent = parentOf(data);
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const [purpose, setPurpose] = useState('');
  const [place, setPlace] = useState('');
  const [whatToBring, setWhatToBring] = useState('');
  const [rows, setRows] = useState<TimeRow[]>(() => [newRow()]);
  const [about, setAbout] = useState<string[]>(() => defaultAbout(data.people));
  const [staff, setStaff] = useState<string[]>([]);
  const [chair, setChair] = useState<string>(ME);
  const [reportsDue, setReportsDue] = useState(String(DEFAULT_REPORTS_DUE_WORKING_DAYS));
  const [minutesDue, setMinutesDue] = useState(String(DEFAULT_MINUTES_DUE_WORKING_DAYS));
  const [shortNoticeReason, setShortNoticeReason] = useState('');
  // The server is the judge of notice: once it asks for a reason, the box stays whatever the browser counts.
  const [serverAskedWhy, setServerAskedWhy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sent = useRef<{ body: string; key: string } | null>(null);

  const invited = kind === '' || familyInvitedTo(kind);
  const starts = rows.map((r) => fromLocalInputValue(r.start)).filter((s): s is string => s !== null);
  const shortNotice = invited && (serverAskedWhy || isShortNotice(starts, new Date()));
  const texts = [purpose, place, whatToBring, ...(shortNotice ? [shortNoticeReason] : [])];
  const words = useKeepAsWritten({
    id: PREFIX,
    texts,
    ids: { purpose: 'purpose', place: 'place', whatToBring: 'whatToBring', shortNoticeReason: 'shortNoticeReason' },
    fallbackId: 'purpose',
  });
  usePageTitle('Arrange a meeting', Object.keys(errors).length > 0 || words.hasErrors);
  const chairs = otherChairs(data.team, me);

  const mutation = useMutation({
    mutationFn: (body: ArrangeMeetingInput) => {
      const text = JSON.stringify(body);
      if (sent.current?.body !== text) sent.current = { body: text, key: crypto.randomUUID() };
      return arrangeMeeting(familyId, body, sent.current.key);
    },
    onSuccess: async (meeting) => {
      sent.current = null;
      words.reset();
      await queryClient.invalidateQueries({ queryKey: appointmentsQuery(familyId).queryKey });
      setFlash(
        meeting.familyInvited
          ? `The meeting is arranged and ${parent} is invited.`
          : 'The professionals’ meeting is arranged. The family is not invited.',
      );
      await navigate({ to: '/families/$familyId/meetings/$meetingId', params: { familyId, meetingId: meeting.appointment.id } });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (words.refused(error)) return setErrors({});
      if (isApiError(error) && error.code === 'idempotency_key_reused') sent.current = null;
      const fields = fieldErrorsFromFailure(error, 'purpose');
      if (isApiError(error) && error.fields.shortNoticeReason) setServerAskedWhy(true);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [fieldIdFor(k, PREFIX, NAMED), v])));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = 'Choose what kind of meeting it is';
    if (!purpose.trim()) problems.purpose = 'Say what the meeting is for, in words the family will understand';
    const { options, errors: timeErrors } = optionsFrom(rows, PREFIX, fromLocalInputValue);
    Object.assign(problems, timeErrors);
    const reports = daysFrom(reportsDue);
    const minutes = daysFrom(minutesDue);
    if (reports === null || reports > 15) problems.reportsDue = 'Choose 0 to 15 working days';
    if (minutes === null || minutes < 1 || minutes > 20) problems.minutesDue = 'Choose 1 to 20 working days';
    if (shortNotice && !shortNoticeReason.trim())
      problems.shortNoticeReason = `Say why there is less than ${SHORT_NOTICE_WORKING_DAYS} working days’ notice`;
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length > 0 || !reasonGiven || !kind || reports === null || minutes === null) return;
    mutation.mutate({
      meetingKind: kind,
      purpose: purpose.trim(),
      place: place.trim() || null,
      whatToBring: whatToBring.trim() || null,
      withPersonIds: about,
      staffIds: staff,
      ...(chair !== ME ? { chairStaffId: chair } : {}),
      options,
      reportsDueWorkingDays: reports,
      minutesDueWorkingDays: minutes,
      shortNoticeReason: shortNotice ? shortNoticeReason.trim() || null : null,
      keepAsWritten: words.body(),
    });
  };

  const order = [
    'kind',
    'purpose',
    'place',
    'whatToBring',
    ...rows.flatMap((_, i) => Object.values(rowIds(PREFIX, i))),
    'shortNoticeReason',
    'with',
    'staff',
    'chair',
    'reportsDue',
    'minutesDue',
  ];
  const reader = invited ? parent : 'The workers invited';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId/appointments" params={{ familyId }} className="govuk-back-link">
          Back to visits and appointments
        </Link>
        <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, order)]} />
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Arrange a meeting</h1>
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">What makes appointments hard for {parent}</h2>
          <BarriersSummary arranging={data.arranging} parentName={parent} />
        </div>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="kind"
            legend="What kind of meeting?"
            small
            value={kind}
            onChange={setKind}
            error={errors.kind}
            options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k], hint: whoIsInvited(k) }))}
          />
          <TextArea
            id="purpose"
            label="What is it for?"
            labelClass="govuk-label--s"
            hint={
              invited
                ? `${parent} reads this in the invitation. Say it plainly, as you would say it to them.`
                : `${parent} may read this afterwards, as the meeting’s purpose. Say it plainly.`
            }
            rows={3}
            value={purpose}
            onValueChange={setPurpose}
            error={errors.purpose ?? words.inline('purpose')}
            extraDescribedBy="meeting-words"
            spellCheck
          />
          <TextField
            id="place"
            label="Where (optional)"
            hint="The address and room, or how to join a call."
            value={place}
            onValueChange={setPlace}
            error={errors.place ?? words.inline('place')}
          />
          <TextArea
            id="whatToBring"
            label="What to bring (optional)"
            rows={2}
            value={whatToBring}
            onValueChange={setWhatToBring}
            error={errors.whatToBring ?? words.inline('whatToBring')}
          />
          <TimesFields prefix={PREFIX} rows={rows} onChange={setRows} errors={errors} />
          {shortNotice ? (
            <TextArea
              id="shortNoticeReason"
              label="Why is there so little notice?"
              hint={`The earliest time is less than ${SHORT_NOTICE_WORKING_DAYS} working days away. ${parent} reads your reason with the invitation.`}
              rows={2}
              value={shortNoticeReason}
              onValueChange={setShortNoticeReason}
              error={errors.shortNoticeReason ?? words.inline('shortNoticeReason')}
              extraDescribedBy="meeting-words"
            />
          ) : null}
          <WordsCheckHelp id="meeting-words" texts={texts} reader={reader} />
          <KeepAsWrittenField control={words} />
          <WhoFields
            people={data.people}
            team={data.team}
            withPeople={about}
            onWithPeople={setAbout}
            staff={staff}
            onStaff={setStaff}
            errors={errors}
            withLegend="Who is it about?"
            withHint={`Usually ${parent} and the children. Their views start the record.`}
            staffLegend="Which workers are invited? (optional)"
            staffHint="You are included as the person arranging it."
          />
          <Radios
            name="chair"
            legend="Who chairs it?"
            hint={chairHint(kind)}
            small
            value={chair}
            onChange={setChair}
            error={errors.chair}
            options={[
              { value: ME, label: 'Me' },
              ...chairs.map((m) => ({ value: m.staffId, label: m.name, hint: `${CARE_TEAM_ROLES[m.roleKey].label}, ${m.organisation}` })),
            ]}
          />
          <TextField
            id="reportsDue"
            label="Reports shared with the family, working days before (0 to 15)"
            hint={`Each worker’s report reaches ${parent} this many working days before the meeting.`}
            inputMode="numeric"
            widthClass="govuk-input--width-2"
            value={reportsDue}
            onValueChange={setReportsDue}
            error={errors.reportsDue}
          />
          <TextField
            id="minutesDue"
            label="Minutes shared, working days after (1 to 20)"
            hint="The chair shares the minutes within this many working days. Late minutes are reminded and counted for your team manager."
            inputMode="numeric"
            widthClass="govuk-input--width-2"
            value={minutesDue}
            onValueChange={setMinutesDue}
            error={errors.minutesDue}
          />
          <Button busy={mutation.isPending}>{invited ? `Arrange it and invite ${parent}` : 'Arrange the meeting'}</Button>
        </form>
      </div>
    </div>
  );
}
