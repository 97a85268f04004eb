// "Forgot your password?": ask for a link by email. The answer is the same whether or not the address has
// an account; a server that sends no email says how its administrator resets a password instead.
import { Alert, Anchor, Button, Code, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRequestPasswordReset, useSession } from '../api/session';
import { applyProblem, type FormProblem } from '../components/form-problems';
import { ProblemAlert } from '../components/ProblemAlert';

export default function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password · Linchpin');
  const session = useSession();
  const request = useRequestPasswordReset();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter your email address, like name@example.com'),
    },
  });
  const submit = form.onSubmit(({ email }) => {
    setProblem(null);
    request.mutate(email.trim(), {
      onSuccess: () => setSentTo(email.trim()),
      onError: (e) => setProblem(applyProblem(form, e)),
    });
  });
  const byEmail = session.data?.passwordResetByEmail ?? true;

  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz="h2">
            Forgot your password?
          </Title>
          <Text c="dimmed" mt={4}>
            {byEmail
              ? 'Enter the email you sign in with, and we will send you a link to set a new password.'
              : 'This Linchpin sends no email, so whoever runs it sets a new password for you.'}
          </Text>
        </div>
        {!byEmail ? (
          <Text fz="sm">
            On the server, run <Code>linchpin user reset-password --email you@example.com</Code>: it asks for
            the new password and signs out every session of the account.
          </Text>
        ) : sentTo ? (
          <Alert color="green" variant="light" title="Check your email" role="status">
            If an account uses {sentTo}, a link to set a new password is on its way. It works once, for an
            hour.
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <ProblemAlert problem={problem} />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={request.isPending} fullWidth>
                Send the link
              </Button>
            </Stack>
          </form>
        )}
        <Text fz="sm" ta="center">
          <Anchor component={Link} to="/signin">
            Back to sign in
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
