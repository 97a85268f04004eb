import { useState } from 'react';

type Mode = 'add' | 'edit' | 'delete';

interface State<T> {
  mode: Mode;
  item: T | null;
  opened: boolean;
  /** Bumped on every opening so a reopened form starts fresh. */
  generation: number;
}

/**
 * Which dialog of a person-page section is open: add, edit one item, or confirm deleting one. Closing
 * keeps the mode and item, so a dialog does not change its title or content while it fades out.
 */
export function useItemDialogs<T>() {
  const [state, setState] = useState<State<T>>({ mode: 'add', item: null, opened: false, generation: 0 });
  const open = (mode: Mode, item: T | null) =>
    setState((s) => ({ mode, item, opened: true, generation: s.generation + 1 }));
  return {
    /** The add/edit form dialog is open. */
    formOpened: state.opened && state.mode !== 'delete',
    deleteOpened: state.opened && state.mode === 'delete',
    /** The item being edited (null when adding). */
    editing: state.mode === 'edit' ? state.item : null,
    deleting: state.mode === 'delete' ? state.item : null,
    formKey: `${state.mode}-${state.generation}`,
    add: () => open('add', null),
    edit: (item: T) => open('edit', item),
    remove: (item: T) => open('delete', item),
    close: () => setState((s) => ({ ...s, opened: false })),
  };
}
