import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, Navigate } from 'react-router';
import { useSession, useSignUp } from '../api/session';
import { CredentialsForm } from '../components/CredentialsForm';
import { IconLock } from '../components/icons';

export default function SignUpPage() {
  useDocumentTitle('Create an account · Linchpin');
  const session = useSession();
  const signUp = useSignUp();
  if (session.data?.setupRequired) return <Navigate to="/setup" replace />;
  const allowed = session.data?.signupsAllowed ?? false;
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz="h2">
            Create an account
          </Title>
          <Text c="dimmed" mt={4}>
            Each account is its own private network: nobody else sees your people.
          </Text>
        </div>
        {allowed ? (
          <CredentialsForm mutation={signUp} submitLabel="Create account" newPassword withName />
        ) : (
          <Alert icon={<IconLock />} title="Sign-ups are closed" color="gray" variant="light">
            The owner of this Linchpin has not opened it to new accounts. Ask them to turn on “Allow sign-ups”
            in Settings, or to create an account for you.
          </Alert>
        )}
        <Text fz="sm" ta="center">
          Already have an account?{' '}
          <Anchor component={Link} to="/signin">
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
