/** How much the readers of this image agree: per finding votes and certainty, overall agreement and difficulty. */
import type { ImageCaseQuery } from '@/generated/graphql';
import styles from './case.module.css';

type Image = NonNullable<ImageCaseQuery['image']>;

function pct(v: number | null) {
  return v == null ? '—' : `${Math.round(v * 100)}%`;
}

export function AgreementPanel({ image }: { image: Image }) {
  const votes = [...image.findingVotes].sort((a, b) => b.positive - a.positive || b.meanCertainty - a.meanCertainty);
  return (
    <section className={styles.panel} aria-labelledby="agreement-title" data-testid="agreement-panel">
      <h2 id="agreement-title">Reader agreement</h2>
      {image.readCount < 2 ? (
        <p className={styles.muted}>
          Agreement and difficulty need at least two reads; this image has {image.readCount}.
        </p>
      ) : (
        <dl className={styles.scores}>
          <div>
            <dt>Agreement</dt>
            <dd data-testid="agreement">{pct(image.agreement)}</dd>
          </div>
          <div>
            <dt>Difficulty</dt>
            <dd data-testid="difficulty">{pct(image.difficulty)}</dd>
          </div>
          <div>
            <dt>Reads</dt>
            <dd>{image.readCount}</dd>
          </div>
        </dl>
      )}
      <p className={styles.muted}>
        Agreement: mean pairwise Jaccard index of the readers&apos; reported findings (certainty ≥ 3). Difficulty: ½(1 −
        agreement) + ½(1 − mean normalised certainty).
      </p>
      {votes.length === 0 ? (
        <p className={styles.muted}>No finding was reported.</p>
      ) : (
        <table className={styles.votes}>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Reported by</th>
              <th scope="col">Mean certainty</th>
            </tr>
          </thead>
          <tbody>
            {votes.map((v) => (
              <tr key={v.finding} data-finding={v.finding}>
                <th scope="row">{v.label}</th>
                <td>
                  <span className={styles.bar} aria-hidden="true">
                    <span style={{ width: `${(v.positive / Math.max(1, v.readCount)) * 100}%` }} />
                  </span>{' '}
                  <span className={styles.nowrap}>
                    {v.positive} of {v.readCount}
                  </span>
                </td>
                <td className={styles.nowrap}>{v.meanCertainty.toFixed(1)} / 5</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
