// Route guards for screens open to everyone signed in (the glossary) and for administrators only (editing it).
import { redirect } from '@tanstack/react-router';
import type { Me } from '../../api/types.ts';
import type { RouterContext } from '../../app/guards.ts';
import { isSignedIn, sessionQuery } from './session.queries.ts';

type GuardArgs = { context: RouterContext; location: { href: string } };

/** Anyone fully signed in; everyone else goes to sign in and comes back here afterwards. */
export async function requireAnyoneSignedIn({ context, location }: GuardArgs): Promise<{ me: Me }> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!isSignedIn(session)) throw redirect({ to: '/sign-in', search: { next: location.href } });
  return { me: session.me };
}

/** Administrators only; anyone else signed in is sent to the page they can read. */
export async function requireAdministrator(args: GuardArgs, fallback: '/glossary'): Promise<void> {
  const { me } = await requireAnyoneSignedIn(args);
  if (me.kind !== 'professional' || me.role !== 'administrator') throw redirect({ to: fallback, replace: true });
}
