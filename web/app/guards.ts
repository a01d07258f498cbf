// Route guards: who may open which screen, decided from the cached session before anything renders.
import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { FamilyAccountKind } from '../../shared/domain/accounts.ts';
import type { Me } from '../api/types.ts';
import { homePathFor, isSignedIn, sessionQuery } from '../features/auth/session.queries.ts';

export type RouterContext = { queryClient: QueryClient };

type GuardArgs = { context: RouterContext; location: { href: string } };

/** Signed-in people only; anyone else goes to sign in and comes back here afterwards. */
async function requireSignedIn({ context, location }: GuardArgs): Promise<Me> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!isSignedIn(session)) throw redirect({ to: '/sign-in', search: { next: location.href } });
  return session.me;
}

export async function requireProfessional(args: GuardArgs): Promise<void> {
  const me = await requireSignedIn(args);
  if (me.kind !== 'professional') throw redirect({ to: homePathFor(me), replace: true });
}

export async function requireFamilyMember(args: GuardArgs): Promise<void> {
  const me = await requireSignedIn(args);
  if (me.kind === 'professional') throw redirect({ to: homePathFor(me), replace: true });
}

export type FamilyMemberMe = Extract<Me, { kind: FamilyAccountKind }>;

/** Family members only; the page is told who they are through the route context (`context.me`). */
export async function requireFamilyMemberMe(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const me = await requireSignedIn(args);
  if (me.kind === 'professional') throw redirect({ to: homePathFor(me), replace: true });
  return { me };
}

/** A record is read by the parent or young person it is about; network members see only "Your family" for now. */
export async function requireRecordReader(args: GuardArgs): Promise<{ me: FamilyMemberMe }> {
  const context = await requireFamilyMemberMe(args);
  if (context.me.kind === 'network_member') throw redirect({ to: '/my-family', replace: true });
  return context;
}

/** The sign-in screens are for people who are not fully signed in yet. */
export async function redirectIfSignedIn({ context }: { context: RouterContext }): Promise<void> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (isSignedIn(session)) throw redirect({ to: homePathFor(session.me), replace: true });
}

/** The security code screen only makes sense half-way through signing in. */
export async function requireSecondFactorStage({ context }: { context: RouterContext }): Promise<void> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (isSignedIn(session)) throw redirect({ to: homePathFor(session.me), replace: true });
  if (session.stage !== 'awaiting_second_factor') throw redirect({ to: '/sign-in', replace: true });
}

export async function redirectHome({ context }: { context: RouterContext }): Promise<never> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  throw redirect({ to: isSignedIn(session) ? homePathFor(session.me) : '/sign-in', replace: true });
}
