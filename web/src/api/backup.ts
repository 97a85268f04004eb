// Export (a download the browser handles) and restoring a JSON backup into an empty account.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ExportFormat } from './types';

/** The address of a download; the session cookie authorises it, so a plain link works. */
export function exportUrl(format: ExportFormat): string {
  return `/api/v1/export?format=${encodeURIComponent(format)}`;
}

export function useRestore() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.post('/api/v1/restore', { form: { file } }),
    // Everything in the account may have changed.
    onSuccess: () => void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' }),
  });
}
