/** Pairwise scanpath similarity of the readers shown (AOI-string edit distance, lib/replay-similarity). */
import { useMemo } from 'react';
import { DEFAULT_AOI_GRID, pairwiseAoiSimilarity } from '@/lib/replay-similarity';
import type { ReplayReadModel } from './replay-model';
import styles from './replay.module.css';

export function ScanpathSimilarity({
  reads,
  width,
  height,
}: {
  reads: ReadonlyArray<{ model: ReplayReadModel; color: string }>;
  width: number;
  height: number;
}) {
  const withTrack = useMemo(() => reads.filter((r) => r.model.track && r.model.track.fixations.length > 0), [reads]);
  const pairs = useMemo(
    () =>
      pairwiseAoiSimilarity(
        withTrack.map((r) => ({ id: r.model.id, fixations: r.model.track!.fixations })),
        width,
        height,
      ),
    [withTrack, width, height],
  );
  const sim = new Map(
    pairs.flatMap((p) => [[`${p.a}|${p.b}`, p.similarity] as const, [`${p.b}|${p.a}`, p.similarity] as const]),
  );
  return (
    <section className={styles.panel} aria-label="Scanpath similarity" data-testid="scanpath-similarity">
      <h2>Scanpath similarity</h2>
      {withTrack.length < 2 ? (
        <p className={styles.muted}>Show at least two readers with fixations to compare their scanpaths.</p>
      ) : (
        <table className={styles.similarity}>
          <thead>
            <tr>
              <th />
              {withTrack.map((r) => (
                <th key={r.model.id} title={r.model.id}>
                  <span className={styles.swatch} style={{ background: r.color, display: 'inline-block' }} />{' '}
                  {r.model.reader.country}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {withTrack.map((a) => (
              <tr key={a.model.id}>
                <th title={a.model.id}>
                  <span className={styles.swatch} style={{ background: a.color, display: 'inline-block' }} />{' '}
                  {a.model.reader.country}
                </th>
                {withTrack.map((b) => {
                  const v = a === b ? 1 : (sim.get(`${a.model.id}|${b.model.id}`) ?? 0);
                  return (
                    <td
                      key={b.model.id}
                      style={{ background: `rgba(31,111,235,${(v * 0.5).toFixed(2)})` }}
                      data-pair={`${a.model.id}|${b.model.id}`}
                    >
                      {a === b ? '—' : v.toFixed(2)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={styles.muted}>
        Whole-read AOI-string similarity: fixations mapped to a {DEFAULT_AOI_GRID}×{DEFAULT_AOI_GRID} grid, repeats
        collapsed, 1 − Levenshtein distance / longer length (1 = same sequence of regions).
      </p>
    </section>
  );
}
