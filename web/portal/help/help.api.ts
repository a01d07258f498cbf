// The family's calls for asking for help (issue 14 §1): the help page, sending, and "Who I want to hear from".
import { queryOptions } from '@tanstack/react-query';
import type { HelpRequestInput, HelpRequestView, HelpSettings, HelpSettingsInput, PortalHelp } from '../../../shared/contracts/help.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { HelpRequestInput, HelpRequestView, HelpSettings, PortalHelp };

export const helpQuery = queryOptions({
  queryKey: ['portal', 'help'],
  queryFn: ({ signal }) => apiGet<PortalHelp>('/api/portal/help', signal),
});

export const helpSettingsQuery = queryOptions({
  queryKey: ['portal', 'help', 'settings'],
  queryFn: ({ signal }) => apiGet<HelpSettings>('/api/portal/help/settings', signal),
});

/** Sent with an idempotency key: a retried send of the same words makes one request. */
export const sendHelpRequest = (body: HelpRequestInput, key: string) =>
  apiPost<HelpRequestView>('/api/portal/help', body, { headers: { 'idempotency-key': key } });

export const saveHelpSettings = (body: HelpSettingsInput) => apiPut<HelpSettings>('/api/portal/help/settings', body);
