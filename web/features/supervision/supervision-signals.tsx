// One worker's wellbeing signals as plain numbers and words: to help the worker and their manager plan the work, never a
// colour, a score or a ranking (issue 18 §3).
import type { SupervisionSignals } from './supervision.api.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function SignalsSummary({ signals, own }: { signals: SupervisionSignals; own: boolean }) {
  const whose = own ? 'you' : signals.workerName;
  return (
    <section aria-labelledby="signals-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="signals-heading">
        {own ? 'Your workload' : `${signals.workerName}’s workload`}
      </h2>
      <p className="govuk-body">
        {own
          ? 'These are to help you and your manager plan your work, not to judge you. Only you and your managers see them.'
          : `These are to help ${signals.workerName} and you plan their work, not to judge them. Only ${signals.workerName} and their managers see them.`}
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Families</dt>
          <dd className="govuk-summary-list__value">
            {plural(signals.caseload, 'family', 'families')} whose care team {own ? 'you are' : 'they are'} on now
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Requests for help</dt>
          <dd className="govuk-summary-list__value">
            {plural(signals.helpWaiting, 'request', 'requests')} waiting on {whose === 'you' ? 'you' : 'them'} to acknowledge
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Outside working hours</dt>
          <dd className="govuk-summary-list__value">
            {plural(signals.outsideHours, 'thing', 'things')} recorded outside working hours in the last 4 weeks
            <p className="govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              Record entries, replies and answers to requests for help. Working hours: {signals.workingTime}.
            </p>
          </dd>
        </div>
      </dl>
    </section>
  );
}
