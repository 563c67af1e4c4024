import { describe, expect, it } from 'vitest';
import { NO_OPEN_CELL, nextOpenCell, openCell, type OpenCellEvent, type OpenCellState } from './open-cell';

const run = (...events: Array<[OpenCellEvent['type'], string]>): OpenCellState =>
  events.reduce((state, [type, cell]) => nextOpenCell(state, { type, cell }), NO_OPEN_CELL);

describe('open cell', () => {
  it('shows nothing at first', () => {
    expect(openCell(NO_OPEN_CELL)).toBeNull();
  });

  it('shows the cell under the pointer, and closes it when the pointer leaves', () => {
    expect(openCell(run(['enter', 'a']))).toBe('a');
    expect(openCell(run(['enter', 'a'], ['leave', 'a']))).toBeNull();
    expect(openCell(run(['enter', 'a'], ['leave', 'a'], ['enter', 'b']))).toBe('b');
  });

  it('shows the focused cell, and closes it when the focus leaves', () => {
    expect(openCell(run(['focus', 'a']))).toBe('a');
    expect(openCell(run(['focus', 'a'], ['blur', 'a']))).toBeNull();
    // Focus moving within the cell (button to link) keeps it open.
    expect(openCell(run(['focus', 'a'], ['focus', 'a']))).toBe('a');
  });

  it('shows whichever the reader moved last, then the other', () => {
    expect(openCell(run(['focus', 'a'], ['enter', 'b']))).toBe('b');
    expect(openCell(run(['enter', 'b'], ['focus', 'a']))).toBe('a');
    expect(openCell(run(['focus', 'a'], ['enter', 'b'], ['leave', 'b']))).toBe('a');
    // A stale leave (of a cell the pointer already left) changes nothing.
    expect(openCell(run(['enter', 'b'], ['leave', 'a']))).toBe('b');
  });

  it('closes on a click or Escape, and stays closed until both pointer and focus have left', () => {
    const closed = run(['enter', 'a'], ['focus', 'a'], ['toggle', 'a']);
    expect(openCell(closed)).toBeNull();
    expect(openCell(nextOpenCell(closed, { type: 'leave', cell: 'a' }))).toBeNull();
    expect(openCell(run(['enter', 'a'], ['focus', 'a'], ['toggle', 'a'], ['leave', 'a'], ['blur', 'a'], ['focus', 'a']))).toBe('a');
    expect(openCell(run(['focus', 'a'], ['escape', 'a']))).toBeNull();
    expect(openCell(run(['focus', 'a'], ['escape', 'a'], ['focus', 'a']))).toBeNull();
  });

  it('opens a closed cell again on a second click', () => {
    expect(openCell(run(['focus', 'a'], ['toggle', 'a'], ['toggle', 'a']))).toBe('a');
  });

  it('ignores Escape on a cell that is not open', () => {
    const state = run(['focus', 'a']);
    expect(nextOpenCell(state, { type: 'escape', cell: 'b' })).toBe(state);
  });
});
