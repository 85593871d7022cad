'use client';
/** Which columns the table shows (kept in the URL as `cols`). */
import { Fragment } from 'react';
import { COLUMNS, type View } from '@/lib/explore-views';
import { usePopover } from './usePopover';

export function ColumnChooser({
  view,
  visible,
  onChange,
}: {
  view: View;
  visible: readonly string[];
  onChange: (cols: string[] | null) => void;
}) {
  const { ref } = usePopover<HTMLDetailsElement>();
  const toggle = (id: string) => {
    const next = visible.includes(id) ? visible.filter((c) => c !== id) : [...visible, id];
    // Keep table order whatever the click order.
    onChange(COLUMNS[view].map((c) => c.id).filter((c) => next.includes(c)));
  };
  return (
    <details className="menu" ref={ref}>
      <summary className="button">Columns</summary>
      <fieldset className="menu-panel column-chooser">
        <legend className="visually-hidden">Visible columns</legend>
        {COLUMNS[view].map((c, i) => (
          <Fragment key={c.id}>
            {c.gaze && !COLUMNS[view][i - 1]?.gaze && <p className="menu-group">Gaze metrics</p>}
            <label title={c.help}>
              <input
                type="checkbox"
                checked={c.required || visible.includes(c.id)}
                disabled={c.required}
                onChange={() => toggle(c.id)}
              />
              {c.label}
            </label>
          </Fragment>
        ))}
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          Default columns
        </button>
      </fieldset>
    </details>
  );
}
