// Insights: the chart figures, exactly as GET /api/v1/insights answers them, and the CSV downloads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from './client';
import type { QueryOf, ResponseOf } from './types';

export type Insights = ResponseOf<'/api/v1/insights'>;
export type InsightChart = NonNullable<QueryOf<'/api/v1/insights'>['chart']>;
export interface InsightRange {
  from?: string;
  to?: string;
}

export function useInsights(range: InsightRange) {
  return useQuery({
    queryKey: ['insights', range.from ?? '', range.to ?? ''],
    queryFn: ({ signal }) => api.get('/api/v1/insights', { query: range, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The address of one chart's CSV; the session cookie authorises it, so a plain link downloads it. */
export function insightsCsvUrl(range: { from: string; to: string }, chart?: InsightChart): string {
  return `/api/v1/insights?${queryString({ ...range, format: 'csv', chart })}`;
}
