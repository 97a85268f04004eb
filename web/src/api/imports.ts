// Imports: look at a file (inspect), start an import (multipart upload), follow its progress, read its
// per-record report, and list past imports.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import type {
  ColumnMapping,
  ImportDetail,
  ImportFormat,
  ImportJob,
  ImportRecordReport,
  InspectResult,
  Page,
} from './types';

export const importKeys = {
  list: ['imports', 'list'] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  records: (id: string, outcome: RecordFilter, cursor: string | undefined) =>
    ['imports', 'records', id, outcome, cursor ?? ''] as const,
};

export type RecordFilter = 'attention' | 'all' | 'created' | 'merged' | 'skipped' | 'failed';

/** Statuses after which an import changes no more. */
export const FINISHED: ImportJob['status'][] = ['succeeded', 'failed', 'interrupted'];

export function useInspect() {
  return useMutation({
    mutationFn: ({ file, format }: { file: File; format?: ImportFormat }) => {
      const form = new FormData();
      if (format) form.append('format', format);
      form.append('file', file, file.name);
      return request<InspectResult>('POST', '/api/v1/imports/inspect', { form });
    },
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
    mutationFn: (s: StartImport) => {
      const form = new FormData();
      if (s.format) form.append('format', s.format);
      form.append('dryRun', String(s.dryRun));
      form.append('keepPhotos', String(s.keepPhotos));
      if (s.mapping) form.append('mapping', JSON.stringify(s.mapping));
      if (s.defaultRegion) form.append('defaultRegion', s.defaultRegion);
      form.append('file', s.file, s.file.name);
      return request<ImportJob>('POST', '/api/v1/imports', { form });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: importKeys.list }),
  });
}

/** One import, polled while it runs; when it finishes, everything that shows people is refreshed. */
export function useImport(id: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: async ({ signal }) => {
      const job = await request<ImportDetail>('GET', `/api/v1/imports/${encodeURIComponent(id)}`, { signal });
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
      request<Page<ImportRecordReport>>('GET', `/api/v1/imports/${encodeURIComponent(id)}/records`, {
        query: { outcome, cursor, limit: 25 },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useImports() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: ({ signal }) =>
      request<Page<ImportJob>>('GET', '/api/v1/imports', { query: { limit: 20 }, signal }),
    select: (d) => d.items,
  });
}
