// The header's "Sign out" button: ends the session on the server, forgets cached data, returns to sign-in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { signOut } from './auth.api.ts';

export function SignOutButton() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => signOut(queryClient),
    onSuccess: () => navigate({ to: '/sign-in', search: { reason: 'signed-out' }, replace: true }),
  });

  return (
    <>
      <button
        type="button"
        className="umb-header__sign-out"
        aria-disabled={mutation.isPending || undefined}
        onClick={() => {
          if (!mutation.isPending) mutation.mutate();
        }}
      >
        Sign out
      </button>
      {mutation.isError ? (
        <span className="umb-header__problem" role="alert">
          We could not sign you out. Check your internet connection and try again.
        </span>
      ) : null}
    </>
  );
}
