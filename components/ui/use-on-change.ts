// `useEffect` that skips the first render: for reacting to a value changing, not to it being set.
import { useEffect, useRef } from 'preact/hooks';

export function useOnChange(effect: () => void, deps: readonly unknown[]): void {
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) effect();
    else mounted.current = true;
    // The caller's deps decide when this runs, as with useEffect.
  }, deps);
}
