'use client';
/** Play/pause, the clock read-out (updated per frame without React) and the playback speed. */
import { useRef } from 'react';
import { formatClock, SPEEDS, type ReplayClock } from '@/lib/replay-clock';
import { useClockFrame, useClockValue } from './clock-hooks';
import styles from './replay.module.css';

export function PlaybackControls({
  clock,
  formatTime = formatClock,
}: {
  clock: ReplayClock;
  formatTime?: (t: number) => string;
}) {
  const playing = useClockValue(clock, (c) => c.playing);
  const rate = useClockValue(clock, (c) => c.rate);
  const timeRef = useRef<HTMLSpanElement>(null);
  const total = formatTime(clock.duration);
  useClockFrame(clock, (t) => {
    if (timeRef.current) timeRef.current.textContent = formatTime(t);
  });
  return (
    <div className={styles.playback}>
      <button
        type="button"
        className={styles.playButton}
        onClick={() => clock.toggle()}
        aria-label={playing ? 'Pause' : 'Play'}
        data-testid="play-toggle"
        data-playing={playing ? 'true' : 'false'}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <span className={styles.clockReadout} aria-live="off">
        <span ref={timeRef} data-testid="clock-time">
          {formatTime(clock.time)}
        </span>{' '}
        / {total}
      </span>
      <label className={styles.speed}>
        Speed{' '}
        <select value={String(rate)} onChange={(e) => clock.setRate(Number(e.target.value))} data-testid="speed">
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
