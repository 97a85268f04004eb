// The button under a paged list: shown while the server has more, busy while the next page loads.
import { Button, Group } from '@mantine/core';

interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function LoadMore({
  list,
  label = 'Load more',
  centered = true,
}: {
  list: PagedList;
  label?: string;
  centered?: boolean;
}) {
  if (!list.hasNextPage) return null;
  const button = (
    <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
      {label}
    </Button>
  );
  return centered ? <Group justify="center">{button}</Group> : button;
}
