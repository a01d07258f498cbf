// "Your calendar" (issue 17 §1, §3), a parent's page made for her phone: what is coming up (soonest first) and what has
// happened (latest first), visits and appointments with who, where and what to bring, her answers to the times offered,
// what makes appointments hard for her, her phone's calendar, and a clean printout.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n.ts';
import { formatDate } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { AppointmentCard } from './appointment.card.tsx';
import { CALENDAR_FILE, calendarQuery, type FamilyAppointment } from './calendar.api.ts';
import { calendarPage as m } from './calendar.messages.ts';
import { CalendarBarriersSection } from './calendar-barriers.section.tsx';
import { waitingForYou } from './calendar-logic.ts';

export function CalendarPage() {
  const t = useT();
  usePageTitle(t(m.title));
  const { data } = useSuspenseQuery(calendarQuery);
  const toAnswer = waitingForYou(data.coming);
  const hasAgreed = [...data.coming, ...data.past].some((a) => a.startsAt !== null && a.status !== 'proposed');

  return (
    <div className="govuk-grid-row umb-cal">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link umb-no-print">
          {t(m.back)}
        </Link>
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body-l">{t(m.intro)}</p>
        <p className="govuk-body umb-cal__printed-on">{t(m.printedOn, { date: formatDate(new Date().toISOString()) })}</p>
        {toAnswer > 0 ? (
          <div className="govuk-inset-text umb-no-print">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">{t(m.needsAnswer, { count: toAnswer })}</p>
          </div>
        ) : null}
        <div className="umb-cal__tools umb-no-print">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
            {t(m.print)}
          </button>
          {hasAgreed ? (
            <p className="govuk-body">
              <a className="govuk-link" href={CALENDAR_FILE} download aria-describedby="cal-phone-hint">
                {t(m.addToPhone)}
              </a>
              <span className="govuk-hint govuk-!-display-block" id="cal-phone-hint">
                {t(m.addToPhoneHint)}
              </span>
            </p>
          ) : null}
        </div>
        <CalendarList id="cal-coming" heading={t(m.comingUp)} empty={t(m.nothingComing)} items={data.coming} />
        <CalendarList id="cal-past" heading={t(m.whatHappened)} empty={t(m.nothingHappened)} items={data.past} />
        <CalendarBarriersSection arranging={data.arranging} />
      </div>
    </div>
  );
}

function CalendarList({ id, heading, empty, items }: { id: string; heading: string; empty: string; items: FamilyAppointment[] }) {
  return (
    <section aria-labelledby={id} className="umb-section umb-cal__list">
      <h2 className="govuk-heading-m" id={id}>
        {heading}
      </h2>
      {items.length === 0 ? <p className="govuk-body">{empty}</p> : null}
      {items.map((a) => (
        <AppointmentCard key={a.id} appointment={a} />
      ))}
    </section>
  );
}
