// Submitting a Mantine form to the server: client checks first, then the server's field errors inline.
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { type ApplyOptions, applyProblem, type FormProblem, focusFirstInvalid } from './form-problems';

// biome-ignore lint/suspicious/noExplicitAny: the validation rules' type does not matter here
type FormOf<V, T> = UseFormReturnType<V, T, any>;

export function useServerSubmit<V, T>(
  form: FormOf<V, T>,
  submit: (values: T) => Promise<unknown>,
  options?: ApplyOptions,
) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const onSubmit = form.onSubmit(
    async (values) => {
      setProblem(null);
      setSaving(true);
      try {
        await submit(values);
      } catch (error) {
        setProblem(applyProblem(form, error, options));
      } finally {
        setSaving(false);
      }
    },
    () => focusFirstInvalid(),
  );
  return { onSubmit, problem, saving };
}
