/**
 * The sidebar's group of reading-process facets (missed findings, coverage, eye-voice span,
 * similarity to peers), headed and explained, and said to come from synthetic gaze in the demo.
 */
import type { ReactNode } from 'react';
import './gaze-explore.css';

export function GazeFacets({ synthetic, children }: { synthetic: boolean; children: ReactNode }) {
  return (
    <section className="gaze-facets" aria-labelledby="gaze-facets-title" data-testid="gaze-facets">
      <h2 id="gaze-facets-title">Gaze metrics</h2>
      <p className="gaze-facets-note">
        Computed at ingest from each read’s fixations (docs/metrics.md).
        {synthetic && (
          <>
            {' '}
            <strong>Synthetic gaze</strong> in this dataset.
          </>
        )}{' '}
        A missed finding is present on the image but not reported: <em>search</em> (never looked at),{' '}
        <em>recognition</em> (looked at briefly), <em>decision</em> (looked at long enough).
      </p>
      {children}
    </section>
  );
}
