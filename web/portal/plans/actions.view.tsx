// The plan's actions as a family reads them: what, who, by when, the help that comes with it, and for a requirement on the parent whether it is negotiable and, if not, why.
import type { FamilyAccountKind } from '../../../shared/domain/accounts.ts';
import { ACTION_STATUSES } from '../../../shared/domain/plans.ts';
import { Facts } from '../../ui/facts.tsx';
import { formatDate } from '../../ui/format.ts';
import { Tag } from '../../ui/tag.tsx';
import type { ItemOf } from './plans.api.ts';

export type Viewer = FamilyAccountKind;

type ActionListProps = { actions: ItemOf<'action'>[]; headingLevel: 3 | 4 | 5; viewer: Viewer };

export function ActionList({ actions, headingLevel, viewer }: ActionListProps) {
  const Heading = (['h3', 'h4', 'h5'] as const)[headingLevel - 3] ?? 'h3';
  return (
    <ul className="govuk-list umb-mp-list">
      {actions.map((action) => (
        <li key={action.id} className="umb-mp-item">
          <Heading className="govuk-heading-s govuk-!-margin-bottom-2 umb-pre-line">{action.content.what}</Heading>
          {action.content.onParent ? <NegotiableTag negotiable={action.content.negotiable} viewer={viewer} /> : null}
          <Facts
            facts={[
              { key: 'Who', value: action.content.who },
              { key: 'By when', value: formatDate(action.content.byWhen) },
              ...(action.content.support
                ? [{ key: 'Help that comes with it', value: action.content.support, className: 'umb-pre-line' }]
                : []),
              { key: 'How it is going', value: ACTION_STATUSES[action.content.status] },
              ...(action.content.onParent && !action.content.negotiable
                ? [
                    { key: 'Why this is asked', value: action.content.whyAsked, className: 'umb-pre-line' },
                    { key: 'What happens if it is not done', value: action.content.ifNotMet, className: 'umb-pre-line' },
                  ]
                : []),
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

function NegotiableTag({ negotiable, viewer }: { negotiable: boolean; viewer: Viewer }) {
  const you = viewer === 'parent' ? 'you' : 'the parent';
  return (
    <p className="govuk-body umb-tags">
      {negotiable ? <Tag colour="green">Negotiable</Tag> : <Tag colour="orange">Not negotiable</Tag>}
      <span>
        {negotiable
          ? `This is asked of ${you}. ${viewer === 'parent' ? 'You' : 'They'} can talk with the workers about how and when it is done.`
          : `This is asked of ${you} and must happen. The reason, and what happens if it is not done, are below.`}
      </span>
    </p>
  );
}

/** The explanation of the two words, shown once above the actions. */
export function NegotiableExplained({ viewer }: { viewer: Viewer }) {
  const you = viewer === 'parent' ? 'you' : 'the parent';
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">What “negotiable” and “not negotiable” mean</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          <strong>Negotiable</strong> means {you} can talk with the workers about how or when it is done, and it can change.
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          <strong>Not negotiable</strong> means it must happen to keep the children safe. The plan says in plain words why it is asked and
          what happens if it is not done.
        </p>
      </div>
    </details>
  );
}
