// Add or change a glossary term (administrators). A change someone else saved meanwhile is shown, never overwritten.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { GlossaryTerm } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotFoundPage } from '../../ui/not-found.page.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { addTerm, updateTerm } from './glossary.api.ts';
import { glossaryQuery } from './glossary.queries.ts';

const FIELD_ORDER = ['term', 'aliases', 'plain', 'explanation'] as const;

export function GlossaryTermPage({ termId }: { termId?: string }) {
  const { data } = useSuspenseQuery(glossaryQuery);
  const term = termId ? data.terms.find((t) => t.id === termId) : undefined;
  if (termId && !term) return <NotFoundPage />;
  return <TermForm key={term?.id ?? 'new'} term={term} />;
}

const splitAliases = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((alias) => alias.trim())
    .filter(Boolean);

function TermForm({ term }: { term?: GlossaryTerm }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [word, setWord] = useState(term?.term ?? '');
  const [aliases, setAliases] = useState(term?.aliases.join('\n') ?? '');
  const [plain, setPlain] = useState(term?.plain ?? '');
  const [explanation, setExplanation] = useState(term?.explanation ?? '');
  const [version, setVersion] = useState(term?.version ?? 1);
  const [conflict, setConflict] = useState<GlossaryTerm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  const title = term ? `Change “${term.term}”` : 'Add a term';
  usePageTitle(title, hasErrors);

  const mutation = useMutation({
    mutationFn: () => {
      const body = { term: word.trim(), aliases: splitAliases(aliases), plain: plain.trim(), explanation: explanation.trim() };
      return term ? updateTerm(term.id, { ...body, version }) : addTerm(body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['glossary'] });
      setFlash(term ? `“${word.trim()}” was saved` : `“${word.trim()}” was added`);
      await navigate({ to: '/glossary' });
    },
    onError: (error) => {
      const current = conflictCurrent<GlossaryTerm>(error);
      if (current) {
        setConflict(current);
        setVersion(current.version);
        setErrors({});
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'term'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!word.trim()) problems.term = 'Enter the term';
    if (!plain.trim()) problems.plain = 'Enter the plain wording';
    if (!explanation.trim()) problems.explanation = 'Explain it in one plain sentence';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/glossary" className="govuk-back-link">
          Back to the glossary
        </Link>
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        {conflict ? (
          <NotificationBanner heading="Someone else changed this term while you were editing">
            <p className="govuk-body">This is what they saved. Your version is still in the form below: check it, then save again.</p>
            <SummaryList
              rows={[
                { key: 'Term', value: conflict.term },
                { key: 'Also written', value: conflict.aliases.join(', ') || 'None' },
                { key: 'Plain words', value: conflict.plain },
                { key: 'Explanation', value: conflict.explanation },
              ]}
            />
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="term"
            label="Term"
            hint="For example, CIN or section 47"
            value={word}
            onValueChange={setWord}
            error={errors.term}
            widthClass="govuk-input--width-20"
          />
          <TextArea
            id="aliases"
            label="Other ways it is written (optional)"
            hint="One on each line, for example child in need"
            rows={3}
            value={aliases}
            onValueChange={setAliases}
            error={errors.aliases}
          />
          <TextField
            id="plain"
            label="Plain words"
            hint="What to write instead, for a parent to read"
            value={plain}
            onValueChange={setPlain}
            error={errors.plain}
          />
          <TextArea
            id="explanation"
            label="Explanation"
            hint="One or two short sentences in plain words"
            rows={3}
            value={explanation}
            onValueChange={setExplanation}
            error={errors.explanation}
          />
          <Button busy={mutation.isPending}>{term ? 'Save changes' : 'Add term'}</Button>
        </form>
      </div>
    </div>
  );
}
