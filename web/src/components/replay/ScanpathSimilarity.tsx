'use client';
/**
 * Pairwise scanpath similarity of an image's readers, as the API computed it at ingest
 * (Image.scanpathSimilarity: MultiMatch's five dimensions and AOI-string Levenshtein): one row
 * per read, a dimension chooser, readers ordered so that similar scanpaths sit together
 * (lib/similarity-matrix). Readers hidden on the image stay listed, dimmed.
 */
import { useId, useMemo, useState } from 'react';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import {
  DIMENSION_HELP,
  DIMENSION_LABELS,
  SIMILARITY_DIMENSIONS,
  meanSimilarity,
  orderBySimilarity,
  similarityLookup,
  type PairScores,
  type SimilarityDimension,
} from '@/lib/similarity-matrix';
import { fmt } from '@/lib/gaze-metrics';
import { useOverflows } from '@/lib/use-overflows';
import { readerSummary, shortReadId, type ReplayReadModel } from './replay-model';
import styles from './metrics.module.css';
import replay from './replay.module.css';

interface Entry {
  model: ReplayReadModel;
  color: string;
}

export function ScanpathSimilarity({
  imageId,
  reads,
  pairs,
  hidden,
  synthetic,
}: {
  imageId: string;
  reads: readonly Entry[];
  pairs: readonly (PairScores & { synthetic: boolean })[];
  hidden: ReadonlySet<string>;
  synthetic: boolean;
}) {
  const id = useId();
  const [wrap, setWrap] = useState<HTMLDivElement | null>(null);
  // Six readers fit the sidebar; more scroll sideways, and only then is the matrix a tab stop.
  const scrollable = useOverflows(wrap);
  const [dim, setDim] = useState<SimilarityDimension>('vector');
  const byId = useMemo(() => new Map(reads.map((r) => [r.model.id, r])), [reads]);
  const ids = useMemo(() => reads.map((r) => r.model.id), [reads]);
  const order = useMemo(() => orderBySimilarity(ids, pairs, dim), [ids, pairs, dim]);
  const value = useMemo(() => similarityLookup(pairs, dim), [pairs, dim]);
  // Shade relative to this matrix's own range: MultiMatch values of one image often sit within a few hundredths.
  const range = useMemo(() => valueRange(ids, value), [ids, value]);
  const shade = (v: number) => {
    const { lo, hi } = range;
    return 0.08 + 0.5 * (lo !== null && hi !== null && hi > lo ? (v - lo) / (hi - lo) : 1);
  };
  // Compact labels (country code and the read's short id, over two lines in the column headers) keep
  // six readers and the Mean column inside the sidebar; the full read and reader are in the title.
  const label = (rid: string, stacked = false) => {
    const r = byId.get(rid)!;
    return (
      <>
        <span className={styles.swatch} style={{ background: r.color }} aria-hidden="true" />
        {r.model.reader.country}
        {stacked ? <br /> : ' '}
        <span className={styles.readId}>{shortReadId(rid, imageId)}</span>
      </>
    );
  };
  const fullName = (rid: string) => `${rid}: ${readerSummary(byId.get(rid)!.model.reader)}`;
  return (
    <section
      className={`${replay.panel} ${styles.similarityPanel}`}
      aria-labelledby={`${id}-title`}
      data-testid="scanpath-similarity"
      data-dimension={dim}
      data-order={order.join(',')}
    >
      <h2 id={`${id}-title`}>Scanpath similarity</h2>
      <SyntheticNotice synthetic={synthetic || pairs.some((p) => p.synthetic)} subject="metrics" />
      <label className={styles.chooser}>
        Dimension{' '}
        <select
          value={dim}
          onChange={(e) => setDim(e.target.value as SimilarityDimension)}
          data-testid="similarity-dimension"
        >
          {SIMILARITY_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {DIMENSION_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      {reads.length < 2 ? (
        <p className={replay.muted}>One read only: there is no pair to compare.</p>
      ) : (
        <div
          className={styles.matrixWrap}
          ref={setWrap}
          {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': 'Similarity matrix (scrollable)' } : {})}
        >
          <table className={styles.matrix}>
            <caption className={replay.srOnly}>
              {DIMENSION_LABELS[dim]} between every pair of this image’s reads, 1 = identical
            </caption>
            <thead>
              <tr>
                <th scope="col">Reader</th>
                {order.map((c) => (
                  <th key={c} scope="col" title={fullName(c)}>
                    {label(c, true)}
                  </th>
                ))}
                <th scope="col" className={styles.mean} title="Mean over the other readers shown here">
                  Mean
                </th>
              </tr>
            </thead>
            <tbody>
              {order.map((a) => {
                const mean = meanSimilarity(a, order, value);
                return (
                  <tr
                    key={a}
                    data-testid="similarity-row"
                    data-read-id={a}
                    style={{ opacity: hidden.has(a) ? 0.45 : 1 }}
                  >
                    <th scope="row" title={fullName(a)}>
                      {label(a)}
                    </th>
                    {order.map((b) => {
                      if (a === b)
                        return (
                          <td key={b} className={styles.self} aria-label="same read">
                            —
                          </td>
                        );
                      const v = value(a, b);
                      return (
                        <td
                          key={b}
                          data-pair={`${a}|${b}`}
                          data-value={v ?? ''}
                          title={`${a} vs ${b}: ${v == null ? 'not comparable (a scanpath without a saccade)' : v.toFixed(3)}`}
                          style={{ background: v == null ? undefined : `rgba(31,111,235,${shade(v).toFixed(2)})` }}
                        >
                          {fmt.sim(v)}
                        </td>
                      );
                    })}
                    <td className={styles.mean} title={`${a}: mean over the other readers shown here`}>
                      {fmt.sim(mean)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {/* Folded: the matrix and the reader list above it share the sidebar's height. */}
      <details className={styles.about}>
        <summary>About these values</summary>
        <p className={replay.muted}>
          {DIMENSION_HELP[dim]} 1 = identical; shading runs from this matrix’s lowest ({fmt.sim(range.lo)}) to its
          highest ({fmt.sim(range.hi)}) value. Computed at ingest on the fixations in image pixels (MultiMatch: Jarodzka
          et al. 2010, Dewhurst et al. 2012). Order: the most typical reader first, then each one’s most similar
          neighbour.
        </p>
      </details>
    </section>
  );
}

function valueRange(
  ids: readonly string[],
  value: (a: string, b: string) => number | null,
): { lo: number | null; hi: number | null } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of ids)
    for (const b of ids) {
      const v = a === b ? null : value(a, b);
      if (v === null) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return Number.isFinite(lo) ? { lo, hi } : { lo: null, hi: null };
}
