// Propose an introduction. Opened from a person ("Introduce…": ?a=), a need ("Find a provider":
// ?a=&need=) or the pipeline (no one chosen yet).
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { useProposeIntroduction } from '../api/introductions';
import { usePerson } from '../api/people';
import { ProposeForm } from '../components/intro/ProposeForm';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';

export default function IntroductionNewPage() {
  const [params] = useSearchParams();
  const aId = params.get('a') ?? '';
  const bId = params.get('b') ?? '';
  const needId = params.get('need') ?? '';
  const a = usePerson(aId);
  const b = usePerson(bId);
  const need = useQuery({
    queryKey: ['need', needId],
    queryFn: ({ signal }) => api.get('/api/v1/needs/{id}', { path: { id: needId }, signal }),
    enabled: Boolean(needId),
  });
  const propose = useProposeIntroduction();
  const navigate = useNavigate();

  const loading = (aId && a.isPending) || (bId && b.isPending) || (needId && need.isPending);
  const failed = (aId && a.error) || (bId && b.error) || (needId && need.error);

  const title = needId ? 'Find a provider' : 'Propose an introduction';
  return (
    <Stack gap={0} maw={1100} mx="auto">
      <PageHeader
        title={title}
        description="Nobody is contacted until you start asking; each person says yes before anything is shared."
      />
      {loading ? (
        <PageLoader />
      ) : failed ? (
        <LoadError error={failed} />
      ) : (
        <ProposeForm
          key={`${aId}:${bId}:${needId}`}
          initialA={aId ? (a.data ?? null) : null}
          initialB={bId ? (b.data ?? null) : null}
          need={needId ? (need.data ?? null) : null}
          onSubmit={async (body, start) => {
            const created = await propose.mutateAsync(body);
            // Asking starts only from the review of the exact email(s), never straight from this form.
            navigate(`/introductions/${created.id}${start ? '?review=request' : ''}`);
          }}
        />
      )}
    </Stack>
  );
}
