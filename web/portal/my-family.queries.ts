// The signed-in parent's, young person's or network member's own family, in the words written for them.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';
import type { FamilyOverview } from '../api/types.ts';

export const myFamilyQuery = queryOptions({
  queryKey: ['portal', 'my-family'],
  queryFn: ({ signal }) => apiGet<FamilyOverview>('/api/portal/my-family', signal),
});
