import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export default function NotFoundPage() {
  return (
    <Stack gap="sm" align="flex-start" maw={560}>
      <Title order={1} fz="h2">
        Page not found
      </Title>
      <Text c="dimmed">There is nothing at this address. It may have been moved or deleted.</Text>
      <Button component={Link} to="/people" variant="light">
        Go to people
      </Button>
    </Stack>
  );
}
