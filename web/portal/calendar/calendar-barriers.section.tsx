// "What makes appointments hard for you" (issue 17 §1): what she said on "What would help" (read here, changed there), and
// her own words kept for appointments (childcare, getting there, times that suit, anything else), which the workers see
// while arranging. Her words are shown as written, in the language she wrote them in; a change someone else saved meanwhile
// is shown beside her words, which stay in the boxes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { Arranging, NeedsBarriers } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_BARRIER_FIELDS, type AppointmentBarrierField } from '../../../shared/domain/appointments.ts';
import { BARRIER_FIELD_KEY, BARRIER_FIELDS } from '../../../shared/domain/needs.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { BARRIER_WORDS as NEEDS_BARRIER_WORDS } from '../../ui/needs-words.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { type AppointmentBarriers, calendarQuery, type PortalCalendar, saveBarriers } from './calendar.api.ts';
import { calendarPage as p } from './calendar.messages.ts';
import { calendarForms as m } from './calendar-forms.messages.ts';
import { BARRIER_WORDS } from './calendar-words.ts';

const MAX = 500;
type Values = Record<AppointmentBarrierField, string>;
const fieldId = (f: AppointmentBarrierField) => `cal-barrier-${f}`;
const valuesOf = (b: AppointmentBarriers): Values => Object.fromEntries(APPOINTMENT_BARRIER_FIELDS.map((f) => [f, b[f] ?? ''])) as Values;
const said = (b: AppointmentBarriers) => APPOINTMENT_BARRIER_FIELDS.some((f) => b[f]);

/** The needs pages' barriers carry their language once the server sends it; until then English, the stored default. */
const needsLanguage = (nb: NeedsBarriers & { writtenIn?: Locale }): Locale => nb.writtenIn ?? 'en';

export function CalendarBarriersSection({ arranging }: { arranging: Arranging }) {
  const t = useT();
  const { needsBarriers, barriers } = arranging;
  // Open at first when she has said nothing anywhere: the workers ask for it then.
  const [editing, setEditing] = useState(!needsBarriers && !said(barriers));
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="cal-barriers-heading" className="umb-section umb-cal-barriers">
      <h2 className="govuk-heading-m" id="cal-barriers-heading">
        {t(m.barriersTitle)}
      </h2>
      <p className="govuk-body">{t(m.barriersIntro)}</p>
      {needsBarriers ? (
        <>
          <h3 className="govuk-heading-s">{t(m.fromNeeds)}</h3>
          <SummaryList
            rows={BARRIER_FIELDS.filter((f) => needsBarriers[f]).map((f) => ({
              key: t(NEEDS_BARRIER_WORDS[BARRIER_FIELD_KEY[f]].label),
              value: <Written lang={needsLanguage(needsBarriers)}>{needsBarriers[f]}</Written>,
            }))}
          />
          <p className="govuk-body umb-no-print">
            <Link to="/my-family/needs" className="govuk-link">
              {t(m.changeOnNeeds)}
            </Link>
          </p>
        </>
      ) : null}
      {saved ? (
        <div className="govuk-inset-text" role="status">
          {t(m.saved)}
        </div>
      ) : null}
      {said(barriers) && !editing ? <BarriersList barriers={barriers} /> : null}
      {!said(barriers) && !editing ? <p className="govuk-body">{t(m.nothingSaid)}</p> : null}
      {editing ? (
        <BarriersForm
          barriers={barriers}
          onSaved={() => {
            setSaved(true);
            setEditing(false);
          }}
        />
      ) : (
        <p className="govuk-body umb-no-print">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t(m.change)}
          </button>
        </p>
      )}
    </section>
  );
}

function BarriersList({ barriers }: { barriers: AppointmentBarriers }) {
  const t = useT();
  return (
    <SummaryList
      rows={APPOINTMENT_BARRIER_FIELDS.filter((f) => barriers[f]).map((f) => ({
        key: t(BARRIER_WORDS[f].label),
        value: <Written lang={barriers.writtenIn}>{barriers[f]}</Written>,
      }))}
    />
  );
}

function BarriersForm({ barriers, onSaved }: { barriers: AppointmentBarriers; onSaved: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(barriers));
  const [version, setVersion] = useState(barriers.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<AppointmentBarriers | null>(null);

  const put = (b: AppointmentBarriers) =>
    queryClient.setQueryData<PortalCalendar>(calendarQuery.queryKey, (c) => (c ? { ...c, arranging: { ...c.arranging, barriers: b } } : c));

  const mutation = useMutation({
    mutationFn: saveBarriers,
    onSuccess: (b) => {
      setTheirs(null);
      put(b);
      onSaved();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      const current = conflictCurrent<AppointmentBarriers>(error);
      if (current) {
        // Someone else saved meanwhile: their words beside hers, and their version, so saving again is her choice.
        setTheirs(current);
        setVersion(current.version);
        put(current);
        return;
      }
      const fields = isApiError(error) ? error.fields : {};
      const named = APPOINTMENT_BARRIER_FIELDS.filter((f) => fields[f]);
      setErrors(
        named.length > 0 ? Object.fromEntries(named.map((f) => [fieldId(f), t(m.tooLong)])) : { [fieldId('childcare')]: t(p.couldNotSend) },
      );
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    for (const f of APPOINTMENT_BARRIER_FIELDS) if (values[f].trim().length > MAX) problems[fieldId(f)] = t(m.tooLong);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body = Object.fromEntries(APPOINTMENT_BARRIER_FIELDS.map((f) => [f, values[f].trim() || null])) as Record<
      AppointmentBarrierField,
      string | null
    >;
    mutation.mutate({ ...body, version });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-no-print">
      <ErrorSummary errors={toFormErrors(errors, APPOINTMENT_BARRIER_FIELDS.map(fieldId))} />
      {theirs ? (
        <div className="govuk-inset-text umb-cal-notice" role="alert">
          <p className="govuk-body govuk-!-font-weight-bold">{t(m.barriersChanged)}</p>
          {said(theirs) ? <BarriersList barriers={theirs} /> : <p className="govuk-body">{t(m.nothingSaid)}</p>}
        </div>
      ) : null}
      {APPOINTMENT_BARRIER_FIELDS.map((f) => (
        <TextArea
          key={f}
          id={fieldId(f)}
          label={t(BARRIER_WORDS[f].label)}
          hint={t(BARRIER_WORDS[f].hint)}
          rows={2}
          value={values[f]}
          onValueChange={(value) => setValues((v) => ({ ...v, [f]: value }))}
          error={errors[fieldId(f)]}
        />
      ))}
      <Button busy={mutation.isPending} secondary>
        {t(m.save)}
      </Button>
    </form>
  );
}
