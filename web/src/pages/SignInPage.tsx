import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, Navigate } from 'react-router';
import { useSession, useSignIn } from '../api/session';
import { CredentialsForm } from '../components/CredentialsForm';

export default function SignInPage() {
  useDocumentTitle('Sign in · Linchpin');
  const session = useSession();
  const signIn = useSignIn();
  if (session.data?.setupRequired) return <Navigate to="/setup" replace />;
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz="h2">
            Sign in
          </Title>
          <Text c="dimmed" mt={4}>
            Welcome back. Your network is waiting.
          </Text>
        </div>
        <CredentialsForm mutation={signIn} submitLabel="Sign in" />
        <Text fz="sm" ta="center">
          <Anchor component={Link} to="/forgot-password">
            Forgot your password?
          </Anchor>
        </Text>
        {session.data?.signupsAllowed && (
          <Text fz="sm" ta="center">
            New here?{' '}
            <Anchor component={Link} to="/signup">
              Create an account
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
