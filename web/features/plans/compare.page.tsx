// What changed between two versions of the recovery plan, part by part: added, removed or changed, each field before and
// after, and who changed it. The later version may be the one being written now.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { Button } from '../../ui/button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { versionLabel } from '../../ui/ratings-chart.tsx';
import { Select } from '../../ui/select.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { familyQuery } from '../families/families.queries.ts';
import { HiddenPartsNote } from './hidden-parts.note.tsx';
import { compareQuery, recoveryPlanQuery } from './plans.queries.ts';
import type { VersionComparison } from './plans.types.ts';

type Change = VersionComparison['changes'][number];
const CHANGE_WORDS: Record<Change['change'], { label: string; colour: TagColour }> = {
  added: { label: 'Added', colour: 'green' },
  removed: { label: 'Taken out', colour: 'grey' },
  changed: { label: 'Changed', colour: 'default' },
};

type ComparePageProps = { familyId: string; from: number; to: number };

export function ComparePage({ familyId, from, to }: ComparePageProps) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data: view } = useSuspenseQuery(recoveryPlanQuery(familyId));
  const { data: comparison } = useSuspenseQuery(compareQuery(familyId, from, to));
  usePageTitle(`What changed in the plan: ${family.displayName}`);
  const workingVersion = view.plan?.workingVersion ?? to;

  return (
    <>
      <Link to="/families/$familyId/recovery-plan" params={{ familyId }} className="govuk-back-link">
        Back to the recovery plan
      </Link>
      <span className="govuk-caption-l">{family.displayName}</span>
      <h1 className="govuk-heading-l">What changed in the plan</h1>
      <SummaryList
        rows={[
          { key: 'Earlier version', value: comparison.from.label },
          { key: 'Later version', value: comparison.to.label },
        ]}
      />
      <HiddenPartsNote count={comparison.hiddenItems} />
      <ChooseVersions key={`${from}-${to}`} familyId={familyId} from={from} to={to} workingVersion={workingVersion} />
      {comparison.changes.length === 0 ? <p className="govuk-body">Nothing changed between these versions.</p> : null}
      {RECOVERY_PARTS.map((part) => {
        const changes = comparison.changes.filter((change) => change.part === part.key);
        if (changes.length === 0) return null;
        return (
          <section key={part.key} className="umb-section" aria-labelledby={`changes-${part.key}`}>
            <h2 className="govuk-heading-m" id={`changes-${part.key}`}>
              {part.title}
            </h2>
            {changes.map((change) => (
              <ChangeCard key={`${change.itemId}-${change.change}`} change={change} />
            ))}
          </section>
        );
      })}
    </>
  );
}

function ChangeCard({ change }: { change: Change }) {
  const words = CHANGE_WORDS[change.change];
  return (
    <article className="umb-plan-card" aria-labelledby={`change-${change.itemId}`}>
      <h3 className="govuk-heading-s umb-plan-change__title" id={`change-${change.itemId}`}>
        <Tag colour={words.colour}>{words.label}</Tag> {change.title}
      </h3>
      <p className="govuk-body-s umb-muted">
        By {change.changedBy} on {formatDateTime(change.changedAt)}
      </p>
      <dl className="umb-plan-diff">
        {change.fields.map((field) => (
          <div key={field.field} className="umb-plan-diff__row">
            <dt className="umb-plan-diff__label">{field.label}</dt>
            <dd className="umb-plan-diff__values">
              {change.change !== 'added' ? (
                <div className="umb-plan-diff__before">
                  <span className="umb-plan-diff__word">Before</span>
                  <span className="umb-pre-line">{field.before || 'Nothing'}</span>
                </div>
              ) : null}
              {change.change !== 'removed' ? (
                <div className="umb-plan-diff__after">
                  <span className="umb-plan-diff__word">{change.change === 'added' ? 'Added' : 'After'}</span>
                  <span className="umb-pre-line">{field.after || 'Nothing'}</span>
                </div>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

function ChooseVersions({ familyId, from, to, workingVersion }: ComparePageProps & { workingVersion: number }) {
  const navigate = useNavigate();
  const [fromValue, setFromValue] = useState(String(from));
  const [toValue, setToValue] = useState(String(to));
  const options = Array.from({ length: workingVersion }, (_, index) => ({
    value: String(index + 1),
    label: versionLabel(index + 1, workingVersion),
  }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const a = Number(fromValue);
    const b = Number(toValue);
    void navigate({
      to: '/families/$familyId/recovery-plan/compare',
      params: { familyId },
      search: { from: Math.min(a, b), to: Math.max(a, b) },
    });
  };
  if (workingVersion < 2) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Compare other versions</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit} className="umb-plan-compare-form" aria-label="Compare other versions">
          <Select id="compare-from" label="Earlier version" options={options} value={fromValue} onValueChange={setFromValue} />
          <Select id="compare-to" label="Later version" options={options} value={toValue} onValueChange={setToValue} />
          <Button secondary>Compare</Button>
        </form>
      </div>
    </details>
  );
}
