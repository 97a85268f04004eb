// Imports: look at a file (inspect), start an import (multipart upload), follow its progress, read its
// per-record report, and list past imports.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client';
import { nextPageParam } from './paging';
import type { ColumnMapping, ImportFormat, ImportJob, QueryOf } from './types';

export const importKeys = {
  list: ['imports', 'list'] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  records: (id: string, outcome: RecordFilter, cursor: string | undefined) =>
    ['imports', 'records', id, outcome, cursor ?? ''] as const,
};

export type RecordFilter = NonNullable<QueryOf<'/api/v1/imports/{id}/records'>['outcome']>;

/** Statuses after which an import changes no more. */
export const FINISHED: ImportJob['status'][] = ['succeeded', 'failed', 'interrupted'];

export function useInspect() {
  return useMutation({
    mutationFn: ({ file, format }: { file: File; format?: ImportFormat }) =>
      api.post('/api/v1/imports/inspect', { form: { format, file } }),
  });
}

export interface StartImport {
  file: File;
  format?: ImportFormat;
  dryRun: boolean;
  keepPhotos: boolean;
  mapping?: ColumnMapping;
  defaultRegion?: string;
}

export function useStartImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: StartImport) =>
      api.post('/api/v1/imports', {
        form: {
          format: s.format,
          dryRun: s.dryRun ? 'true' : 'false',
          keepPhotos: s.keepPhotos ? 'true' : 'false',
          mapping: s.mapping ? JSON.stringify(s.mapping) : undefined,
          defaultRegion: s.defaultRegion || undefined,
          file: s.file,
        },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: importKeys.list }),
  });
}

/** One import, polled while it runs; when it finishes, everything that shows people is refreshed. */
export function useImport(id: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: async ({ signal }) => {
      const job = await api.get('/api/v1/imports/{id}', { path: { id }, signal });
      if (FINISHED.includes(job.status) && !job.dryRun) {
        void qc.invalidateQueries({ queryKey: ['people'] });
        void qc.invalidateQueries({ queryKey: ['tags'] });
        void qc.invalidateQueries({ queryKey: importKeys.list });
      }
      return job;
    },
    refetchInterval: (q) => (q.state.data && FINISHED.includes(q.state.data.status) ? false : 400),
  });
}

export function useImportRecords(
  id: string,
  outcome: RecordFilter,
  cursor: string | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: importKeys.records(id, outcome, cursor),
    queryFn: ({ signal }) =>
      api.get('/api/v1/imports/{id}/records', {
        path: { id },
        query: { outcome, cursor, limit: 25 },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Past imports, newest first, a page at a time; under the list's key, so starting or finishing one refreshes it. */
export function usePastImports(pageSize: number) {
  return useInfiniteQuery({
    queryKey: [...importKeys.list, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/imports', { query: { limit: pageSize, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}
