'use client';
/**
 * The reasoning trace beside the image, on the replay's clock: the current step and word are
 * highlighted as time passes, hedges are marked, and clicking a word or a step seeks there.
 * Hovering or clicking a word links it to the image: the fixations of its lead window (the
 * seconds before it was said) are emphasised. The panel's data-current-word-index and
 * data-current-step carry the highlight for tests.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { ReplayClock } from '@/lib/replay-clock';
import { formatClock } from '@/lib/replay-clock';
import {
  currentStepIndex,
  currentWordIndex,
  scrollToReveal,
  splitByHedges,
  type FlatWord,
} from '@/lib/replay-reasoning';
import { useClockValue } from './clock-hooks';
import { kindLabel, type ReplayStep } from './replay-model';
import { KIND_COLORS } from './Timeline';
import styles from './replay.module.css';

interface Props {
  clock: ReplayClock;
  steps: readonly ReplayStep[];
  words: readonly FlatWord[];
  hasWordTimings: boolean;
  findingLabel: (finding: string) => string;
  /** The word linked to the image (hovered or clicked), as a global word index. */
  linkedWord: number | null;
  onLinkWord: (index: number | null, pin: boolean) => void;
  leadSec: number;
}

export function ReasoningPanel({
  clock,
  steps,
  words,
  hasWordTimings,
  findingLabel,
  linkedWord,
  onLinkWord,
  leadSec,
}: Props) {
  const wordIndex = useClockValue(clock, (c) => currentWordIndex(words, c.time));
  const stepIndex = useClockValue(clock, (c) => currentStepIndex(steps, c.time));
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the current step in view while playing (scroll the panel only, never the page).
  useEffect(() => {
    const list = listRef.current;
    if (!list || stepIndex < 0) return;
    const el = list.querySelector<HTMLElement>(`[data-step-position="${stepIndex}"]`);
    if (!el) return;
    // From layout boxes, whatever the offsetParent: the step's top within the list's content.
    const top = el.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientTop + list.scrollTop;
    const target = scrollToReveal(
      { top, height: el.offsetHeight },
      { scrollTop: list.scrollTop, height: list.clientHeight },
    );
    if (target !== null) list.scrollTo({ top: target, behavior: clock.playing ? 'smooth' : 'auto' });
  }, [stepIndex, clock]);

  // Stable per-step word lists, so only the steps whose highlight changed re-render.
  const wordsByStep = useMemo(() => {
    const m = new Map<number, FlatWord[]>();
    for (const w of words) {
      const list = m.get(w.step) ?? [];
      list.push(w);
      m.set(w.step, list);
    }
    return m;
  }, [words]);

  return (
    <section
      className={styles.reasoning}
      aria-label="Reasoning"
      data-testid="reasoning-panel"
      data-current-word-index={wordIndex}
      data-current-step={stepIndex >= 0 ? steps[stepIndex]!.index : -1}
    >
      <header className={styles.reasoningHead}>
        <h2>Reasoning</h2>
        <p className={styles.muted}>
          {hasWordTimings
            ? `Click a word or a step to go there. Hover or click a word: the fixations of the ${leadSec} s before it was said are ringed on the image (readers look before they speak).`
            : 'This read has no word-level timings: steps are highlighted as a whole. Click a step to go there.'}
        </p>
        <p className={styles.legendLine}>
          <span className={styles.hedge}>hedge</span> = uncertainty marker
        </p>
      </header>
      {steps.length === 0 ? (
        <p className={styles.missing}>This read has no reasoning trace.</p>
      ) : (
        <ol ref={listRef} className={styles.steps}>
          {steps.map((s, pos) => (
            <StepItem
              key={s.index}
              step={s}
              position={pos}
              words={wordsByStep.get(s.index) ?? NO_WORDS}
              current={pos === stepIndex}
              currentWord={wordIndex >= 0 && words[wordIndex]?.step === s.index ? wordIndex : -1}
              linkedWord={linkedWord != null && words[linkedWord]?.step === s.index ? linkedWord : -1}
              clock={clock}
              findingLabel={findingLabel}
              onLinkWord={onLinkWord}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

const NO_WORDS: FlatWord[] = [];

const StepItem = memo(function StepItem({
  step,
  position,
  words,
  current,
  currentWord,
  linkedWord,
  clock,
  findingLabel,
  onLinkWord,
}: {
  step: ReplayStep;
  position: number;
  words: readonly FlatWord[];
  current: boolean;
  currentWord: number;
  linkedWord: number;
  clock: ReplayClock;
  findingLabel: (f: string) => string;
  onLinkWord: (index: number | null, pin: boolean) => void;
}) {
  return (
    <li
      className={`${styles.step} ${current ? styles.stepCurrent : ''}`}
      data-step-index={step.index}
      data-step-position={position}
      aria-current={current ? 'step' : undefined}
    >
      <button
        type="button"
        className={styles.stepHead}
        onClick={() => clock.seek(step.start)}
        title="Go to the start of this step"
      >
        <span className={styles.kind} style={{ background: KIND_COLORS[step.kind] ?? '#888' }}>
          {kindLabel(step.kind)}
        </span>
        <span className={styles.stepTime}>
          {formatClock(step.start)}–{formatClock(step.end)}
        </span>
        {step.hedges.length > 0 && (
          <span className={styles.hedgeCount}>
            {step.hedges.length === 1 ? '1 hedge' : `${step.hedges.length} hedges`}
          </span>
        )}
      </button>
      <p className={styles.stepText}>
        {words.length > 0
          ? words.map((w) => (
              <span key={w.index}>
                <button
                  type="button"
                  className={[
                    styles.word,
                    w.hedge ? styles.hedge : '',
                    w.index === currentWord ? styles.wordCurrent : '',
                    w.index === linkedWord ? styles.wordLinked : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  data-word-index={w.index}
                  aria-current={w.index === currentWord ? 'true' : undefined}
                  title={`${formatClock(w.start)}${w.hedge ? ' · hedge' : ''}`}
                  onClick={() => {
                    clock.seek(w.start);
                    onLinkWord(w.index, true);
                  }}
                  onPointerEnter={() => onLinkWord(w.index, false)}
                  onPointerLeave={() => onLinkWord(null, false)}
                  onFocus={() => onLinkWord(w.index, false)}
                >
                  {w.text}
                </button>{' '}
              </span>
            ))
          : splitByHedges(step.text, step.hedges).map((seg, i) => (
              <span key={i} className={seg.hedge ? styles.hedge : undefined}>
                {seg.text}
              </span>
            ))}
      </p>
      {step.findings.length > 0 && (
        <ul className={styles.findingChips} aria-label="Findings named in this step">
          {step.findings.map((f) => (
            <li key={f}>{findingLabel(f)}</li>
          ))}
        </ul>
      )}
    </li>
  );
});
