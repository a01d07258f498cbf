// A family's sharing overview for the professionals on its care team (the route loads it, so it is kept apart from the writes).
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { SharingOverview } from '../../api/sharing.types.ts';

export const familySharingQuery = (familyId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'sharing'],
    queryFn: ({ signal }) => apiGet<SharingOverview>(`/api/families/${encodeURIComponent(familyId)}/sharing`, signal),
  });
