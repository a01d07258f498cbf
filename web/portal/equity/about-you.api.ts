// A family member's calls for "About you": her own equity answers, read and saved (issue 18 §2).
import type { AboutMe, AboutMeInput } from '../../../shared/contracts/equity.ts';
import { apiGet, apiPut } from '../../api/client.ts';

export type { AboutMe };
export const aboutMeQueryKey = ['portal', 'about-me'] as const;

export const aboutMeQuery = {
  queryKey: aboutMeQueryKey,
  queryFn: ({ signal }: { signal?: AbortSignal }) => apiGet<AboutMe>('/api/portal/about-me', signal),
};

export const saveAboutMe = (body: AboutMeInput) => apiPut<AboutMe>('/api/portal/about-me', body);
