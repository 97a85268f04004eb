// Email + password form shared by setup, sign-in and sign-up, with the server's field errors inline.
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { CredentialsBody } from '../api/session';
import type { SessionInfo } from '../api/types';
import { applyProblem, type FormProblem } from './form-problems';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  mutation: UseMutationResult<SessionInfo, Error, CredentialsBody>;
  submitLabel: string;
  /** New accounts get a password hint and the browser's "new-password" autocomplete. */
  newPassword?: boolean;
  /** Sign-up: also ask (optionally) for the name emails are signed with. */
  withName?: boolean;
}

export function CredentialsForm({ mutation, submitLabel, newPassword = false, withName = false }: Props) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<CredentialsBody>({
    initialValues: { email: '', password: '', ...(withName ? { name: '' } : {}) },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter your email address, like name@example.com'),
      password: (v) =>
        v.length === 0
          ? 'Enter a password'
          : newPassword && v.length < 10
            ? 'Use at least 10 characters'
            : null,
    },
  });

  const submit = form.onSubmit(({ name, ...values }) => {
    setProblem(null);
    const body = name?.trim() ? { ...values, name: name.trim() } : values;
    mutation.mutate(body, { onError: (e) => setProblem(applyProblem(form, e)) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <TextInput
          label="Email"
          type="email"
          autoComplete={newPassword ? 'email' : 'username'}
          required
          data-autofocus
          autoFocus
          {...form.getInputProps('email')}
        />
        {withName && (
          <TextInput
            label="Your name (optional)"
            description="Signs the emails you send through Linchpin. You can set it later in Settings."
            autoComplete="name"
            maxLength={100}
            {...form.getInputProps('name')}
          />
        )}
        <PasswordInput
          label="Password"
          autoComplete={newPassword ? 'new-password' : 'current-password'}
          description={newPassword ? 'At least 10 characters, not a common password' : undefined}
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
