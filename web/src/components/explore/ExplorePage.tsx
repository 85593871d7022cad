'use client';
/**
 * /explore: facets on the left, search + chips + toolbar + table on the right. All state lives
 * in the URL (useUrlState); each state change sends one request for facets and the first page
 * together (useExploreResults), superseding any request still in flight.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImageRowFragment, ReadRowFragment } from '@/generated/graphql';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import { filterChips, resetFilters } from '@/lib/filters';
import { visibleColumns } from '@/lib/explore-views';
import { FacetSidebar } from './FacetSidebar';
import { FilterChips } from './FilterChips';
import { ResultsTable } from './ResultsTable';
import { ResultsToolbar } from './ResultsToolbar';
import { SearchExpansions } from './SearchExpansions';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { UrlProblems } from './UrlProblems';
import { imageColumns, imageHref, readColumns, readHref } from './table-columns';
import { useExploreResults } from './useExploreResults';
import { useUrlState } from './useUrlState';
import { makeLabeler, useVocabulary } from './useVocabulary';
import { formatCount } from './format';
import './explore.css';

export function ExplorePage() {
  const { state, problems, settled, update } = useUrlState();
  const vocabulary = useVocabulary();
  const labelOf = useMemo(() => makeLabeler(vocabulary), [vocabulary]);
  const results = useExploreResults(state, settled);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const searching = state.search !== '';
  // The "matches" column only means something while searching, and for images only once the
  // API returns image highlights (it answers [] for them today: a column of dashes says nothing).
  const hasMatches = results.rows.view === 'reads' || results.rows.edges.some((e) => e.highlights.length > 0);
  const visible = visibleColumns(state.view, state.columns)
    .map((c) => c.id)
    .filter((id) => id !== 'matches' || (searching && hasMatches));
  const rowHeight = searching && visible.includes('matches') ? 96 : 64;
  const readCols = useMemo(() => readColumns(labelOf), [labelOf]);
  const imageCols = useMemo(() => imageColumns(labelOf), [labelOf]);
  const chipCount = filterChips(state, labelOf).length;
  const busy = results.status === 'loading';
  const resultKey = `${results.rows.view}|${results.seq}`;

  const common = {
    resultKey,
    visible,
    sort: state.sort,
    onSort: (sort: typeof state.sort) => update((s) => ({ ...s, sort })),
    rowHeight,
    totalCount: results.totalCount,
    hasNextPage: results.hasNextPage,
    loadingMore: results.loadingMore,
    pageError: results.pageError,
    loadMore: results.loadMore,
  };

  return (
    <main className="explore-page" aria-busy={busy} data-status={results.status} data-seq={results.seq}>
      <div className="notice-slot">
        {vocabulary ? (
          <SyntheticNotice synthetic={vocabulary.dataset.synthetic} compact />
        ) : (
          <div className="notice-placeholder" />
        )}
      </div>
      {/* Keyboard users reach the search without tabbing through every filter. */}
      <a className="skip-link" href={`#${SEARCH_INPUT_ID}`}>
        Skip the filters: go to the search box
      </a>
      <h1 className="visually-hidden">Explore reads and images</h1>
      <UrlProblems problems={problems} />
      <div className="explore-layout">
        <FacetDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} chipCount={chipCount}>
          <FacetSidebar
            state={state}
            facets={results.facets}
            vocabulary={vocabulary}
            labelOf={labelOf}
            update={update}
          />
        </FacetDrawer>
        <section className="results" aria-label="Results">
          <div className="results-head">
            <button
              type="button"
              className="button filters-toggle"
              aria-controls="facet-drawer"
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            >
              Filters{chipCount > 0 ? ` (${chipCount})` : ''}
            </button>
            <SearchBox value={state.search} onSearch={(search, opts) => update((s) => ({ ...s, search }), opts)} />
          </div>
          <FilterChips state={state} labelOf={labelOf} update={update} />
          {searching && (
            <SearchExpansions
              expansions={results.expansions}
              exact={state.exact}
              onExact={(exact) => update((s) => ({ ...s, exact }))}
            />
          )}
          <ResultsToolbar
            state={state}
            totalCount={results.totalCount}
            busy={busy}
            visibleColumns={visible}
            onView={(view) => update((s) => ({ ...s, view, sort: null, columns: null }))}
            onSort={(sort) => update((s) => ({ ...s, sort }))}
            onColumns={(columns) => update((s) => ({ ...s, columns }), { replace: true })}
          />
          {results.status === 'error' && results.error && (
            <div className="error-banner" role="alert" data-testid="results-error">
              <strong>The API answered with an error</strong> <code>{results.error.code}</code>: {results.error.message}
              {results.error.code === 'BAD_USER_INPUT' && <span> Remove the filter it names, or </span>}{' '}
              <button type="button" className="link-button" onClick={() => update(resetFilters)}>
                clear all filters
              </button>
              .
            </div>
          )}
          {results.status === 'ready' && results.totalCount === 0 ? (
            <div className="empty-state" data-testid="results-empty">
              <p>
                <strong>No {state.view} match</strong>
                {searching ? ` “${state.search}”` : ''}
                {chipCount > (searching ? 1 : 0) ? `${searching ? ' with' : ''} these filters` : ''}.
              </p>
              <p className="muted">
                Remove a filter above, widen a range, or try other words. Search understands words (and their other
                forms and synonyms), &quot;phrases&quot;, -exclusions and prefix*.
              </p>
            </div>
          ) : results.rows.view === 'reads' ? (
            <ResultsTable<ReadRowFragment>
              {...common}
              edges={results.rows.edges}
              columns={readCols}
              hrefOf={readHref}
              rowLabel={(e) => `Read ${e.node.id} by a reader from ${e.node.reader.countryName}`}
            />
          ) : (
            <ResultsTable<ImageRowFragment>
              {...common}
              edges={results.rows.edges}
              columns={imageCols}
              hrefOf={imageHref}
              rowLabel={(e) => `Image ${e.node.id}, ${e.node.readCount} reads`}
            />
          )}
          <p className="results-foot muted">
            {results.status === 'ready' && results.totalCount !== null && (
              <>
                {formatCount(results.rows.edges.length)} of {formatCount(results.totalCount)} loaded ·{' '}
              </>
            )}
            Images: NIH ChestX-ray14, courtesy of the NIH Clinical Center.
          </p>
        </section>
      </div>
    </main>
  );
}

/** The facet sidebar; on narrow screens an off-canvas drawer with its own close button. */
function FacetDrawer({
  open,
  onClose,
  chipCount,
  children,
}: {
  open: boolean;
  onClose: () => void;
  chipCount: number;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('button, input')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);
  return (
    <>
      {open && <div className="drawer-backdrop" onClick={onClose} aria-hidden="true" />}
      <aside id="facet-drawer" ref={ref} className={`facet-sidebar${open ? ' is-open' : ''}`} aria-label="Filters">
        <div className="sidebar-head">
          <h2>Filters{chipCount > 0 ? <span className="muted"> · {chipCount} active</span> : null}</h2>
          <button type="button" className="button drawer-close" onClick={onClose}>
            Done
          </button>
        </div>
        {children}
      </aside>
    </>
  );
}
