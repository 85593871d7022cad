'use client';
/** Download the whole filtered set (not just the loaded rows) through the API's streaming export. */
import { toReadFilter } from '@/lib/filters';
import { exportUrl, type ExportFormat, type ExportKind } from '@/lib/explore-share';
import { searchVariables, type ExploreState } from '@/lib/url-state';
import { usePopover } from './usePopover';

const ITEMS: { kind: ExportKind; format: ExportFormat; label: string }[] = [
  { kind: 'reads', format: 'csv', label: 'Reads · CSV' },
  { kind: 'reads', format: 'ndjson', label: 'Reads · NDJSON' },
  { kind: 'images', format: 'csv', label: 'Images · CSV' },
  { kind: 'images', format: 'ndjson', label: 'Images · NDJSON' },
];

export function ExportMenu({ state }: { state: ExploreState }) {
  const { ref, close } = usePopover<HTMLDetailsElement>();
  const filter = toReadFilter(state.filters);
  return (
    <details className="menu" ref={ref}>
      <summary className="button">Export</summary>
      <div className="menu-panel menu-panel-end" role="menu">
        <p className="menu-note">
          Every matching record, with these filters and this search (NDJSON holds the full records).
        </p>
        {ITEMS.map((item) => (
          <a
            key={`${item.kind}.${item.format}`}
            role="menuitem"
            href={exportUrl(item.kind, item.format, filter, searchVariables(state))}
            download={`${item.kind}.${item.format}`}
            onClick={close}
            data-testid={`export-${item.kind}-${item.format}`}
          >
            {item.label}
          </a>
        ))}
      </div>
    </details>
  );
}
