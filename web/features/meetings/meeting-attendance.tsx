// Who was there (issue 17 §2), once the meeting's time has come: everyone invited listed with "Came", "Sent apologies" or
// "Did not come", and anyone else (an advocate, a supporter, a worker not invited) added by name and role. The whole list
// is saved at once with the meeting's version; a 409 shows the list as saved and keeps the answers given here.
import { type FormEvent, useState } from 'react';
import { ATTENDANCE, ATTENDANCE_LABELS, type Attendance } from '../../../shared/domain/meetings.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { type AttendanceLine, attendanceLines, unanswered } from './meeting-logic.ts';
import { saveAttendance, type WorkerMeeting } from './meetings.api.ts';
import { CHANGED, useMeetingChange } from './use-meeting-change.ts';

const radioName = (key: string) => `attendance-${key}`;
let added = 0;

export function AttendanceRecord({ familyId, meeting: m }: { familyId: string; meeting: WorkerMeeting }) {
  return (
    <section aria-labelledby="attendance-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="attendance-heading">
        Who was there
      </h2>
      {m.attendance.length ? (
        <SummaryList
          rows={m.attendance.map((r) => ({
            key: r.role ? `${r.name} (${r.role})` : r.name,
            value: ATTENDANCE_LABELS[r.attendance],
          }))}
        />
      ) : (
        <p className="govuk-body">Nobody is recorded yet.</p>
      )}
      {m.allowed.record ? <AttendanceForm familyId={familyId} meeting={m} /> : null}
    </section>
  );
}

function AttendanceForm({ familyId, meeting: m }: { familyId: string; meeting: WorkerMeeting }) {
  const [lines, setLines] = useState<AttendanceLine[]>(() => attendanceLines(m));
  const [newName, setNewName] = useState('');
  const [newRole, setNewRole] = useState('');
  const [saved, setSaved] = useState(false);
  const change = useMeetingChange({
    familyId,
    meetingId: m.appointment.id,
    send: (body: { lines: AttendanceLine[]; version: number }) =>
      saveAttendance(familyId, m.appointment.id, {
        attendance: body.lines.map((l) => ({
          ...(l.personId ? { personId: l.personId } : {}),
          ...(l.staffId ? { staffId: l.staffId } : {}),
          name: l.added ? l.name : null,
          role: l.added ? l.role || null : null,
          attendance: l.attendance as Attendance,
        })),
        version: body.version,
      }),
    fallbackId: 'attendance-add-name',
    onSaved: () => setSaved(true),
  });
  // The server names a line by its place in the list ("attendance.2.name"): move it onto that line's question.
  const errors = Object.fromEntries(
    Object.entries(change.errors).map(([k, v]) => {
      const at = /^attendance\.(\d+)/.exec(k);
      const line = at ? lines[Number(at[1])] : undefined;
      return [line ? radioName(line.key) : k, v];
    }),
  );
  const set = (key: string, part: Partial<AttendanceLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...part } : l)));

  const onAdd = () => {
    if (!newName.trim()) return change.setErrors({ 'attendance-add-name': 'Write their name' });
    change.setErrors({});
    setLines((ls) => [
      ...ls,
      {
        key: `n-${++added}`,
        personId: null,
        staffId: null,
        name: newName.trim(),
        role: newRole.trim(),
        attendance: 'attended',
        added: true,
      },
    ]);
    setNewName('');
    setNewRole('');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const missing = unanswered(lines);
    if (missing.length) {
      const byKey = new Map(lines.map((l) => [l.key, l.name]));
      return change.setErrors(Object.fromEntries(missing.map((k) => [radioName(k), `Say whether ${byKey.get(k)} came`])));
    }
    change.mutation.mutate({ lines, version: m.meetingVersion });
  };

  // Once saved the list above shows who was there and the form folds away: the confirmation stays outside it, in view.
  return (
    <>
      {saved ? (
        <div className="govuk-inset-text" role="status">
          Saved.
        </div>
      ) : null}
      <details className="govuk-details" open={m.attendance.length === 0}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{m.attendance.length ? 'Change who was there' : 'Record who was there'}</span>
        </summary>
        <div className="govuk-details__text">
          <form noValidate onSubmit={onSubmit}>
            <ErrorSummary errors={toFormErrors(errors, [...lines.map((l) => radioName(l.key)), 'attendance-add-name'])} />
            {change.conflict ? (
              <div className="govuk-inset-text" role="alert">
                {CHANGED}
              </div>
            ) : null}
            {lines.map((l) => (
              <div key={l.key} className="umb-attendance__row">
                <Radios
                  name={radioName(l.key)}
                  legend={l.role ? `${l.name} (${l.role})` : l.name}
                  small
                  inline
                  value={l.attendance}
                  onChange={(attendance) => set(l.key, { attendance })}
                  error={errors[radioName(l.key)]}
                  options={ATTENDANCE.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))}
                />
                {l.added ? (
                  <p className="govuk-body">
                    <button
                      type="button"
                      className="govuk-link umb-link-button"
                      onClick={() => setLines((ls) => ls.filter((x) => x.key !== l.key))}
                    >
                      Remove {l.name}
                    </button>
                  </p>
                ) : null}
              </div>
            ))}
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Add someone else who came</legend>
              <TextField
                id="attendance-add-name"
                label="Their name"
                value={newName}
                onValueChange={setNewName}
                error={errors['attendance-add-name']}
                widthClass="govuk-input--width-20"
              />
              <TextField
                id="attendance-add-role"
                label="Who they are (optional)"
                hint="For example: the parent’s advocate, a grandparent, the school nurse"
                value={newRole}
                onValueChange={setNewRole}
                widthClass="govuk-input--width-20"
              />
              <button type="button" className="govuk-button govuk-button--secondary" onClick={onAdd}>
                Add them
              </button>
            </fieldset>
            <Button busy={change.busy}>Save who was there</Button>
          </form>
        </div>
      </details>
    </>
  );
}
