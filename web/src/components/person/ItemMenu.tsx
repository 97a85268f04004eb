import { ActionIcon, Menu } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconDots, IconEdit, IconTrash } from '../icons';

export interface ItemAction {
  label: string;
  onClick: () => void;
}

/** The "⋯" menu on a need, offer or interaction: edit, any extra actions, delete. */
export function ItemMenu({
  label,
  onEdit,
  onDelete,
  extra = [],
}: {
  label: string;
  onEdit: () => void;
  onDelete: () => void;
  extra?: ItemAction[];
}): ReactNode {
  return (
    <Menu position="bottom-end" shadow="md" width={200}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${label}`}>
          <IconDots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconEdit size={16} />} onClick={onEdit}>
          Edit
        </Menu.Item>
        {extra.map((a) => (
          <Menu.Item key={a.label} onClick={a.onClick}>
            {a.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
