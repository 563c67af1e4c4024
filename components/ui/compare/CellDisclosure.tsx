// A matrix cell that shows more on hover or keyboard focus: a button (Tab reaches it; its
// aria-expanded says whether the panel shows, aria-describedby reads the words in it) and a
// floating panel that is part of the cell, so the pointer and focus can move into its link.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OpenCellEvent } from './open-cell';
import { panelPosition } from './panel-position';

export interface CellDisclosureProps {
  /** Unique in the page: the panel's id is built from it. */
  id: string;
  open: boolean;
  /** What the button shows (an icon and a word). */
  label: ComponentChildren;
  /** Read before the label by screen readers, e.g. the outlet's name: Tab alone gives no column header. */
  context: string;
  /** Ids of the elements in the panel that describe the button (the quote, the note). */
  describedBy?: string;
  onEvent: (event: OpenCellEvent) => void;
  children: ComponentChildren;
}

export const panelIdOf = (id: string) => `${id}-panel`;

export function CellDisclosure({ id, open, label, context, describedBy, onEvent, children }: CellDisclosureProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Whether the button had the focus before this click's mousedown moved it there.
  const focusedBeforeClick = useRef(false);
  const send = (type: OpenCellEvent['type']) => onEvent({ type, cell: id });

  useLayoutEffect(() => {
    const a = anchor.current;
    const p = panel.current;
    if (!open || !a || !p) return;
    const place = () => {
      const { top, left } = panelPosition(a.getBoundingClientRect(), p.getBoundingClientRect(), { width: innerWidth, height: innerHeight });
      p.style.top = `${top}px`;
      p.style.left = `${left}px`;
    };
    place();
    // Scrolling the page or the matrix moves the cell: the panel follows.
    addEventListener('scroll', place, true);
    addEventListener('resize', place);
    return () => {
      removeEventListener('scroll', place, true);
      removeEventListener('resize', place);
    };
  }, [open]);

  return (
    <div
      ref={anchor}
      class={open ? 'cell cell--open' : 'cell'}
      onMouseEnter={() => send('enter')}
      onMouseLeave={() => send('leave')}
      onFocusIn={() => send('focus')}
      onFocusOut={(event) => {
        if (!anchor.current?.contains(event.relatedTarget as Node | null)) send('blur');
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          send('escape');
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        class="cell__button"
        aria-expanded={open}
        aria-controls={panelIdOf(id)}
        aria-describedby={describedBy}
        onMouseDown={() => (focusedBeforeClick.current = document.activeElement === button.current)}
        onClick={(event) => {
          // A keyboard press (detail 0) or a second click closes; the click that brought the focus keeps it open.
          const toggles = event.detail === 0 || focusedBeforeClick.current;
          focusedBeforeClick.current = false;
          send(toggles ? 'toggle' : 'focus');
        }}
      >
        <span class="visually-hidden">{context}: </span>
        {label}
      </button>
      <div ref={panel} id={panelIdOf(id)} class="cell__panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
