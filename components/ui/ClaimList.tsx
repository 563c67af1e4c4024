// The claims as a list of expandable rows. Up and Down move focus between the rows' buttons,
// Home and End to the first and last; Tab still reaches every control in order.
import type { JSX } from 'preact';
import type { ClaimView } from './claim-view-model';
import { ClaimRow } from './ClaimRow';

export interface ClaimListProps {
  claims: readonly ClaimView[];
  expanded: ReadonlySet<string>;
  onToggle: (claimId: string) => void;
  onJump?: (claimId: string) => void;
  /** Id of the heading that names the list. */
  labelledBy: string;
  /** Said instead of the list when no claim is left to show. */
  emptyMessage: string;
}

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

function moveFocus(event: JSX.TargetedKeyboardEvent<HTMLUListElement>): void {
  const target = event.target;
  if (!NAVIGATION_KEYS.has(event.key) || !(target instanceof HTMLElement) || !target.matches('[data-claim-toggle]')) return;
  const toggles = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-claim-toggle]')];
  const at = toggles.indexOf(target as HTMLButtonElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? toggles.length - 1
        : Math.min(toggles.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  toggles[next]?.focus();
}

export function ClaimList({ claims, expanded, onToggle, onJump, labelledBy, emptyMessage }: ClaimListProps) {
  if (claims.length === 0) return <p class="claim-list__empty">{emptyMessage}</p>;
  return (
    <ul class="claim-list" aria-labelledby={labelledBy} onKeyDown={moveFocus}>
      {claims.map((view) => (
        <ClaimRow
          key={view.claim.id}
          view={view}
          expanded={expanded.has(view.claim.id)}
          onToggle={onToggle}
          onJump={onJump}
        />
      ))}
    </ul>
  );
}
