// "What families told you" (issue 18 §1): a worker's named feedback over time (a month's averages only once enough families
// answered, so no one family's answer can be worked out) and each piece in the person's own words; for a team manager, her
// team's feedback, named and team-only, by worker and month, never who gave it.
import { useQuery } from '@tanstack/react-query';
import type { TeamFeedback, WorkerFeedback } from '../../../shared/contracts/feedback.ts';
import type { FeedbackAbout } from '../../../shared/domain/learning.ts';

import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Written } from '../../ui/written.tsx';
import { useSession } from '../auth/session.queries.ts';
import { myFeedbackQuery, teamFeedbackQuery } from './feedback.api.ts';

const QUESTIONS = [
  ['listened', 'Felt listened to'],
  ['nextStepsClear', 'Knew what happens next'],
  ['useful', 'Found it useful'],
] as const;
const SCALE: Record<number, string> = { 1: 'No', 2: 'A little', 3: 'Mostly', 4: 'Yes' };
const ABOUT: Record<FeedbackAbout, string> = { contact: 'A contact', visit: 'A visit', meeting: 'A meeting', anything: 'Anything' };

/** "March 2027" for "2027-03". */
const monthName = (month: string) => new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
const dayName = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

type Scores = { listened: number | null; nextStepsClear: number | null; useful: number | null };
const answersIn = (f: Scores) => QUESTIONS.filter(([k]) => f[k] !== null).map(([k, label]) => `${label}: ${SCALE[f[k] as number]}`);

export function YourFeedbackPage() {
  usePageTitle('What families told you');
  const session = useSession();
  const role = session.data?.me?.kind === 'professional' ? session.data.me.role : null;
  const manager = role === 'team_manager' || role === 'service_manager';
  const mine = useQuery(myFeedbackQuery);
  if (mine.isPending) return <Loading />;
  if (mine.isError) throw mine.error;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">What families told you</h1>
        <p className="govuk-body-l">
          After a visit, a meeting or a contact, families can tell you how it went. Here is what they chose to tell you by name.
        </p>
        <OverTime data={mine.data} />
        <Named data={mine.data} />
        {manager ? <TeamSection /> : null}
      </div>
    </div>
  );
}

function OverTime({ data }: { data: WorkerFeedback }) {
  if (data.months.length === 0)
    return <p className="govuk-body">No family has told you anything by name yet. When they do, you will see it here.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Over time (on the scale No 1, A little 2, Mostly 3, Yes 4)</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Month
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Answers
          </th>
          {QUESTIONS.map(([k, label]) => (
            <th key={k} scope="col" className="govuk-table__header govuk-table__header--numeric">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {data.months.map((m) => (
          <tr key={m.month} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {monthName(m.month)}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{m.answers}</td>
            {QUESTIONS.map(([k]) => (
              <td key={k} className="govuk-table__cell govuk-table__cell--numeric">
                {m.averages?.[k] != null ? (
                  <>
                    <meter min={1} max={4} value={m.averages[k] as number} aria-hidden="true" className="umb-feedback-meter" />{' '}
                    {(m.averages[k] as number).toFixed(1)}
                  </>
                ) : (
                  <span className="govuk-hint govuk-!-margin-0">too few to show</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={5} className="govuk-body-s">
            A month’s averages are shown once {data.fewestToShow} or more families have answered, so no one family’s answer can be worked
            out from them.
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function Named({ data }: { data: WorkerFeedback }) {
  if (data.named.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">In their words</h2>
      <ul className="govuk-list">
        {data.named.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is read once, newest first, and never reordered.
          <li key={i} className="umb-panel govuk-!-margin-bottom-3">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {f.firstName} · {ABOUT[f.aboutKind]} · {dayName(f.date)}
            </p>
            {answersIn(f).length ? <p className="govuk-body govuk-!-margin-bottom-1">{answersIn(f).join(' · ')}</p> : null}
            {f.words ? <Written lang={f.writtenIn}>{f.words}</Written> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function TeamSection() {
  const team = useQuery(teamFeedbackQuery);
  if (team.isPending) return <Loading />;
  if (team.isError) return null;
  return <TeamList data={team.data} />;
}

function TeamList({ data }: { data: TeamFeedback }) {
  return (
    <section aria-labelledby="team-feedback" className="govuk-!-margin-top-8">
      <h2 id="team-feedback" className="govuk-heading-m">
        Your team’s feedback ({data.team.name})
      </h2>
      <p className="govuk-body">
        Everything families told {data.team.name}, named and for the team only. It never says who gave it or their family, only the month.
      </p>
      {data.items.length === 0 ? <p className="govuk-body">Nothing yet.</p> : null}
      <ul className="govuk-list">
        {data.items.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is read once and never reordered.
          <li key={i} className="umb-panel govuk-!-margin-bottom-3">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {monthName(f.month)} · {f.workerName ? `About ${f.workerName}` : 'About anything'} · {ABOUT[f.aboutKind]} ·{' '}
              {f.shownAs === 'named' ? 'Named to the worker' : 'For the team only'}
            </p>
            {answersIn(f).length ? <p className="govuk-body govuk-!-margin-bottom-1">{answersIn(f).join(' · ')}</p> : null}
            {f.words ? <Written lang={f.writtenIn}>{f.words}</Written> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
