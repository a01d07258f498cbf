// The header's "Sign out" button: ends the session on the server, forgets cached data, returns to sign-in.
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { signOut } from './auth.api.ts';
import { signOutWords as m } from './sign-out.messages.ts';

// Plain state rather than useMutation: the header is on every first load, and this keeps the mutation code out of it.
export function SignOutButton() {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [state, setState] = useState<'idle' | 'pending' | 'failed'>('idle');

  const onClick = async () => {
    if (state === 'pending') return;
    setState('pending');
    try {
      await signOut(queryClient);
    } catch {
      setState('failed');
      return;
    }
    await navigate({ to: '/sign-in', search: { reason: 'signed-out' }, replace: true });
  };

  return (
    <>
      <button
        type="button"
        className="umb-header__sign-out"
        aria-disabled={state === 'pending' || undefined}
        onClick={() => void onClick()}
      >
        {t(m.signOut)}
      </button>
      {state === 'failed' ? (
        <span className="umb-header__problem" role="alert">
          {t(m.signOutFailed)}
        </span>
      ) : null}
    </>
  );
}
