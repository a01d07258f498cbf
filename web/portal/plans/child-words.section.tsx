// "Your own words": what the young person has written, who can read each piece, a way to change that, and a box to add more.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CHILD_WORDS_AUDIENCE_KEYS } from '../../../shared/domain/plans.ts';
import { filterOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { formatDate } from '../../ui/format.ts';
import { Written } from '../../ui/written.tsx';
import { AddChildWordsForm, audienceOptions } from './child-words.form.tsx';
import { childWords as m } from './child-words.messages.ts';
import { CHILD_WORDS_PART_WORDS, whoCanRead } from './child-words.ts';
import { useReportErrors } from './plan-forms.ts';
import { planWords } from './plan-words.messages.ts';
import { bold, hidden } from './plan-words.tsx';
import { type ChildWords, type ChildWordsAudience, changeChildWordsSharing, rememberChildWords } from './plans.api.ts';

type ChildWordsProps = {
  familyId: string;
  childPersonId: string | null;
  words: ChildWords[];
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function ChildWordsSection({ familyId, childPersonId, words, onErrorsChange }: ChildWordsProps) {
  const t = useT();
  const mine = words.filter((w) => w.childPersonId === childPersonId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="own-words-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="own-words-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t(m.intro)}</p>
      {mine.length > 0 ? (
        <ul className="govuk-list umb-mp-list">
          {mine.map((piece) => (
            <li key={piece.id} className="umb-mp-item">
              <WordsCard familyId={familyId} piece={piece} onErrorsChange={onErrorsChange} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t(m.nothingYet)}</p>
      )}
      {childPersonId ? (
        <AddChildWordsForm familyId={familyId} childPersonId={childPersonId} onErrorsChange={onErrorsChange} />
      ) : (
        <p className="govuk-body">{t(m.cannotAdd)}</p>
      )}
    </section>
  );
}

type CardProps = { familyId: string; piece: ChildWords; onErrorsChange: (formId: string, hasErrors: boolean) => void };

function WordsCard({ familyId, piece, onErrorsChange }: CardProps) {
  const t = useT();
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
        setError(t(m.changedElsewhere));
        return;
      }
      setError(isApiError(failure) ? (failure.fields.shareWith ?? failure.message) : t(m.notSaved));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(shareWith);
  };

  const title = t(CHILD_WORDS_PART_WORDS[piece.part].title);
  return (
    <article>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{title}</h3>
      <Written lang={piece.writtenIn} className="govuk-body umb-mp-pre-wrap umb-mp-own-words">
        {piece.words}
      </Written>
      <p className="govuk-body-s umb-muted">
        {piece.writtenForChild
          ? t(m.writtenForYou, { name: piece.author, date: formatDate(piece.createdAt) })
          : t(m.writtenByYou, { date: formatDate(piece.createdAt) })}
      </p>
      <p className="govuk-body">{t.rich(m.whoCanRead, { b: bold, who: whoCanRead(t, piece.shareWith) })}</p>
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(planWords.saved)}
        </p>
      ) : null}
      {piece.canChangeSharing ? (
        open ? (
          <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-label={t(m.sharingFormLabel, { title })}>
            <Checkboxes
              name={name}
              legend={t(m.whoCanReadLegend)}
              hint={t(m.whoCanReadHintShort)}
              groups={[{ options: audienceOptions(t) }]}
              values={shareWith}
              onChange={(values) => setShareWith(filterOneOf(CHILD_WORDS_AUDIENCE_KEYS, values))}
              error={error ?? undefined}
              small
            />
            <div className="govuk-button-group">
              <Button busy={mutation.isPending}>{t(m.saveWhoCanRead)}</Button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(false)}>
                {t(planWords.cancel)}
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
            {t.rich(m.changeWhoCanRead, { hidden, title })}
          </button>
        )
      ) : null}
    </article>
  );
}
