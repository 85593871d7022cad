'use client';
/**
 * The example operations beside GraphiQL. Folded (explorer.css: a GraphiQL pane open on a screen
 * under 1680 px) they sit in a drawer behind an "Examples" button, closed again by picking one,
 * Escape (focus back on the button) or a press outside.
 */
import { useEffect, useRef, useState } from 'react';
import { EXAMPLES } from './examples';

export function ExampleList({ active, onPick }: { active: string | null; onPick: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!nav.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <nav
      className="example-list"
      aria-label="Example queries"
      ref={nav}
      data-drawer-open={open}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <h1>Query explorer</h1>
      <button
        type="button"
        className="examples-toggle"
        aria-expanded={open}
        aria-controls="example-drawer"
        onClick={() => setOpen((o) => !o)}
        ref={toggle}
      >
        Examples
      </button>
      <div id="example-drawer" className="example-drawer">
        <p className="muted small">
          Runs against this portal’s <code>/api/graphql</code>. Press ▶ (Ctrl+Enter) to run; the Docs panel lists every
          type.
        </p>
        <ul>
          {EXAMPLES.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                aria-pressed={active === e.id}
                onClick={() => {
                  onPick(e.id);
                  setOpen(false);
                }}
                data-example={e.id}
              >
                <span className="example-title">{e.title}</span>
                <span className="example-description">{e.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
