'use client';
/**
 * Full-text search over reasoning, impressions and clinical context. Typing updates the URL
 * after a pause (replacing the history entry: one entry per search, not per key); Enter
 * searches at once. The box follows the URL when it changes elsewhere (chip removal, Back).
 */
import { useEffect, useRef, useState } from 'react';

/** The page has one search box; the skip link targets it. */
export const SEARCH_INPUT_ID = 'explore-search';
import { MAX_SEARCH_LENGTH } from '@/lib/url-state';

const DEBOUNCE_MS = 300;

export function SearchBox({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (text: string, opts: { replace: boolean }) => void;
}) {
  const id = SEARCH_INPUT_ID;
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const committed = useRef(value);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const commit = (t: string, replace: boolean) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (t.trim() === committed.current.trim()) return;
    committed.current = t.trim();
    onSearch(t.trim(), { replace });
  };

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        commit(text, false);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Search the reasoning text
      </label>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="search-icon">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={MAX_SEARCH_LENGTH}
        placeholder='Search reasoning, impressions, clinical context — e.g. "pleural effusion" -small'
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(t, true), DEBOUNCE_MS);
        }}
        data-testid="search-input"
      />
    </form>
  );
}
