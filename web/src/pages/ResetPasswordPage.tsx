// Where the emailed link lands. Opening it changes nothing: the token (in the URL's fragment, so it never
// reaches a server log) is sent only when the new password is submitted.
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { useConfirmPasswordReset } from '../api/session';
import { applyProblem, type FormProblem } from '../components/form-problems';
import { ProblemAlert } from '../components/ProblemAlert';

export default function ResetPasswordPage() {
  useDocumentTitle('Set a new password · Linchpin');
  const token = new URLSearchParams(useLocation().hash.replace(/^#/, '')).get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (v) => (v.length < 10 ? 'Use at least 10 characters' : null),
      repeat: (v, values) => (v === values.password ? null : 'The two passwords differ'),
    },
  });
  const submit = form.onSubmit(({ password }) => {
    setProblem(null);
    confirm.mutate(
      { token, password },
      { onSuccess: () => setDone(true), onError: (e) => setProblem(applyProblem(form, e)) },
    );
  });

  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Title order={1} fz="h2">
          Set a new password
        </Title>
        {done ? (
          <Alert color="green" variant="light" title="Your password is set" role="status">
            Every session of your account was signed out.{' '}
            <Anchor component={Link} to="/signin" inherit>
              Sign in
            </Anchor>{' '}
            with the new password.
          </Alert>
        ) : !token ? (
          <Alert color="red" variant="light" title="This link is incomplete" role="alert">
            Open the link from the email exactly as it is, or{' '}
            <Anchor component={Link} to="/forgot-password" inherit>
              ask for a new one
            </Anchor>
            .
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <ProblemAlert problem={problem} />
              {confirm.error instanceof ApiError && confirm.error.status === 410 && (
                <Text fz="sm">
                  <Anchor component={Link} to="/forgot-password">
                    Ask for a new link
                  </Anchor>
                </Text>
              )}
              <PasswordInput
                label="New password"
                description="At least 10 characters, not a common password"
                autoComplete="new-password"
                required
                autoFocus
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label="The same again"
                autoComplete="new-password"
                required
                {...form.getInputProps('repeat')}
              />
              <Button type="submit" loading={confirm.isPending} fullWidth>
                Set the password
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
