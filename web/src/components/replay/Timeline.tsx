'use client';
/**
 * The scrubbable timeline: reasoning steps as coloured segments (by kind), finding markers where
 * each finding is first named, and the playhead (moved per frame by transform, no React render).
 * Pointer drag and keyboard (←/→ 1 s, shift 5 s, Home/End) seek; it is an ARIA slider.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatClock, type ReplayClock } from '@/lib/replay-clock';
import { useClockFrame } from './clock-hooks';
import styles from './replay.module.css';

export interface TimelineSegment {
  start: number;
  end: number;
  kind: string;
  label: string;
  /** Row (0-based) for several readers; one row by default. */
  row?: number;
  color?: string;
}

export interface TimelineMarker {
  time: number;
  label: string;
  row?: number;
}

/** Tick positions: a round step giving about six ticks over the duration. */
export function secondTicks(duration: number): number[] {
  if (!(duration > 0)) return [0];
  const raw = duration / 6;
  const step = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300].find((s) => s >= raw) ?? 600;
  const out: number[] = [];
  for (let t = 0; t <= duration + 1e-9; t += step) out.push(Math.round(t * 1000) / 1000);
  return out;
}

/** Step kinds; dark enough for white label text (contrast ≥ 4.5, WCAG AA). */
export const KIND_COLORS: Record<string, string> = {
  OBSERVATION: '#2f6fd8',
  INTERPRETATION: '#7048e0',
  DIFFERENTIAL: '#a85a00',
  RECOMMENDATION: '#1a7f4e',
  CONCLUSION: '#c42840',
};

export function Timeline({
  clock,
  segments,
  markers,
  rows = 1,
  formatTime = formatClock,
  ticks = secondTicks,
  label = 'Replay position',
}: {
  clock: ReplayClock;
  segments: readonly TimelineSegment[];
  markers: readonly TimelineMarker[];
  rows?: number;
  formatTime?: (t: number) => string;
  /** Tick times for a duration (round seconds by default). */
  ticks?: (duration: number) => number[];
  label?: string;
}) {
  const trackRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const d = Math.max(clock.duration, 1e-6);
  const pct = (t: number) => `${(Math.min(Math.max(t / d, 0), 1) * 100).toFixed(3)}%`;

  useClockFrame(clock, (t) => {
    const el = trackRef.current;
    const head = headRef.current;
    if (!el || !head) return;
    head.style.transform = `translateX(${(Math.min(Math.max(t / d, 0), 1) * el.clientWidth).toFixed(1)}px)`;
    el.setAttribute('aria-valuenow', t.toFixed(2));
    el.setAttribute('aria-valuetext', formatTime(t));
  });

  const seekTo = (clientX: number) => {
    const el = trackRef.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    clock.seek(((clientX - r.left) / r.width) * clock.duration);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    seekTo(e.clientX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) seekTo(e.clientX);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 5 : 1;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => clock.seekBy(-step),
      ArrowDown: () => clock.seekBy(-step),
      ArrowRight: () => clock.seekBy(step),
      ArrowUp: () => clock.seekBy(step),
      PageDown: () => clock.seekBy(-10),
      PageUp: () => clock.seekBy(10),
      Home: () => clock.seek(0),
      End: () => clock.seek(clock.duration),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault(); // the page-wide shortcuts skip handled keys
    act();
  };

  const rowHeight = rows > 1 ? 10 : 16;
  return (
    <div className={styles.timelineWrap}>
      <div
        ref={trackRef}
        className={styles.timeline}
        style={{ height: rows * rowHeight + 18 }}
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Number(clock.duration.toFixed(2))}
        aria-valuenow={Number(clock.time.toFixed(2))}
        data-testid="timeline"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      >
        {segments.map((s, i) => (
          <div
            key={i}
            className={styles.segment}
            title={`${s.label} (${formatTime(s.start)}–${formatTime(s.end)})`}
            style={{
              left: pct(s.start),
              width: `calc(${pct(s.end)} - ${pct(s.start)})`,
              top: 14 + (s.row ?? 0) * rowHeight,
              height: rowHeight - 3,
              background: s.color ?? KIND_COLORS[s.kind] ?? '#888',
            }}
          />
        ))}
        {markers.map((m, i) => (
          <div
            key={i}
            className={styles.marker}
            style={{ left: pct(m.time), top: (m.row ?? 0) * 0 }}
            title={`${m.label} first named at ${formatTime(m.time)}`}
          >
            <span aria-hidden="true">◆</span>
            <span className={styles.srOnly}>{m.label}</span>
          </div>
        ))}
        {ticks(clock.duration).map((t) => (
          <span
            key={t}
            className={styles.tick}
            style={{ left: pct(t), transform: t === 0 ? 'none' : undefined }}
            aria-hidden="true"
          >
            {formatTime(t)}
          </span>
        ))}
        <div ref={headRef} className={styles.playhead} aria-hidden="true" />
      </div>
    </div>
  );
}
