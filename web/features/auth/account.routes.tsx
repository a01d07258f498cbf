// Routes for accounts (issue 13): accepting an invitation or letter, forgotten passwords, signing in with a recovery
// code, and a person's own account page (and, for a family member, adding an authenticator app later). Each page is
// its own lazy chunk; only "Your account" and its authenticator page need a session.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireFamilyMember, requireSecondFactorStage } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { requireAnyoneSignedIn } from './role-guards.ts';
import { validateSignInSearch } from './sign-in.search.ts';

const WelcomePage = lazyRouteComponent(() => import('./welcome.page.tsx'), 'WelcomePage');
const ResetPasswordPage = lazyRouteComponent(() => import('./reset-password.page.tsx'), 'ResetPasswordPage');
const SignInRecoveryPage = lazyRouteComponent(() => import('./sign-in-recovery.page.tsx'), 'SignInRecoveryPage');

export function accountRoutes(rootRoute: AppRootRoute) {
  const welcomeCode = createRoute({
    getParentRoute: () => rootRoute,
    path: '/welcome',
    component: lazyRouteComponent(() => import('./welcome.page.tsx'), 'WelcomeCodePage'),
  });
  const welcome = createRoute({
    getParentRoute: () => rootRoute,
    path: '/welcome/$token',
    component: function WelcomeRoute() {
      const { token } = welcome.useParams();
      return <WelcomePage token={token} />;
    },
  });
  const forgotten = createRoute({
    getParentRoute: () => rootRoute,
    path: '/forgotten-password',
    component: lazyRouteComponent(() => import('./forgotten-password.page.tsx'), 'ForgottenPasswordPage'),
  });
  const reset = createRoute({
    getParentRoute: () => rootRoute,
    path: '/reset-password/$token',
    component: function ResetPasswordRoute() {
      const { token } = reset.useParams();
      return <ResetPasswordPage token={token} />;
    },
  });
  const recovery = createRoute({
    getParentRoute: () => rootRoute,
    path: '/sign-in/recovery',
    validateSearch: validateSignInSearch,
    beforeLoad: requireSecondFactorStage,
    component: function SignInRecoveryRoute() {
      const { next } = recovery.useSearch();
      return <SignInRecoveryPage next={next} />;
    },
  });
  const account = createRoute({
    getParentRoute: () => rootRoute,
    path: '/account',
    beforeLoad: requireAnyoneSignedIn,
    component: lazyRouteComponent(() => import('./account.page.tsx'), 'AccountPage'),
  });
  const accountAuthenticator = createRoute({
    getParentRoute: () => rootRoute,
    path: '/account/authenticator',
    beforeLoad: requireFamilyMember,
    component: lazyRouteComponent(() => import('./account-authenticator.page.tsx'), 'AccountAuthenticatorPage'),
  });
  return [welcomeCode, welcome, forgotten, reset, recovery, account, accountAuthenticator] as const;
}
