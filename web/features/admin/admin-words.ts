// Plain words for the administrator console: roles, account states, organisation kinds and mail.
import type { StaffRole } from '../../../shared/domain/accounts.ts';
import { ORGANISATION_KINDS } from '../../../shared/domain/care-team-roles.ts';
import type { TagColour } from '../../ui/tag.tsx';

export const ROLE_WORDS: Record<StaffRole, { label: string; hint: string }> = {
  practitioner: { label: 'Practitioner', hint: 'Works with families on their care teams' },
  team_manager: { label: 'Team manager', hint: 'Works with families and manages a team’s work' },
  information_governance_lead: { label: 'Information governance lead', hint: 'Reviews sharing, access and the audit log' },
  administrator: { label: 'Administrator', hint: 'Manages this organisation’s teams and workers' },
  platform_administrator: {
    label: 'Platform administrator',
    hint: 'Adds organisations and manages every organisation’s workers. Sees no family',
  },
  service_manager: { label: 'Service manager', hint: 'Works with families and reads insights across all of this organisation’s teams' },
};

export const STATUS_WORDS: Record<'invited' | 'active' | 'deactivated', { label: string; colour: TagColour }> = {
  invited: { label: 'Invited', colour: 'yellow' },
  active: { label: 'Active', colour: 'green' },
  deactivated: { label: 'Deactivated', colour: 'grey' },
};

export const kindWords = (kind: keyof typeof ORGANISATION_KINDS): string => ORGANISATION_KINDS[kind];

export const MAIL_WORDS: Record<'invitation' | 'password_reset' | 'something_new' | 'second_factor_reset', string> = {
  invitation: 'Invitation',
  password_reset: 'Choose a new password',
  something_new: 'Something new',
  second_factor_reset: 'Set up the authenticator again',
};

export const MAIL_STATUS_WORDS: Record<'queued' | 'sent' | 'held' | 'failed', string> = {
  queued: 'Waiting to be sent',
  sent: 'Sent',
  held: 'Not sent: no email server is set up',
  failed: 'Could not be sent',
};

/** A username proposed from a full name: "Grace Adebayo" → "grace.adebayo" (letters and digits only). */
export function proposeUsername(fullName: string): string {
  const parts = fullName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const name = parts.length > 1 ? `${parts[0]}.${parts[parts.length - 1]}` : (parts[0] ?? '');
  return name.slice(0, 40);
}

/** The full address of a one-time link, for handing over in person. */
export const fullLink = (path: string): string => `${window.location.origin}${path}`;
