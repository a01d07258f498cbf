// "Close the work with this family" (issue 13 §8): a summary written for the family, with writing help; words the
// respectful-language check finds are kept only on purpose, once per save, with a reason (issue 16 §1, features/words).
// While closed: the summary, the family's replies (marked with the language they wrote in), and reopening, whose reason
// the parent reads in the involvement history, so it is checked the same way.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { PlainLanguageHelp } from '../records/plain-language.help.tsx';
import { type KeepAsWrittenControl, KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { KeptNote } from '../words/kept-note.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { closeInvolvement, involvementStatus, reopenInvolvement } from './family-start.api.ts';

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function InvolvementClosePage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const key = ['families', familyId, 'involvement-status'];
  const status = useQuery({ queryKey: key, queryFn: ({ signal }) => involvementStatus(familyId, signal) });
  const [summary, setSummary] = useState('');
  const words = useKeepAsWritten({ id: 'summary', texts: [summary], ids: { summary: 'summary' }, fallbackId: 'summary' });
  const [reason, setReason] = useState('');
  const reopenWords = useKeepAsWritten({ id: 'reason', texts: [reason], ids: { reason: 'reason' }, fallbackId: 'reason' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const closed = status.data?.status === 'closed';
  usePageTitle(
    closed ? 'The work with this family is closed' : 'Close the work with this family',
    Object.keys(errors).length > 0 || words.hasErrors || reopenWords.hasErrors,
  );

  const onFailure = (field: string, control: KeepAsWrittenControl) => (error: unknown) => {
    if (control.refused(error)) return setErrors({});
    if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, field));
  };
  const refresh = async (message: string) => {
    setErrors({});
    await queryClient.invalidateQueries({ queryKey: ['families', familyId] });
    setFlash(message);
  };
  const close = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) => closeInvolvement(familyId, { summary, keepAsWritten }),
    onSuccess: (r) => {
      words.reset();
      return refresh(`Closed. The family has been told. The team can read the record until ${longDate(r.teamReadUntil)}.`);
    },
    onError: onFailure('summary', words),
  });
  const reopen = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) => reopenInvolvement(familyId, { reason, keepAsWritten }),
    onSuccess: () => {
      reopenWords.reset();
      return refresh('Reopened. The family has been told.');
    },
    onError: onFailure('reason', reopenWords),
  });

  if (status.isPending) return <Loading />;
  if (status.isError) throw status.error;
  const s = status.data;

  const onClose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reasonGiven = words.prepare();
    if (!summary.trim()) return setErrors({ summary: 'Write a summary for the family' });
    setErrors({});
    if (reasonGiven) close.mutate(words.body());
  };
  const onReopen = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reasonGiven = reopenWords.prepare();
    if (!reason.trim()) return setErrors({ reason: 'Say why the service is working with the family again' });
    setErrors({});
    if (reasonGiven) reopen.mutate(reopenWords.body());
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={[...words.summary, ...reopenWords.summary, ...toFormErrors(errors, ['summary', 'reason'])]} />
        {closed ? (
          <>
            <h1 className="govuk-heading-l">The work with this family is closed</h1>
            <p className="govuk-body">
              Closed on {s.closedAt ? longDate(s.closedAt) : ''}. The care team can read the record, but not change it, until{' '}
              {s.teamReadUntil ? longDate(s.teamReadUntil) : ''}. The family can still read everything.
            </p>
            {s.canReopen ? (
              <form noValidate onSubmit={onReopen}>
                <TextArea
                  id="reason"
                  label="Why is the service working with the family again?"
                  hint="This is kept in the family’s involvement history, where the parent reads it. The family is told."
                  rows={3}
                  value={reason}
                  onValueChange={setReason}
                  error={errors.reason ?? reopenWords.inline('reason')}
                  extraDescribedBy="reason-words"
                />
                <WordsCheckHelp id="reason-words" texts={[reason]} />
                <KeepAsWrittenField control={reopenWords} />
                <Button busy={reopen.isPending}>Reopen the work with this family</Button>
              </form>
            ) : (
              <p className="govuk-body">The family’s key workers and team managers can reopen it.</p>
            )}
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">Close the work with this family</h1>
            {s.canClose ? (
              <form noValidate onSubmit={onClose}>
                <TextArea
                  id="summary"
                  label="A closing summary for the family"
                  hint="The parent will read this and can reply. Say what you did together, what is going well, and where to go for help."
                  rows={8}
                  value={summary}
                  onValueChange={setSummary}
                  error={errors.summary ?? words.inline('summary')}
                  extraDescribedBy="summary-help"
                />
                <PlainLanguageHelp id="summary-help" text={summary} />
                <KeepAsWrittenField control={words} />
                <Button busy={close.isPending}>Close and tell the family</Button>
              </form>
            ) : (
              <p className="govuk-body">Only the family’s key workers close the work with a family.</p>
            )}
          </>
        )}
        {s.closures.length > 0 ? <h2 className="govuk-heading-m">Closing summaries</h2> : null}
        {s.closures.map((c) => (
          <div key={c.id} className="govuk-inset-text">
            <p className="govuk-body-s">
              Written by {c.closedBy} on {longDate(c.closedAt)}
              {c.reopenedAt ? `. Reopened by ${c.reopenedBy} on ${longDate(c.reopenedAt)}: ${c.reopenReason}` : ''}
            </p>
            <KeptNote kept={c.reopenKeptAsWritten} />
            <p className="govuk-body umb-written">{c.summary}</p>
            <KeptNote kept={c.keptAsWritten} />
            {c.replies.map((r) => (
              <div key={r.id}>
                <h3 className="govuk-heading-s">
                  {r.author} replied on {longDate(r.createdAt)}
                </h3>
                <Written lang={r.writtenIn} className="govuk-body">
                  {r.text}
                </Written>
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
