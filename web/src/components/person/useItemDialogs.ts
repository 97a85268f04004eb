import { useState } from 'react';

type Dialog<T> = { kind: 'add' } | { kind: 'edit'; item: T } | { kind: 'delete'; item: T } | null;

/** Which dialog of a person-page section is open: add, edit one item, or confirm deleting one. */
export function useItemDialogs<T>() {
  const [dialog, setDialog] = useState<Dialog<T>>(null);
  return {
    adding: dialog?.kind === 'add',
    editing: dialog?.kind === 'edit' ? dialog.item : null,
    deleting: dialog?.kind === 'delete' ? dialog.item : null,
    add: () => setDialog({ kind: 'add' }),
    edit: (item: T) => setDialog({ kind: 'edit', item }),
    remove: (item: T) => setDialog({ kind: 'delete', item }),
    close: () => setDialog(null),
  };
}
