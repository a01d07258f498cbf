// The insights calls (issue 18 §2): the list of insights with whose caseload they count, and one insight's view.
import { queryOptions } from '@tanstack/react-query';
import type { InsightsIndex, InsightsQuery, InsightView } from '../../../shared/contracts/insights.ts';
import { apiGet } from '../../api/client.ts';
import { insightPath, insightQueryString } from './insights.format.ts';

export type { InsightsIndex, InsightView };

export const insightsIndexQuery = queryOptions({
  queryKey: ['insights', 'index'],
  queryFn: ({ signal }) => apiGet<InsightsIndex>('/api/insights', signal),
});

export const insightViewQuery = (insight: string, q: InsightsQuery) =>
  queryOptions({
    queryKey: ['insights', insight, insightQueryString(q)],
    queryFn: ({ signal }) => apiGet<InsightView>(insightPath(insight, q), signal),
  });
