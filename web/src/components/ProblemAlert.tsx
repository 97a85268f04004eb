import { Alert, List } from '@mantine/core';
import type { FormProblem } from './form-problems';
import { IconAlert } from './icons';

export function ProblemAlert({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={problem.message}>
      {problem.unplaced.length > 0 && (
        <List size="sm">
          {problem.unplaced.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
