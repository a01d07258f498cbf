// The portal's main menu: parents and young people see their family, their plans, their record, who has looked and who can see their information; network members their family and what was shared with them.
import type { FamilyAccountKind as PortalKind } from '../../shared/domain/accounts.ts';
import { translate as t } from '../i18n/i18n.ts';
import type { NavItem } from '../ui/layout.tsx';
import { portalNav as m } from './portal-nav.messages.ts';

const current = (pathname: string, path: string, withSubpages: boolean): NavItem['current'] => {
  if (pathname === path) return 'page';
  return withSubpages && pathname.startsWith(`${path}/`) ? 'true' : undefined;
};

/** The labels are in the language shown when it is called: the caller renders again when the language changes. */
export function portalNavItems(kind: PortalKind, pathname: string): NavItem[] {
  // The calendar has its own menu item, so "Your family" is not marked on it or on a meeting's page in it too.
  const onCalendar = pathname === '/my-family/calendar' || pathname.startsWith('/my-family/calendar/');
  const family: NavItem = {
    to: '/my-family',
    label: t(m.yourFamily),
    current: onCalendar ? undefined : current(pathname, '/my-family', true),
  };
  if (kind === 'network_member')
    return [family, { to: '/my-plan/shared', label: t(m.plansSharedWithYou), current: current(pathname, '/my-plan/shared', false) }];
  // A parent who lives elsewhere (issue 13 §6): the children's plans and what was shared with him, and what is written
  // about the children and himself; "Who has looked" and the sharing choices are the other parent's.
  if (kind === 'other_parent')
    return [
      family,
      { to: '/my-plan/children', label: t(m.yourChildrensPlans), current: current(pathname, '/my-plan/children', false) },
      { to: '/my-plan/shared', label: t(m.sharedWithYou), current: current(pathname, '/my-plan/shared', false) },
      { to: '/my-record', label: t(m.yourRecord), current: current(pathname, '/my-record', false) },
    ];
  // Her calendar of visits and appointments (issue 17) is the parent's alone.
  const calendar: NavItem[] =
    kind === 'parent'
      ? [{ to: '/my-family/calendar', label: t(m.yourCalendar), current: current(pathname, '/my-family/calendar', true) }]
      : [];
  return [
    family,
    ...calendar,
    { to: '/my-plan', label: t(kind === 'parent' ? m.yourPlans : m.yourPlan), current: current(pathname, '/my-plan', true) },
    { to: '/my-record', label: t(m.yourRecord), current: current(pathname, '/my-record', false) },
    { to: '/my-record/access', label: t(m.whoHasLooked), current: current(pathname, '/my-record/access', false) },
    { to: '/my-information', label: t(m.yourInformation), current: current(pathname, '/my-information', false) },
  ];
}
