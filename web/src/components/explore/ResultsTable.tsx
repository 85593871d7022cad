'use client';
/**
 * The results table: @tanstack/react-table for columns, visibility and (server-side) sorting;
 * @tanstack/react-virtual so only the rows on screen exist in the DOM, whatever has been
 * loaded (and rows flying past in a fling are placeholders); the next page is fetched with the
 * API cursor as the end of the list comes near. Rows are one tab stop (roving focus): arrows
 * move, Enter opens, a click opens.
 */
import { rowLayout, type CellPlace, type ColumnSpec } from '@/lib/explore-views';
import { flingDetector } from '@/lib/fling';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Header,
  type SortingState,
  type Table,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ApiError } from '@/lib/graphql';
import type { ColumnMeta } from './table-columns';
import type { SortKey } from '@/lib/url-state';

interface Props<T> {
  /** Identifies a result set: scroll and focus go back to the top when it changes. */
  resultKey: string;
  edges: T[];
  columns: ColumnDef<T>[];
  visible: readonly string[];
  sort: SortKey | null;
  onSort: (sort: SortKey | null) => void;
  hrefOf: (edge: T) => string;
  rowLabel: (edge: T) => string;
  rowHeight: number;
  totalCount: number | null;
  hasNextPage: boolean;
  loadingMore: boolean;
  pageError: ApiError | null;
  loadMore: () => void;
  /** Start loading the next page this many rows before the end. */
  prefetchRows?: number;
}

export function ResultsTable<T>(props: Props<T>) {
  const {
    edges,
    columns,
    visible,
    sort,
    onSort,
    hrefOf,
    rowLabel,
    rowHeight,
    hasNextPage,
    loadingMore,
    pageError,
    loadMore,
    prefetchRows = 40,
  } = props;
  const router = useRouter();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  const columnVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(columns.map((c) => [c.id!, visible.includes(c.id!)])),
    [columns, visible],
  );
  const sorting = useMemo<SortingState>(() => {
    if (!sort) return [];
    const col = columns.find((c) => (c.meta as ColumnMeta<T> | undefined)?.spec.sort === sort.field);
    return col ? [{ id: col.id!, desc: sort.direction === 'DESC' }] : [];
  }, [columns, sort]);

  // The portal does not use the React Compiler, which is all this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: edges,
    columns,
    state: { columnVisibility, sorting },
    manualSorting: true,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const field = first
        ? (table.getColumn(first.id)?.columnDef.meta as ColumnMeta<T> | undefined)?.spec.sort
        : undefined;
      onSort(first && field ? { field, direction: first.desc ? 'DESC' : 'ASC' } : null);
    },
    getCoreRowModel: getCoreRowModel(),
  });
  // Rows render straight from the edges (see ColumnMeta): only the visible ones, and no
  // per-edge Row objects rebuilt when a page is appended.
  const rows = edges;
  const visibleColumns = table.getVisibleLeafColumns();
  // Same identity while the columns stay the same (react-table memoises the visible columns),
  // so appending a page or scrolling re-renders no row already on screen.
  const layout = useMemo(
    () => rowLayout(visibleColumns.map((c) => ({ ...(c.columnDef.meta as ColumnMeta<T>).spec, width: c.getSize() }))),
    [visibleColumns],
  );
  const cells = useMemo<CellSpec<T>[]>(
    () =>
      visibleColumns.map((column, i) => {
        const meta = column.columnDef.meta as ColumnMeta<T>;
        const place = layout.cells[i]!;
        return {
          id: column.id,
          style: cellStyle(place, place.gridRow),
          className: cellClass(meta.spec, place),
          render: meta.render,
        };
      }),
    [visibleColumns, layout],
  );
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const tableStyle = {
    width: layout.width,
    minWidth: '100%',
    '--row-template': layout.template,
    '--line-start': `${layout.stickyWidth}px`,
  } as React.CSSProperties;

  // While flinging (lib/fling), rows that fly past are placeholders: rendering each in full —
  // ~15 new rows a frame at 900 px per frame — left the main thread no slack, and each frame in
  // which garbage collection marked or the machine was busy became a long task (traced with
  // scripts/bench/portal-explore.ts --trace). The rows on screen render in full when it slows.
  const [flinging, setFlinging] = useState(false);
  const [isFling] = useState(flingDetector);
  const virtualizer = useVirtualizer({
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Few rows beyond the viewport, rendered after the scroll frame rather than inside it
    // (flushSync would put every row render into the scroll event's task).
    overscan: 4,
    useFlushSync: false,
    // Called when the rendered range or the scrolling state changes (each frame of a fast scroll).
    // isScrolling stays true until 150 ms without a scroll event (not the browser's scrollend,
    // which follows every programmatic scroll step).
    onChange: (v) => setFlinging(v.isScrolling && isFling(v.scrollOffset ?? 0, performance.now())),
  });

  // A new result set starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setFocusIndex(0);
  }, [props.resultKey]);

  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (hasNextPage && !loadingMore && !pageError && lastIndex >= rows.length - prefetchRows) loadMore();
  }, [lastIndex, rows.length, hasNextPage, loadingMore, pageError, loadMore, prefetchRows]);

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setFocusIndex(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    const row = () => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${i}"]`);
    // Usually on screen already; a far jump (PageDown, End) renders it in the next frame.
    const now = row();
    if (now) now.focus();
    else requestAnimationFrame(() => row()?.focus());
  };
  const onRowKey = (e: KeyboardEvent<HTMLElement>, index: number, href: string) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (e.key === 'Enter') {
      e.preventDefault();
      router.push(href);
    } else if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    }
  };

  // One set of handlers for every row (event delegation): rows stay memoised between frames.
  const rowOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLElement>('tr[data-href]');
  const onBodyFocus = (e: React.FocusEvent<HTMLElement>) => {
    const tr = rowOf(e.target);
    if (tr) setFocusIndex(Number(tr.dataset.index));
  };
  const onBodyKey = (e: KeyboardEvent<HTMLElement>) => {
    const tr = rowOf(e.target);
    if (tr) onRowKey(e, Number(tr.dataset.index), tr.dataset.href!);
  };
  const onBodyClick = (e: MouseEvent<HTMLElement>) => {
    const tr = rowOf(e.target);
    if (!tr) return;
    if ((e.target as HTMLElement).closest('a, button')) return;
    const href = tr.dataset.href!;
    if (e.metaKey || e.ctrlKey) window.open(href, '_blank', 'noopener');
    else router.push(href);
  };

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="results-scroll">
      <table
        className={layout.cells.some((c) => c.line) ? 'results-table has-line' : 'results-table'}
        style={tableStyle}
        aria-rowcount={(props.totalCount ?? rows.length) + 1}
        data-testid="results-table"
        data-loaded={rows.length}
      >
        <TableHead<T> table={table} headers={headers} places={layout.cells} sort={sort} />
        <tbody
          style={bodyStyle(virtualizer.getTotalSize(), items[0]?.start ?? 0, rowHeight)}
          onFocus={onBodyFocus}
          onKeyDown={onBodyKey}
          onClick={onBodyClick}
        >
          {items.map((item) => {
            const row = rows[item.index];
            if (!row)
              return (
                <tr key="loader" className="loader-row" data-index={item.index}>
                  <td style={{ gridColumn: '1 / -1' }}>
                    {pageError ? (
                      <span role="alert">
                        Loading more failed ({pageError.code}): {pageError.message}{' '}
                        <button type="button" className="link-button" onClick={loadMore}>
                          Retry
                        </button>
                      </span>
                    ) : (
                      <span className="muted">Loading more…</span>
                    )}
                  </td>
                </tr>
              );
            const href = hrefOf(row);
            return (
              <Row<T>
                key={href}
                edge={row}
                index={item.index}
                focused={item.index === focusIndex}
                href={href}
                label={rowLabel(row)}
                cells={cells}
                placeholder={flinging}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface TableHeadProps<T> {
  table: Table<T>;
  headers: Header<T, unknown>[];
  places: CellPlace[];
  /** Not read here: a new sort re-renders the header (react-table keeps the same header objects). */
  sort: SortKey | null;
}

/**
 * The header row, memoised: the table re-renders on every scroll frame (the virtualizer's
 * range), the header only when its columns or the sort change.
 */
const TableHead = memo(function TableHead<T>({ table, headers, places }: TableHeadProps<T>) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {headers.map((h, i) => {
          const spec = (h.column.columnDef.meta as ColumnMeta<T>).spec;
          const dir = h.column.getIsSorted();
          const place = places[i]!;
          return (
            <th
              key={h.id}
              // The header is one line: a cell spanning the row's two lines spans one here.
              style={cellStyle(place, '1')}
              className={cellClass(spec, place)}
              aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : spec.sort ? 'none' : undefined}
              scope="col"
              title={spec.help}
            >
              {spec.sort ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => table.setSorting(nextSorting(h.column.id, dir))}
                  title={`Sort by ${spec.label}`}
                >
                  {/* The arrow sits on the label's outer side, joined to its first or last word when it wraps. */}
                  {spec.align === 'end' && <SortArrow dir={dir} />}
                  {flexRender(h.column.columnDef.header, h.getContext())}
                  {spec.align !== 'end' && <SortArrow dir={dir} />}
                </button>
              ) : (
                flexRender(h.column.columnDef.header, h.getContext())
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}) as <T>(props: TableHeadProps<T>) => React.ReactElement;

function SortArrow({ dir }: { dir: false | 'asc' | 'desc' }) {
  return (
    <span className={`sort-arrow${dir ? ' is-on' : ''}`} aria-hidden="true">
      {dir === 'desc' ? '▼' : dir === 'asc' ? '▲' : '↕'}
    </span>
  );
}

interface CellSpec<T> {
  id: string;
  style: React.CSSProperties;
  className: string;
  render: (edge: T) => React.ReactNode;
}

interface RowProps<T> {
  edge: T;
  index: number;
  focused: boolean;
  href: string;
  label: string;
  cells: CellSpec<T>[];
  placeholder: boolean;
}

/**
 * One row, memoised: while scrolling only the rows that come into view render (a row already
 * on screen keeps its props). During a fling a row is a placeholder bar (two elements instead
 * of a cell per column). Events are handled on the tbody. No inline style: see bodyStyle.
 */
const Row = memo(function Row<T>({ edge, index, focused, href, label, cells, placeholder }: RowProps<T>) {
  return (
    <tr data-index={index} aria-rowindex={index + 2} aria-label={label} tabIndex={focused ? 0 : -1} data-href={href}>
      {placeholder ? (
        <td className="row-placeholder" aria-hidden="true" />
      ) : (
        cells.map((cell) => (
          <td key={cell.id} style={cell.style} className={cell.className}>
            {cell.render(edge)}
          </td>
        ))
      )}
    </tr>
  );
}) as <T>(props: RowProps<T>) => React.ReactElement;

/**
 * The rendered rows flow from the top of the body, pushed down to the first one's place by the
 * body's padding; every row has the same height (the virtualizer's fixed estimate). Positioning
 * each row by its own `translateY` gave every new row a distinct inline style: each missed
 * Blink's matched-properties cache and added to it, and until garbage collection the style
 * recalculation of the rows entering a fast scroll grew from 1 ms to 40–70 ms (the long tasks
 * of scripts/bench/portal-explore.ts). One distinct style a frame, on the body, stays flat.
 */
function bodyStyle(totalSize: number, firstStart: number, rowHeight: number): React.CSSProperties {
  return { height: totalSize, paddingTop: firstStart, gridAutoRows: rowHeight };
}

/**
 * Header clicks cycle ascending → descending → the API's default order. (Display columns have
 * no accessor, so react-table's own toggle would refuse them: sorting is the server's anyway.)
 */
function nextSorting(id: string, current: false | 'asc' | 'desc'): SortingState {
  if (!current) return [{ id, desc: false }];
  if (current === 'asc') return [{ id, desc: true }];
  return [];
}

/** A cell's place on the row grid (lib/explore-views rowLayout), sticky when it stays in view. */
function cellStyle(place: CellPlace, gridRow: string): React.CSSProperties {
  const style: React.CSSProperties = { gridColumn: place.gridColumn, gridRow };
  return place.sticky === null ? style : { ...style, position: 'sticky', left: place.sticky };
}

function cellClass(spec: ColumnSpec, place: CellPlace): string {
  return [
    `col-${spec.id}`,
    spec.align === 'end' && 'align-end',
    place.sticky !== null && 'is-sticky',
    place.line && 'is-line',
  ]
    .filter(Boolean)
    .join(' ');
}
