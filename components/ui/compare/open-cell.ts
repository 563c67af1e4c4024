// Which matrix cell shows its words: the one the pointer is over or the one with keyboard focus,
// whichever the reader used last, unless they closed it (a click on its button, or Escape).
// Pure: the matrix keeps this state and feeds it the cells' events.

export interface OpenCellState {
  hover: string | null;
  focus: string | null;
  /** The reader closed this cell; it stays closed until the pointer and focus have both left it. */
  closed: string | null;
  /** Which of hover and focus moved last. */
  last: 'hover' | 'focus';
}

export type OpenCellEvent =
  | { type: 'enter' | 'leave' | 'focus' | 'blur' | 'toggle' | 'escape'; cell: string };

export const NO_OPEN_CELL: OpenCellState = { hover: null, focus: null, closed: null, last: 'focus' };

/** The cell whose words show, or null. */
export function openCell(state: OpenCellState): string | null {
  const candidate = state.last === 'hover' ? (state.hover ?? state.focus) : (state.focus ?? state.hover);
  return candidate !== null && candidate !== state.closed ? candidate : null;
}

/** A closed cell opens again once neither the pointer nor the focus is on it. */
function forget(state: OpenCellState): OpenCellState {
  return state.closed !== null && state.closed !== state.hover && state.closed !== state.focus ? { ...state, closed: null } : state;
}

export function nextOpenCell(state: OpenCellState, event: OpenCellEvent): OpenCellState {
  const { cell } = event;
  switch (event.type) {
    case 'enter':
      return forget({ ...state, hover: cell, last: 'hover' });
    case 'leave':
      return state.hover === cell ? forget({ ...state, hover: null }) : state;
    case 'focus':
      return forget({ ...state, focus: cell, last: 'focus' });
    case 'blur':
      return state.focus === cell ? forget({ ...state, focus: null }) : state;
    case 'toggle':
      // A click: close what shows, or show what the reader closed (and make it the one shown).
      return openCell(state) === cell ? { ...state, closed: cell } : { ...state, closed: null, focus: cell, last: 'focus' };
    case 'escape':
      return openCell(state) === cell ? { ...state, closed: cell } : state;
  }
}
