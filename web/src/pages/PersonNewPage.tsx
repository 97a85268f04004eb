import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useCreatePerson } from '../api/people';
import { useSession } from '../api/session';
import { PageHeader } from '../components/PageHeader';
import { PersonForm } from '../components/person-form/PersonForm';
import { emptyValues } from '../components/person-form/values';

export default function PersonNewPage() {
  const create = useCreatePerson();
  const navigate = useNavigate();
  const account = useSession().data?.account;
  return (
    <Stack gap={0} maw={860} mx="auto">
      <PageHeader
        title="Add a person"
        description="Only the name is required; you can fill in the rest later."
      />
      <PersonForm
        initialValues={emptyValues(account?.vouchCriteria)}
        submitLabel="Add person"
        onCancel={() => navigate(-1)}
        onSubmit={async (body, { allowDuplicate }) => {
          const person = await create.mutateAsync(allowDuplicate ? { ...body, allowDuplicate } : body);
          notifications.show({ color: 'pine', message: `${person.name} was added` });
          navigate(`/people/${person.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
