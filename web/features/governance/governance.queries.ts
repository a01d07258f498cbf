// The information governance lead's review queue (the route loads it, so it is kept apart from the rest of the console's API).
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { ReviewQueue } from '../../api/sharing.types.ts';

export const reviewQueueQuery = queryOptions({
  queryKey: ['governance', 'queue'],
  queryFn: ({ signal }) => apiGet<ReviewQueue>('/api/governance/queue', signal),
});
