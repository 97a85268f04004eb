// Correcting a request before deciding: the requester's name and email, whom they would like to meet, why,
// and their paragraph, prefilled with what they sent. The server checks each field as the public form
// does and names any it refuses; accepting afterwards drafts from the corrected text.
import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type IntroRequestDetail,
  type IntroRequestEdit,
  useEditRequest,
  useIntroRequest,
} from '../../api/intro-requests';
import { FormActions } from '../FormActions';
import { LoadError, PageLoader } from '../Loading';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

type Values = Required<IntroRequestEdit>;

const required = (label: string) => (v: string) => (v.trim() ? null : `${label} must not be empty`);

function EditRequestForm({
  request,
  onDone,
  onCancel,
}: {
  request: IntroRequestDetail;
  onDone: () => void;
  onCancel: () => void;
}) {
  const edit = useEditRequest();
  const form = useForm<Values>({
    initialValues: {
      requesterName: request.requesterName,
      requesterEmail: request.requesterEmail,
      wantsToMeet: request.wantsToMeet,
      why: request.why,
      aboutRequester: request.aboutRequester,
    },
    validate: {
      requesterName: required('Their name'),
      requesterEmail: required('Their email'),
      wantsToMeet: required('Whom they would like to meet'),
      why: required('Why'),
      aboutRequester: required('Their paragraph'),
    },
  });
  const { onSubmit, problem, saving } = useServerSubmit(form, async (body) => {
    await edit.mutateAsync({ id: request.id, body });
    notifications.show({ color: 'pine', message: 'Request corrected: accepting drafts from it' });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Text fz="sm" c="dimmed">
          Correct what they sent before you decide. Nobody is told about the change.
        </Text>
        <TextInput label="Their name" {...form.getInputProps('requesterName')} />
        <TextInput label="Their email" type="email" {...form.getInputProps('requesterEmail')} />
        <TextInput label="Whom they would like to meet" {...form.getInputProps('wantsToMeet')} />
        <Textarea label="Why" autosize minRows={2} {...form.getInputProps('why')} />
        <Textarea
          label="About them, to forward"
          description="Their pitch in the draft introduction"
          autosize
          minRows={3}
          {...form.getInputProps('aboutRequester')}
        />
        <FormActions submitLabel="Save" saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function EditRequestDialog({
  id,
  opened,
  onClose,
  onSaved,
}: {
  id: string;
  opened: boolean;
  onClose: () => void;
  /** After a successful save (default: close). */
  onSaved?: () => void;
}) {
  const detail = useIntroRequest(id, opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Edit the request" centered size="lg">
      {detail.isPending ? (
        <PageLoader />
      ) : detail.isError ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <EditRequestForm request={detail.data} onDone={onSaved ?? onClose} onCancel={onClose} />
      )}
    </Modal>
  );
}
