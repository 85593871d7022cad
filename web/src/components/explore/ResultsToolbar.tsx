'use client';
/** Above the table: how many match, the view, the order, columns, the query and export. */
import { useId } from 'react';
import { SORT_FIELDS, SORT_LABELS, type View } from '@/lib/explore-views';
import type { ExploreState, SortKey } from '@/lib/url-state';
import { ColumnChooser } from './ColumnChooser';
import { ExportMenu } from './ExportMenu';
import { formatCount } from './format';
import { QueryMenu } from './QueryMenu';

interface Props {
  state: ExploreState;
  totalCount: number | null;
  busy: boolean;
  visibleColumns: readonly string[];
  onView: (view: View) => void;
  onSort: (sort: SortKey | null) => void;
  onColumns: (cols: string[] | null) => void;
}

export function ResultsToolbar({ state, totalCount, busy, visibleColumns, onView, onSort, onColumns }: Props) {
  const sortId = useId();
  const noun = state.view === 'reads' ? (totalCount === 1 ? 'read' : 'reads') : totalCount === 1 ? 'image' : 'images';
  // The API's default order is the first option; it is not listed a second time.
  const defaultField = state.search ? 'RELEVANCE' : 'ID';
  const fields = SORT_FIELDS[state.view].filter((f) => f !== defaultField && f !== 'RELEVANCE');
  const sort = state.sort;
  return (
    <div className="results-toolbar">
      <p className="result-count" aria-live="polite" aria-busy={busy}>
        <span className="result-count-number" data-testid="total-count">
          {formatCount(totalCount)}
        </span>{' '}
        <span className="result-count-noun">{noun}</span>
        <span className={`spinner${busy ? ' is-on' : ''}`} aria-hidden="true" />
      </p>
      <div className="view-switch" role="group" aria-label="Show results as">
        {(['reads', 'images'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={state.view === v}
            onClick={() => onView(v)}
            data-testid={`view-${v}`}
          >
            {v === 'reads' ? 'Reads' : 'Images'}
          </button>
        ))}
      </div>
      <div className="sort-control">
        <label htmlFor={sortId}>Sort</label>
        <select
          id={sortId}
          value={sort && sort.field !== defaultField ? sort.field : ''}
          onChange={(e) =>
            onSort(
              e.target.value
                ? {
                    field: e.target.value,
                    direction: e.target.value === 'RELEVANCE' ? 'DESC' : (sort?.direction ?? 'ASC'),
                  }
                : null,
            )
          }
        >
          <option value="">{SORT_LABELS[defaultField]} (default)</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {SORT_LABELS[f] ?? f}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button icon-button"
          disabled={!sort || sort.field === 'RELEVANCE'}
          onClick={() => sort && onSort({ ...sort, direction: sort.direction === 'ASC' ? 'DESC' : 'ASC' })}
          aria-label={
            sort?.direction === 'DESC' ? 'Descending: switch to ascending' : 'Ascending: switch to descending'
          }
          title={sort?.direction === 'DESC' ? 'Descending' : 'Ascending'}
        >
          {sort?.direction === 'DESC' ? '↓' : '↑'}
        </button>
      </div>
      <div className="toolbar-end">
        <ColumnChooser view={state.view} visible={visibleColumns} onChange={onColumns} />
        <QueryMenu state={state} />
        <ExportMenu state={state} />
      </div>
    </div>
  );
}
