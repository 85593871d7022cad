'use client';
/** One entry per read of the image: colour, reader, a show/hide switch, and what they are saying now. */
import Link from 'next/link';
import { memo } from 'react';
import { formatClock, readTimeAt, type ReplayClock, type TimeMode } from '@/lib/replay-clock';
import { currentStepIndex, currentWordIndex } from '@/lib/replay-reasoning';
import { useClockValue } from './clock-hooks';
import { readerSummary, type ReplayReadModel } from './replay-model';
import styles from './replay.module.css';

interface Entry {
  model: ReplayReadModel;
  color: string;
}

export function ReaderLegend({
  reads,
  hidden,
  onToggle,
  clock,
  mode,
  clockDuration,
}: {
  reads: readonly Entry[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
  clock: ReplayClock;
  mode: TimeMode;
  clockDuration: number;
}) {
  return (
    <section className={styles.reasoning} aria-label="Readers" data-testid="reader-legend">
      <header className={styles.reasoningHead}>
        <h2>Readers</h2>
        <p className={styles.muted}>
          Each colour is one reader. Untick to hide. Under each: what they are saying at this moment.
        </p>
      </header>
      <ul className={styles.steps} style={{ listStyle: 'none' }}>
        {reads.map((r) => (
          <ReaderEntry
            key={r.model.id}
            entry={r}
            shown={!hidden.has(r.model.id)}
            onToggle={onToggle}
            clock={clock}
            mode={mode}
            clockDuration={clockDuration}
          />
        ))}
      </ul>
    </section>
  );
}

const ReaderEntry = memo(function ReaderEntry({
  entry,
  shown,
  onToggle,
  clock,
  mode,
  clockDuration,
}: {
  entry: Entry;
  shown: boolean;
  onToggle: (id: string) => void;
  clock: ReplayClock;
  mode: TimeMode;
  clockDuration: number;
}) {
  const { model, color } = entry;
  const at = (c: ReplayClock) => readTimeAt(c.time, mode, clockDuration, model.durationSec);
  const step = useClockValue(clock, (c) => currentStepIndex(model.steps, at(c)));
  const word = useClockValue(clock, (c) => currentWordIndex(model.words, at(c)));
  const s = step >= 0 ? model.steps[step] : undefined;
  const words = s ? model.words.filter((w) => w.step === s.index) : [];
  return (
    <li
      className={styles.readerRow}
      data-testid="reader-legend-entry"
      data-read-id={model.id}
      data-shown={shown ? 'true' : 'false'}
    >
      <input
        type="checkbox"
        checked={shown}
        onChange={() => onToggle(model.id)}
        aria-label={`Show ${model.id}`}
        style={{ accentColor: color }}
      />
      <div>
        <span
          className={styles.swatch}
          style={{ background: color, display: 'inline-block', verticalAlign: 'middle', marginRight: 6 }}
        />
        <Link href={`/reads/${encodeURIComponent(model.id)}`}>{model.id}</Link>
        <div className={styles.muted}>
          {readerSummary(model.reader)} · {formatClock(model.durationSec)} ·{' '}
          {model.track ? `${model.track.fixations.length} fixations` : 'no track'}
        </div>
      </div>
      <p className={styles.readerNow} style={{ opacity: shown ? 1 : 0.5 }}>
        {s ? (
          words.length > 0 ? (
            words.map((w) => (
              <span
                key={w.index}
                className={[w.hedge ? styles.hedge : '', w.index === word ? styles.wordCurrent : ''].join(' ')}
              >
                {w.text}{' '}
              </span>
            ))
          ) : (
            s.text
          )
        ) : (
          <span className={styles.muted}>(silent)</span>
        )}
      </p>
    </li>
  );
});
