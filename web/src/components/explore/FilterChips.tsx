'use client';
/** Active filters as removable chips, and "Clear all". */
import { filterChips, resetFilters } from '@/lib/filters';
import type { ExploreState } from '@/lib/url-state';
import type { StateUpdate } from './useUrlState';
import type { Labeler } from './useVocabulary';

export function FilterChips({
  state,
  labelOf,
  update,
}: {
  state: ExploreState;
  labelOf: Labeler;
  update: (next: StateUpdate) => void;
}) {
  const chips = filterChips(state, labelOf);
  if (chips.length === 0) return <p className="chips chips-empty muted">No filters: showing the whole dataset.</p>;
  return (
    <ul className="chips" aria-label="Active filters" data-testid="filter-chips">
      {chips.map((chip) => (
        <li key={chip.id}>
          <button
            type="button"
            className="chip"
            onClick={() => update(chip.remove)}
            aria-label={`Remove filter ${chip.group}: ${chip.label}`}
            data-chip={chip.id}
          >
            <span className="chip-group">{chip.group}</span> {chip.label}
            <span className="chip-x" aria-hidden="true">
              ×
            </span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={() => update(resetFilters)} data-testid="clear-filters">
          Clear all
        </button>
      </li>
    </ul>
  );
}
