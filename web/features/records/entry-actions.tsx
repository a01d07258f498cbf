// "Change this entry": edit, change who can see it, hide even that it is withheld, mark it entered in error; only the
// changes the server says this person may make (entry.allowedChanges). One form open at a time; nothing is deleted.
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { EntryEditForm } from './entry-edit.form.tsx';
import { EntryReasonForm } from './entry-reason.form.tsx';
import { EntryWithholdForm } from './entry-withhold.form.tsx';
import { hidePlaceholder, markEnteredInError } from './records.api.ts';

export type EntryMode = 'view' | 'edit' | 'withhold' | 'hide' | 'error';

type EntryActionsProps = {
  entry: Entry;
  mode: EntryMode;
  onModeChange: (mode: EntryMode) => void;
  onDone: (message: string | null) => void;
};

export function EntryActions({ entry, mode, onModeChange, onDone }: EntryActionsProps) {
  if (mode === 'edit') return <EntryEditForm entry={entry} onDone={onDone} />;
  if (mode === 'withhold') return <EntryWithholdForm entry={entry} onDone={onDone} />;
  if (mode === 'hide') {
    return (
      <EntryReasonForm
        entry={entry}
        id="hide-reason"
        title="Hide even that something is withheld"
        label="Why would even showing that something is kept back put someone at risk?"
        hint="This is a senior decision. It is recorded, audited and reviewed on the review date."
        warning="The parent will see no sign of this entry at all."
        submitLabel="Hide even that something is withheld"
        minLength={10}
        tooShort="Explain why even showing that something is withheld would put someone at risk"
        successMessage="The parent is no longer told that this entry exists."
        send={(reason) => hidePlaceholder(entry.familyId, entry.id, reason)}
        onDone={onDone}
      />
    );
  }
  if (mode === 'error') {
    return (
      <EntryReasonForm
        entry={entry}
        id="error-reason"
        title="Mark as entered in error"
        label="Why was this entry made in error?"
        hint="For example, it was written in the wrong family’s record. The family reads your reason beside the entry."
        warning="The entry is not deleted. It stays in the record, marked as entered in error, with your reason."
        submitLabel="Mark as entered in error"
        minLength={5}
        tooShort="Say why this entry was made in error"
        successMessage="The entry is marked as entered in error."
        familyReads
        send={(reason, version, keepAsWritten) => markEnteredInError(entry.familyId, entry.id, { version, reason, keepAsWritten })}
        onDone={onDone}
      />
    );
  }

  const may = new Set(entry.allowedChanges);
  const canWithhold = may.has('withhold') || may.has('release');
  if (!may.has('edit_text') && !canWithhold && !may.has('hide_placeholder') && !may.has('mark_in_error')) {
    if (entry.enteredInError) return null;
    return (
      <section aria-labelledby="entry-actions-heading" className="umb-rec-actions">
        <h2 className="govuk-heading-m" id="entry-actions-heading">
          Changing this entry
        </h2>
        <p className="govuk-body">
          Only {entry.authorName}, who wrote it, or a team manager at {entry.authorOrganisation || 'their agency'} can change this entry.
          You can answer it as the team, or ask them.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="entry-actions-heading" className="umb-rec-actions">
      <h2 className="govuk-heading-m" id="entry-actions-heading">
        Change this entry
      </h2>
      <p className="govuk-body">Corrections keep the earlier version. Nothing in the record is ever deleted.</p>
      <div className="govuk-button-group">
        {may.has('edit_text') ? (
          <Button type="button" secondary onClick={() => onModeChange('edit')}>
            Edit entry
          </Button>
        ) : null}
        {canWithhold ? (
          <Button type="button" secondary onClick={() => onModeChange('withhold')}>
            {entry.withholding ? 'Stop withholding or change it' : 'Keep some or all of it from the parent'}
          </Button>
        ) : null}
        {may.has('hide_placeholder') ? (
          <Button type="button" secondary onClick={() => onModeChange('hide')}>
            Hide even that something is withheld
          </Button>
        ) : null}
        {may.has('mark_in_error') ? (
          <Button type="button" className="govuk-button--warning" onClick={() => onModeChange('error')}>
            Mark as entered in error
          </Button>
        ) : null}
      </div>
    </section>
  );
}
