import { Select, type SelectProps } from '@mantine/core';
import { options } from '../../lib/labels';

/** The status of a need or offer, offered only when editing: a new one starts in its default status. */
export function StatusSelect<S extends string>({
  labels,
  ...props
}: { labels: Record<S, string> } & Omit<SelectProps, 'label' | 'data' | 'allowDeselect'>) {
  return (
    <Select
      label="Status"
      data={options(labels)}
      allowDeselect={false}
      {...props}
      w={{ base: '100%', xs: 220 }}
    />
  );
}
