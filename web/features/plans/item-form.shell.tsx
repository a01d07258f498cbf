// The frame of every recovery plan item form: heading, error summary, "someone else changed this", the fields, the
// respectful-language check's "Keep as written" when the server asked about the words, save and cancel.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { summaryOf } from '../../ui/server-errors.ts';
import { formatDateTime } from '../../ui/time.ts';
import { type KeepAsWrittenControl, KeepAsWrittenField, withoutWordsErrors } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { itemFields } from './item-fields.ts';
import { useReportErrors } from './plan-page-errors.tsx';
import { removePlanItem } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';
import type { PlanItem } from './plans.types.ts';

type ShellProps = {
  id: string;
  heading: string;
  headingLevel?: 3 | 4;
  errors: FieldErrors;
  fieldOrder: readonly string[];
  /** From useItemSave: findings named in the error summary, and "Keep as written" below the fields. */
  words?: KeepAsWrittenControl;
  /** False when the form shows the live words panel itself, nearer the words it is about. */
  wordsPanel?: boolean;
  conflict: PlanItem | null;
  /** Fields the other person changed, marked in their version. */
  changedKeys?: string[];
  busy: boolean;
  saveLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** For an item already in the plan: offer to take it out (earlier versions of the plan keep it). */
  removal?: { familyId: string; item: PlanItem; onRemoved: () => void };
  children: ReactNode;
};

export function ItemFormShell({
  id,
  heading,
  headingLevel = 3,
  errors,
  fieldOrder,
  words,
  wordsPanel = true,
  conflict,
  changedKeys = [],
  busy,
  saveLabel,
  onSubmit,
  onCancel,
  removal,
  children,
}: ShellProps) {
  useReportErrors(Object.keys(errors).length > 0 || Boolean(words?.hasErrors));
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} className="umb-action-form umb-plan-form" aria-labelledby={`${id}-heading`}>
      <Heading className="govuk-heading-s" id={`${id}-heading`}>
        {heading}
      </Heading>
      <ErrorSummary errors={[...(words?.summary ?? []), ...summaryOf(withoutWordsErrors(errors, words), fieldOrder)]} />
      {conflict ? (
        <ItemConflict current={conflict} changedKeys={changedKeys} headingLevel={headingLevel === 3 ? 4 : 5} saveLabel={saveLabel} />
      ) : null}
      {children}
      {words && wordsPanel ? <WordsCheckHelp id={`${id}-words-check`} texts={words.texts} /> : null}
      {words ? <KeepAsWrittenField control={words} /> : null}
      <div className="govuk-button-group">
        <Button busy={busy}>{saveLabel}</Button>
        {onCancel ? (
          <button type="button" className="govuk-link umb-link-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {removal ? <RemoveItem {...removal} /> : null}
    </form>
  );
}

/** Two steps, so nothing is taken out by a slip; the item stays in every frozen version of the plan. */
function RemoveItem({ familyId, item, onRemoved }: NonNullable<ShellProps['removal']>) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const mutation = useMutation({
    mutationFn: () => removePlanItem(familyId, item.id, item.version),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
      onRemoved();
    },
  });
  if (!asking)
    return (
      <button type="button" className="govuk-link umb-link-button" onClick={() => setAsking(true)}>
        Take this out of the plan
      </button>
    );
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        <p className="govuk-body">It will no longer be in the plan being written. Earlier versions of the plan still show it.</p>
        {mutation.isError ? (
          <p className="govuk-error-message">
            {isApiError(mutation.error) ? mutation.error.message : 'That did not work. Check your connection and try again.'}
          </p>
        ) : null}
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate()}
          >
            Yes, take it out
          </button>
          <button type="button" className="govuk-link umb-link-button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </div>
      </div>
    </div>
  );
}

type ConflictProps = { current: PlanItem; changedKeys: string[]; headingLevel: 4 | 5; saveLabel: string };

/** What the other person saved, shown in full with what they changed marked; the person's own words stay in the form below. */
export function ItemConflict({ current, changedKeys, headingLevel, saveLabel }: ConflictProps) {
  return (
    <ConflictBanner who={current.updatedBy} when={current.updatedAt} headingLevel={headingLevel} saveLabel={saveLabel}>
      <dl className="umb-plan-their-text">
        {itemFields(current).map((field) => [
          <dt key={`${field.key}-label`}>
            {field.label}
            {changedKeys.includes(field.key) ? <strong className="umb-plan-changed-mark"> (they changed this)</strong> : null}
          </dt>,
          <dd key={`${field.key}-value`} className="umb-pre-line">
            {field.value}
          </dd>,
        ])}
      </dl>
    </ConflictBanner>
  );
}

type BannerProps = { who: string | null; when: string | null; headingLevel: 3 | 4 | 5; saveLabel?: string; children: ReactNode };

/** "Someone else changed this while you were editing": their words, and that nothing of the person's own is lost. */
export function ConflictBanner({ who, when, headingLevel, saveLabel = 'Save', children }: BannerProps) {
  const Heading = headingLevel === 3 ? 'h3' : headingLevel === 4 ? 'h4' : 'h5';
  return (
    <div className="govuk-notification-banner umb-plan-conflict" role="alert">
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title">Important</Heading>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Someone else changed this while you were editing</p>
        <p className="govuk-body">
          This is what {who ?? 'they'} saved{when ? ` on ${formatDateTime(when)}` : ''}:
        </p>
        <div className="govuk-inset-text umb-rec-their-text">{children}</div>
        <p className="govuk-body">
          Your own words are still in the form below, so nothing you wrote is lost. Add anything from their version you want to keep, then
          press “{saveLabel}” to save yours on top of it.
        </p>
      </div>
    </div>
  );
}
