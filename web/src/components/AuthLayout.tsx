// Layout for setup, sign-in and sign-up: a centred card. A visitor who is already signed in goes on to
// where they were headed.
import { Box, Center, Container, Stack, Text } from '@mantine/core';
import { Navigate, Outlet, useSearchParams } from 'react-router';
import { useSession } from '../api/session';
import { LoadError, PageLoader } from './Loading';
import { Logo } from './Logo';

/** Only same-site paths, so a crafted ?next= cannot send anyone elsewhere. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function AuthLayout() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.isPending) return <PageLoader />;
  if (session.isError) {
    return (
      <Container size={420} py="xl">
        <LoadError error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (session.data.account) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Box mih="100dvh" bg="var(--mantine-color-body)" py={{ base: 'lg', sm: 60 }} px="md">
      <Center>
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <Logo size={36} />
          </Center>
          <Box component="main" id="main">
            <Outlet />
          </Box>
          <Text c="dimmed" fz="xs" ta="center">
            Linchpin keeps your network in your hands: consent-first introductions, private notes that never
            leave your account.
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
