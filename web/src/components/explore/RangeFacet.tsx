'use client';
/**
 * A numeric facet: two native range inputs (keyboard and screen-reader friendly) over the
 * facet's histogram. The histogram spans the dataset's global min–max (the API keeps its buckets
 * fixed), so the axis does not move while other filters change its bar heights. Dragging updates
 * the drawing at once and the URL after a short pause (one request per settled value).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { NumericFacetFieldsFragment } from '@/generated/graphql';
import type { NumRange } from '@/lib/url-state';
import { formatCount } from './format';

interface Props {
  title: string;
  unit: string;
  step: number;
  facet: NumericFacetFieldsFragment | undefined;
  value: NumRange | undefined;
  onCommit: (next: NumRange | undefined, domain: { min: number; max: number }) => void;
  testId?: string;
}

const COMMIT_DELAY_MS = 350;

export function domainOf(facet: NumericFacetFieldsFragment, step: number): { min: number; max: number } | null {
  const first = facet.histogram[0];
  const last = facet.histogram[facet.histogram.length - 1];
  const lo = first?.from ?? facet.min;
  const hi = last?.to ?? facet.max;
  if (lo == null || hi == null) return null;
  const min = roundTo(Math.floor(lo / step) * step, step);
  const max = roundTo(Math.ceil(hi / step) * step, step);
  return max > min ? { min, max } : null;
}

function roundTo(v: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(v.toFixed(digits));
}

export function RangeFacet({ title, unit, step, facet, value, onCommit, testId }: Props) {
  const id = useId();
  const domain = facet ? domainOf(facet, step) : null;
  const lo = value?.gte ?? domain?.min ?? 0;
  const hi = value?.lte ?? domain?.max ?? 0;
  const [draft, setDraft] = useState<[number, number]>([lo, hi]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Follow the URL (back button, chip removal, reset) unless a drag is pending.
  useEffect(() => {
    if (!timer.current) setDraft([lo, hi]);
  }, [lo, hi]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const fmt = (v: number) => `${v.toFixed(digits)}${unit}`;

  const schedule = (next: [number, number]) => {
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      if (domain) onCommit({ gte: next[0], lte: next[1] }, domain);
    }, COMMIT_DELAY_MS);
  };

  const active = value !== undefined;
  return (
    <fieldset className="facet range-facet" data-testid={testId}>
      <legend>{title}</legend>
      {!facet ? (
        <div className="range-skeleton skeleton-bar" aria-hidden="true" />
      ) : !domain ? (
        <p className="facet-empty">No values</p>
      ) : (
        <>
          <div className="range-summary">
            <output htmlFor={`${id}-lo ${id}-hi`} className={active ? 'is-active' : undefined}>
              {fmt(draft[0])} – {fmt(draft[1])}
            </output>
            <span className="muted">{formatCount(facet.count)} with a value</span>
          </div>
          <div className="range-control">
            <Histogram facet={facet} domain={domain} selected={draft} />
            <div className="range-track" aria-hidden="true">
              <div
                className="range-track-fill"
                style={{
                  left: `${((draft[0] - domain.min) / (domain.max - domain.min)) * 100}%`,
                  right: `${100 - ((draft[1] - domain.min) / (domain.max - domain.min)) * 100}%`,
                }}
              />
            </div>
            <input
              id={`${id}-lo`}
              type="range"
              min={domain.min}
              max={domain.max}
              step={step}
              value={draft[0]}
              aria-label={`${title}: minimum`}
              aria-valuetext={fmt(draft[0])}
              onChange={(e) => schedule([Math.min(Number(e.target.value), draft[1]), draft[1]])}
            />
            <input
              id={`${id}-hi`}
              type="range"
              min={domain.min}
              max={domain.max}
              step={step}
              value={draft[1]}
              aria-label={`${title}: maximum`}
              aria-valuetext={fmt(draft[1])}
              onChange={(e) => schedule([draft[0], Math.max(Number(e.target.value), draft[0])])}
            />
          </div>
          <div className="range-axis" aria-hidden="true">
            <span>{fmt(domain.min)}</span>
            <span>{fmt(domain.max)}</span>
          </div>
        </>
      )}
    </fieldset>
  );
}

function Histogram({
  facet,
  domain,
  selected,
}: {
  facet: NumericFacetFieldsFragment;
  domain: { min: number; max: number };
  selected: [number, number];
}) {
  const max = Math.max(1, ...facet.histogram.map((b) => b.count ?? 0));
  const span = domain.max - domain.min;
  return (
    <svg className="range-histogram" viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true">
      {facet.histogram.map((b, i) => {
        const x = ((b.from - domain.min) / span) * 100;
        const w = ((b.to - b.from) / span) * 100;
        const h = !b.count ? 0 : Math.max(1.5, (b.count / max) * 40);
        const inside = b.to > selected[0] && b.from < selected[1];
        return (
          <rect key={i} x={x + w * 0.06} width={w * 0.88} y={40 - h} height={h} className={inside ? 'in' : 'out'} />
        );
      })}
    </svg>
  );
}
