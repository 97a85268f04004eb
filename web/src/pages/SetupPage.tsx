import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate } from 'react-router';
import { useSession, useSignUp } from '../api/session';
import { CredentialsForm } from '../components/CredentialsForm';

/** First run: the first account created becomes the owner of this Linchpin. */
export default function SetupPage() {
  useDocumentTitle('Set up · Linchpin');
  const session = useSession();
  const signUp = useSignUp();
  if (session.data && !session.data.setupRequired) return <Navigate to="/signin" replace />;
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz="h2">
            Welcome to Linchpin
          </Title>
          <Text c="dimmed" mt={4}>
            Create the owner account. As the owner you decide whether anyone else may sign up.
          </Text>
        </div>
        <CredentialsForm mutation={signUp} submitLabel="Create owner account" newPassword withName />
      </Stack>
    </Paper>
  );
}
