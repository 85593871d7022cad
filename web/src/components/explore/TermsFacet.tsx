'use client';
/**
 * One multi-select facet: a fieldset of checkboxes with counts from the API. Counts follow
 * multi-select semantics (every filter but this facet's own), so siblings of a checked value
 * keep their counts. A checked value always stays listed, even when its count drops to 0.
 */
import type { TermsFacetFieldsFragment } from '@/generated/graphql';
import { useId, useState, type ReactNode } from 'react';
import { formatCount } from './format';
import { useCountText } from '@/components/access/AccessContext';

/** `count` is null when the API suppressed it (public tier: shown as "< 10"). */
/** A facet value with its count (null when suppressed). */
export type FacetBucket = TermsFacetFieldsFragment['buckets'][number];

interface Props {
  title: string;
  buckets: FacetBucket[] | undefined;
  selected: readonly string[];
  onToggle: (value: string) => void;
  labelOf: (value: string) => string;
  /** How many values show before "Show more". */
  collapsedCount?: number;
  /** Order values by this list instead of by count (e.g. experience bands 0-4, 5-9…). */
  order?: readonly string[];
  /** Controls above the list (the country search box). */
  children?: ReactNode;
  /** Replaces the local "show more" (the country facet fetches its long list). */
  more?: ReactNode;
  testId?: string;
}

export function mergeSelected(
  buckets: FacetBucket[],
  selected: readonly string[],
  labelOf: (v: string) => string,
): FacetBucket[] {
  const missing = selected
    .filter((v) => !buckets.some((b) => b.value === v))
    .map((v) => ({ value: v, label: labelOf(v), count: 0 }));
  return [...buckets, ...missing];
}

export function TermsFacet({
  title,
  buckets,
  selected,
  onToggle,
  labelOf,
  collapsedCount = 8,
  order,
  children,
  more,
  testId,
}: Props) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const countText = useCountText();
  let list = buckets ? mergeSelected(buckets, selected, labelOf) : undefined;
  if (list && order) list = [...list].sort((a, b) => rank(order, a.value) - rank(order, b.value));
  const limit = more !== undefined || expanded ? Infinity : collapsedCount;
  const shown = list?.slice(0, limit);
  const hidden = list ? list.length - (shown?.length ?? 0) : 0;
  return (
    <fieldset className="facet" data-testid={testId}>
      <legend>
        {title}
        {selected.length > 0 && <span className="facet-selected-count"> · {selected.length} selected</span>}
      </legend>
      {children}
      {!shown ? (
        <FacetSkeleton rows={Math.min(collapsedCount, 5)} />
      ) : shown.length === 0 ? (
        <p className="facet-empty">No values</p>
      ) : (
        <ul className="facet-values">
          {shown.map((b) => {
            const inputId = `${id}-${b.value}`;
            const checked = selected.includes(b.value);
            return (
              <li key={b.value} className={b.count === 0 && !checked ? 'is-zero' : undefined}>
                <input
                  type="checkbox"
                  id={inputId}
                  checked={checked}
                  onChange={() => onToggle(b.value)}
                  data-value={b.value}
                />
                <label htmlFor={inputId}>
                  <span className="facet-label">{b.label || labelOf(b.value)}</span>
                  <span className="facet-count" aria-label={`${countText(b.count, String)} matching`}>
                    {countText(b.count, formatCount)}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {more ??
        ((hidden > 0 || expanded) && (
          <button
            type="button"
            className="link-button facet-more"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show fewer' : `Show ${hidden} more`}
          </button>
        ))}
    </fieldset>
  );
}

function rank(order: readonly string[], v: string): number {
  const i = order.indexOf(v);
  return i < 0 ? order.length : i;
}

export function FacetSkeleton({ rows }: { rows: number }) {
  return (
    <ul className="facet-values is-skeleton" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i}>
          <span className="skeleton-bar" />
        </li>
      ))}
    </ul>
  );
}
