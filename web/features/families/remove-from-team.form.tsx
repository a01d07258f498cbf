// "Remove from team": asks for the reason and a second press before someone leaves a family's care team.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { CareTeamMember } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { endCareTeamMembership } from './family-edits.api.ts';

export function RemoveFromTeam({ familyId, member }: { familyId: string; member: CareTeamMember }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reasonId = `remove-reason-${member.id}`;
  const openId = `remove-open-${member.id}`;

  const mutation = useMutation({
    mutationFn: () => endCareTeamMembership(familyId, member.id, reason.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families'] }),
    onError: (failure) =>
      setError(isApiError(failure) ? (failure.fields.reason ?? failure.message) : 'We could not remove them. Try again.'),
  });

  // Put the person straight into the reason box when the confirm step opens.
  useEffect(() => {
    if (open) document.getElementById(reasonId)?.focus();
  }, [open, reasonId]);

  if (!open) {
    return (
      <Button type="button" secondary className="govuk-!-margin-bottom-0" id={openId} onClick={() => setOpen(true)}>
        Remove from team<span className="govuk-visually-hidden"> ({member.name})</span>
      </Button>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why they are leaving the team');
      document.getElementById(reasonId)?.focus();
      return;
    }
    setError(undefined);
    mutation.mutate();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-confirm">
      <TextArea
        id={reasonId}
        label={`Why is ${member.name} leaving the care team?`}
        hint="For example, the work with the family has ended, or they have moved to another team. They will no longer see the family’s record."
        rows={2}
        value={reason}
        onValueChange={setReason}
        error={error}
      />
      <div className="govuk-button-group">
        <Button className="govuk-button--warning" busy={mutation.isPending}>
          Remove from team
        </Button>
        <button
          type="button"
          className="govuk-link umb-link-button"
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => document.getElementById(openId)?.focus());
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
