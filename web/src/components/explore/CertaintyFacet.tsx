'use client';
/**
 * Certainty (REFLACX scale 1–5) of a reported finding. The API filters it as a range
 * (FindingFilter.certainty), so the checkboxes always select a contiguous run of levels; with
 * findings checked, one finding must have both a checked label and a certainty in the range.
 */
import { useId } from 'react';
import type { ExploreVocabularyQuery, TermsFacetFieldsFragment } from '@/generated/graphql';
import { inRange, toggleCertainty } from '@/lib/filters';
import type { NumRange } from '@/lib/url-state';
import { formatCount } from './format';
import { FacetSkeleton } from './TermsFacet';

const FALLBACK_NAMES = ['Unlikely', 'Less likely', 'Possibly', 'Suspicious for / Probably', 'Consistent with'];

interface Props {
  facet: TermsFacetFieldsFragment | undefined;
  value: NumRange | undefined;
  onChange: (next: NumRange | undefined) => void;
  scale: ExploreVocabularyQuery['vocabulary']['certainty'] | undefined;
}

export function CertaintyFacet({ facet, value, onChange, scale }: Props) {
  const id = useId();
  return (
    <fieldset className="facet" data-testid="facet-certainty">
      <legend>Finding certainty</legend>
      <p className="facet-hint">A range of levels; with findings checked, it applies to them.</p>
      {!facet ? (
        <FacetSkeleton rows={5} />
      ) : (
        <ul className="facet-values">
          {[1, 2, 3, 4, 5].map((level) => {
            const count = facet.buckets.find((b) => b.value === String(level))?.count ?? 0;
            const info = scale?.find((c) => c.value === level);
            const checked = inRange(value, level);
            return (
              <li key={level} className={count === 0 && !checked ? 'is-zero' : undefined}>
                <input
                  type="checkbox"
                  id={`${id}-${level}`}
                  checked={checked}
                  onChange={() => onChange(toggleCertainty(value, level))}
                  data-value={level}
                />
                <label htmlFor={`${id}-${level}`}>
                  <span className="facet-label">
                    {level} · {info?.name ?? FALLBACK_NAMES[level - 1]}
                    {info && <span className="muted"> ({info.probability})</span>}
                  </span>
                  <span className="facet-count">{formatCount(count)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
