// The staff directory search of "Add to the care team"; apart from families.queries.ts, which the first load carries.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { StaffMatch } from '../../api/types.ts';

export const staffSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['staff', q],
    queryFn: ({ signal }) => apiGet<{ staff: StaffMatch[] }>(`/api/staff?q=${encodeURIComponent(q)}`, signal),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
