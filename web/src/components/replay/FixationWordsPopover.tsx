'use client';
/**
 * What was said around a clicked fixation: the words whose start falls from the fixation's start
 * to `leadSec` after its end (the inverse of the word → fixation lead window).
 */
import { formatClock } from '@/lib/replay-clock';
import { wordsAfterFixation } from '@/lib/replay-linking';
import type { FlatWord } from '@/lib/replay-reasoning';
import type { ReplayFixation } from '@/lib/replay-track';
import styles from './replay.module.css';

export function FixationWordsPopover({
  fixation,
  words,
  hasWordTimings,
  leadSec,
  x,
  y,
  readerLabel,
  onSeek,
  onClose,
}: {
  fixation: ReplayFixation;
  words: readonly FlatWord[];
  hasWordTimings: boolean;
  leadSec: number;
  x: number;
  y: number;
  readerLabel?: string;
  onSeek: (t: number) => void;
  onClose: () => void;
}) {
  const linked = wordsAfterFixation(words, fixation, leadSec).map((i) => words[i]!);
  const ms = Math.round((fixation.end - fixation.start) * 1000);
  return (
    <div
      className={styles.popover}
      style={{ left: Math.max(8, x + 14), top: Math.max(8, y + 14) }}
      role="dialog"
      aria-label={`Fixation ${fixation.number}`}
      data-testid="fixation-words"
      data-fixation={fixation.number}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className={styles.popoverHead}>
        <strong>
          Fixation {fixation.number}
          {readerLabel ? ` · ${readerLabel}` : ''}
        </strong>
        <button type="button" onClick={onClose} aria-label="Close" className={styles.closeButton}>
          ×
        </button>
      </div>
      <p className={styles.muted}>
        {formatClock(fixation.start)}–{formatClock(fixation.end)} ({ms} ms) at ({Math.round(fixation.x)},{' '}
        {Math.round(fixation.y)}) px.{' '}
        <button type="button" className={styles.linkButton} onClick={() => onSeek(fixation.start)}>
          Go there
        </button>
      </p>
      {!hasWordTimings ? (
        <p className={styles.missing}>This read has no word-level timings.</p>
      ) : linked.length === 0 ? (
        <p className={styles.muted}>Nothing was said from its start to {leadSec} s after it ended.</p>
      ) : (
        <>
          <p className={styles.muted}>Said from its start to {leadSec} s after it ended:</p>
          <p className={styles.popoverWords}>
            {linked.map((w) => (
              <button
                key={w.index}
                type="button"
                className={`${styles.word} ${w.hedge ? styles.hedge : ''}`}
                data-word-index={w.index}
                onClick={() => onSeek(w.start)}
                title={formatClock(w.start)}
              >
                {w.text}
              </button>
            ))}
          </p>
        </>
      )}
    </div>
  );
}
