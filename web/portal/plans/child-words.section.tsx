// "Your own words": what the young person has written, who can read each piece, a way to change that, and a box to add more.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CHILD_WORDS_AUDIENCE_KEYS, CHILD_WORDS_AUDIENCES, CHILD_WORDS_PARTS } from '../../../shared/domain/plans.ts';
import { filterOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { formatDate } from '../../ui/format.ts';
import { AddChildWordsForm, audienceOptions } from './child-words.form.tsx';
import { useReportErrors } from './plan-forms.ts';
import { type ChildWords, type ChildWordsAudience, changeChildWordsSharing, rememberChildWords } from './plans.api.ts';

type ChildWordsProps = {
  familyId: string;
  childPersonId: string | null;
  words: ChildWords[];
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export const whoCanRead = (shareWith: ChildWordsAudience[]): string =>
  shareWith.length === 0 ? 'Only you' : `You, and: ${shareWith.map((key) => CHILD_WORDS_AUDIENCES[key].toLowerCase()).join('; ')}`;

export function ChildWordsSection({ familyId, childPersonId, words, onErrorsChange }: ChildWordsProps) {
  const mine = words.filter((w) => w.childPersonId === childPersonId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="own-words-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="own-words-heading">
        Your own words
      </h2>
      <p className="govuk-body">
        What you worry about, good things, and what you hope for. Only you can read this unless you choose who else can. You can change your
        mind at any time.
      </p>
      {mine.length > 0 ? (
        <ul className="govuk-list umb-mp-list">
          {mine.map((piece) => (
            <li key={piece.id} className="umb-mp-item">
              <WordsCard familyId={familyId} piece={piece} onErrorsChange={onErrorsChange} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">You have not written anything yet.</p>
      )}
      {childPersonId ? (
        <AddChildWordsForm familyId={familyId} childPersonId={childPersonId} onErrorsChange={onErrorsChange} />
      ) : (
        <p className="govuk-body">You cannot add words here just now. Ask your worker to help.</p>
      )}
    </section>
  );
}

type CardProps = { familyId: string; piece: ChildWords; onErrorsChange: (formId: string, hasErrors: boolean) => void };

function WordsCard({ familyId, piece, onErrorsChange }: CardProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [shareWith, setShareWith] = useState<ChildWordsAudience[]>(piece.shareWith);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const name = `share-words-${piece.id}`;
  useReportErrors(name, error !== null, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (values: ChildWordsAudience[]) =>
      changeChildWordsSharing(familyId, piece.id, { version: piece.version, shareWith: values, childConsented: values.length > 0 }),
    onSuccess: (updated) => {
      rememberChildWords(queryClient, familyId, updated);
      setError(null);
      setOpen(false);
      setSaved(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (isApiError(failure) && failure.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['portal', 'plans', familyId, 'child-words'] });
        setError('This was changed somewhere else. Check who can read it now, then choose again.');
        return;
      }
      setError(isApiError(failure) ? (failure.fields.shareWith ?? failure.message) : 'That was not saved. Try again in a few minutes.');
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(shareWith);
  };

  const title = CHILD_WORDS_PARTS[piece.part].title;
  return (
    <article>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{title}</h3>
      <p className="govuk-body umb-mp-pre-wrap umb-mp-own-words">{piece.words}</p>
      <p className="govuk-body-s umb-muted">
        {piece.writtenForChild ? `Written down for you by ${piece.author}` : 'Written by you'} on {formatDate(piece.createdAt)}.
      </p>
      <p className="govuk-body">
        <strong>Who can read this:</strong> {whoCanRead(piece.shareWith)}
      </p>
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          Saved.
        </p>
      ) : null}
      {piece.canChangeSharing ? (
        open ? (
          <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-label={`Who can read “${title}”`}>
            <Checkboxes
              name={name}
              legend="Who can read this?"
              hint="Only you can read this unless you choose."
              groups={[{ options: audienceOptions }]}
              values={shareWith}
              onChange={(values) => setShareWith(filterOneOf(CHILD_WORDS_AUDIENCE_KEYS, values))}
              error={error ?? undefined}
              small
            />
            <div className="govuk-button-group">
              <Button busy={mutation.isPending}>Save who can read this</Button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setOpen(true);
              setSaved(false);
              setShareWith(piece.shareWith);
            }}
          >
            Change who can read this<span className="govuk-visually-hidden"> ({title})</span>
          </button>
        )
      ) : null}
    </article>
  );
}
