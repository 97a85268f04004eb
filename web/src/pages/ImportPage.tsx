// Import contacts: drop or choose a file, see what it holds (format, records, columns), choose the
// options, and start; the import's own page then shows its progress and report.
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { useInspect, useStartImport } from '../api/imports';
import type { ImportFormat, InspectResult } from '../api/types';
import { FileDrop } from '../components/imports/FileDrop';
import { ImportSetup } from '../components/imports/ImportSetup';
import { PastImports } from '../components/imports/PastImports';
import { PageHeader } from '../components/PageHeader';
import { ProblemAlert } from '../components/ProblemAlert';

export default function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<InspectResult | null>(null);
  const [overridden, setOverridden] = useState(false);
  const inspect = useInspect();
  const start = useStartImport();
  const navigate = useNavigate();

  const look = (f: File, format?: ImportFormat) => {
    setFile(f);
    start.reset();
    inspect.mutate(
      { file: f, format },
      {
        onSuccess: (result) => {
          setInspection(result);
          setOverridden(Boolean(format));
        },
        onError: () => {
          if (!format) setInspection(null);
        },
      },
    );
  };
  const reset = () => {
    setFile(null);
    setInspection(null);
    inspect.reset();
    start.reset();
  };
  const error = inspect.error ?? start.error;

  return (
    <Stack gap="md" maw={960} mx="auto">
      <PageHeader
        title="Import contacts"
        description="From your phone, LinkedIn, Google or Outlook. Importing the same file again adds nothing twice."
      />
      {error && <ProblemAlert problem={{ message: errorMessage(error), unplaced: [] }} />}
      {file && inspection ? (
        <ImportSetup
          key={`${file.name}:${file.size}:${file.lastModified}:${inspection.format}`}
          file={file}
          inspection={inspection}
          overridden={overridden}
          onFormat={(format) => look(file, format)}
          onCancel={reset}
          starting={start.isPending}
          reinspecting={inspect.isPending}
          onStart={(s) =>
            // The import's page follows its progress: go there as soon as the server has accepted it
            // (a promise, so the page goes even if this one re-rendered in between; errors show above).
            start
              .mutateAsync(s)
              .then((job) => navigate(`/import/${job.id}`))
              .catch(() => {})
          }
        />
      ) : (
        <FileDrop onFile={(f) => look(f)} busy={inspect.isPending} />
      )}
      <PastImports />
    </Stack>
  );
}
