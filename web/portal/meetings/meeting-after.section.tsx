// "What happened at the meeting" (issue 17 §2): who came, each decision with who made it and her view beside it, the actions
// that went into her recovery plan (as they stand there now, with the plan's negotiable rule), and the minutes once shared,
// with replies and her reply box.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { type Fact, Facts } from '../../ui/facts.tsx';
import { formatDate } from '../../ui/format.ts';
import { Tag } from '../../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { planActions } from '../plans/actions.messages.ts';
import { NegotiableExplained } from '../plans/actions.view.tsx';
import { ACTION_STATUS_WORDS } from '../plans/plan-words.tsx';
import { paragraphsOf } from '../portal-format.ts';
import { meetingPage as m } from './meeting.messages.ts';
import { minutesStanding } from './meeting-logic.ts';
import { Replies, ReplyForm } from './meeting-replies.view.tsx';
import { AGREES_WORDS, ATTENDANCE_WORDS, DECIDED_WORDS } from './meeting-words.ts';
import type { FamilyMeeting } from './meetings.api.ts';

const theirs = (text: string) => (
  <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
    {text}
  </Written>
);

export function MeetingAfterSection({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  return (
    <section aria-labelledby="meeting-after-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="meeting-after-heading">
        {t(m.afterTitle)}
      </h2>
      {meeting.attendance.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">{t(m.attendanceTitle)}</h3>
          <ul className="govuk-list">
            {meeting.attendance.map((row, index) => (
              <li key={row.personId ?? row.staffId ?? `${row.name}-${index}`}>
                {row.role
                  ? t.rich(m.attendanceWithRole, {
                      name: theirs(row.name),
                      role: theirs(row.role),
                      came: t(ATTENDANCE_WORDS[row.attendance]),
                    })
                  : t.rich(m.attendanceNoRole, { name: theirs(row.name), came: t(ATTENDANCE_WORDS[row.attendance]) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Decisions meeting={meeting} />
      <Actions meeting={meeting} />
      <MinutesPart meeting={meeting} />
    </section>
  );
}

function Decisions({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  const involvementLink = (chunks: ReactNode[]) => (
    <Link to="/my-family" className="govuk-link">
      {chunks}
    </Link>
  );
  return (
    <>
      <h3 className="govuk-heading-s">{t(m.decisionsTitle)}</h3>
      {meeting.decisions.length === 0 ? <p className="govuk-body">{t(m.noDecisions)}</p> : null}
      <ul className="govuk-list umb-mp-list">
        {meeting.decisions.map((d) => (
          <li key={d.id} className="umb-cal-item">
            <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body govuk-!-font-weight-bold umb-pre-line">
              {d.text}
            </Written>
            <Facts
              facts={[
                { key: t(m.decidedByLabel), value: t(DECIDED_WORDS[d.decidedBy]) },
                ...(d.parentAgrees ? [{ key: t(m.yourViewOfIt), value: t(AGREES_WORDS[d.parentAgrees]) }] : []),
                ...(d.parentView
                  ? [
                      {
                        key: t(m.yourWords),
                        value: (
                          <Written lang={d.parentViewWrittenIn} as="span">
                            {d.parentView}
                          </Written>
                        ),
                        className: 'umb-pre-line',
                      },
                    ]
                  : []),
              ]}
            />
            {d.involvementLevel ? <p className="govuk-body">{t.rich(m.involvementChanged, { link: involvementLink })}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function Actions({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  if (meeting.actions.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">{t(m.actionsTitle)}</h3>
      <p className="govuk-body">{t(m.actionsIntro)}</p>
      <ul className="govuk-list umb-mp-list">
        {meeting.actions.map((action) => (
          <li key={action.planItemId} className="umb-cal-item">
            <Written lang={PROFESSIONALS_WRITE_IN} className="govuk-body govuk-!-font-weight-bold umb-pre-line">
              {action.content.what}
            </Written>
            {action.removed ? (
              <p className="govuk-body">{t(m.actionRemoved)}</p>
            ) : (
              <>
                {action.content.onParent ? (
                  <p className="govuk-body umb-tags">
                    {action.content.negotiable ? (
                      <Tag colour="green">{t(planActions.negotiable)}</Tag>
                    ) : (
                      <Tag colour="orange">{t(planActions.notNegotiable)}</Tag>
                    )}
                    <span>{t(action.content.negotiable ? planActions.negotiableForYou : planActions.notNegotiableForYou)}</span>
                  </p>
                ) : null}
                <Facts facts={actionFacts(t, action.content)} />
              </>
            )}
          </li>
        ))}
      </ul>
      {meeting.actions.some((a) => a.content.onParent) ? <NegotiableExplained viewer="parent" /> : null}
      <p className="govuk-body">
        <Link to="/my-plan" className="govuk-link">
          {t(m.seePlan)}
        </Link>
      </p>
    </>
  );
}

/** What, who and by when, with the plan's own rule for a requirement on her: if it must happen, why and what if it does not. */
function actionFacts(t: Translate, content: FamilyMeeting['actions'][number]['content']): Fact[] {
  const facts: Fact[] = [
    { key: t(planActions.who), value: theirs(content.who) },
    { key: t(planActions.byWhen), value: formatDate(content.byWhen) },
  ];
  if (content.support) facts.push({ key: t(planActions.support), value: theirs(content.support), className: 'umb-pre-line' });
  facts.push({ key: t(planActions.howItIsGoing), value: t(ACTION_STATUS_WORDS[content.status]) });
  if (content.onParent && !content.negotiable) {
    if (content.whyAsked) facts.push({ key: t(planActions.whyAsked), value: theirs(content.whyAsked), className: 'umb-pre-line' });
    if (content.ifNotMet) facts.push({ key: t(planActions.ifNotDone), value: theirs(content.ifNotMet), className: 'umb-pre-line' });
  }
  return facts;
}

function MinutesPart({ meeting }: { meeting: FamilyMeeting }) {
  const t = useT();
  const minutes = meeting.minutes;
  const standing = minutesStanding(minutes);
  return (
    <>
      <h3 className="govuk-heading-s">{t(m.minutesTitle)}</h3>
      <p className="govuk-body">{t(m.minutesIntro)}</p>
      {standing === 'shared' && minutes.text !== null ? (
        <>
          {minutes.sharedAt ? <p className="govuk-body-s">{t(m.sharedOn, { date: formatDate(minutes.sharedAt) })}</p> : null}
          {paragraphsOf(minutes.text).map((paragraph, index, all) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of the minutes never move.
            <Written key={index} lang={PROFESSIONALS_WRITE_IN} className="govuk-body umb-pre-line" note={index === all.length - 1}>
              {paragraph}
            </Written>
          ))}
          <Replies replies={minutes.replies} />
          {meeting.mayReply ? <ReplyForm meetingId={meeting.appointment.id} reportId={null} /> : null}
        </>
      ) : standing === 'late' && minutes.dueOn ? (
        <p className="govuk-body">{t(m.minutesLate, { date: formatDate(minutes.dueOn) })}</p>
      ) : standing === 'due' && minutes.dueOn ? (
        <p className="govuk-body">
          {t(m.minutesNotYet)} {t(m.minutesDue, { date: formatDate(minutes.dueOn) })}
        </p>
      ) : (
        <p className="govuk-body">{t(m.minutesNotYet)}</p>
      )}
    </>
  );
}
