import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { usePerson, useUpdatePerson } from '../api/people';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { PersonForm } from '../components/person-form/PersonForm';
import { fromPerson } from '../components/person-form/values';

export default function PersonEditPage() {
  const id = useParams().id!;
  const person = usePerson(id);
  const update = useUpdatePerson(id);
  const navigate = useNavigate();

  if (person.isPending) return <PageLoader />;
  if (person.isError) return <LoadError error={person.error} />;

  return (
    <Stack gap={0} maw={860} mx="auto">
      <PageHeader title={`Edit ${person.data.name}`} />
      <PersonForm
        key={person.data.id}
        initialValues={fromPerson(person.data)}
        submitLabel="Save changes"
        onCancel={() => navigate(`/people/${id}`)}
        onSubmit={async (body) => {
          const saved = await update.mutateAsync(body);
          notifications.show({ color: 'pine', message: `Saved changes to ${saved.name}` });
          navigate(`/people/${id}`);
        }}
      />
    </Stack>
  );
}
