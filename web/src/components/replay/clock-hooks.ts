'use client';
/**
 * React bindings of the replay clock. Components read coarse values derived from the time
 * (current word, step, playing) through useClockValue, which re-renders only when the derived
 * value changes — not on every frame.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { formatTimeParam, ReplayClock } from '@/lib/replay-clock';
import { useLatest } from '@/lib/use-latest';

export function useReplayClock(duration: number, initialTime: number | null): ReplayClock {
  const [clock] = useState(() => {
    const c = new ReplayClock(duration);
    if (initialTime != null) c.seek(initialTime);
    return c;
  });
  useEffect(() => clock.setDuration(duration), [clock, duration]);
  useEffect(() => () => clock.destroy(), [clock]);
  return clock;
}

/** A value derived from the clock; the component re-renders only when it changes (Object.is). */
export function useClockValue<T>(clock: ReplayClock, select: (clock: ReplayClock) => T): T {
  const subscribe = useCallback((cb: () => void) => clock.subscribe(cb), [clock]);
  const snapshot = () => select(clock);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Runs `onFrame` on every clock update (imperative DOM updates: playhead, time label). */
export function useClockFrame(clock: ReplayClock, onFrame: (time: number) => void) {
  const ref = useLatest(onFrame);
  useEffect(() => {
    const run = (t: number) => ref.current(t);
    run(clock.time);
    return clock.subscribe(run);
  }, [clock, ref]);
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
}

/**
 * Space = play/pause, ←/→ = ∓1 s, shift+←/→ = ∓5 s, Home/End. Ignored while typing in a field;
 * a focused button keeps its own space/enter (so space on "Play" does not toggle twice).
 */
export function useReplayShortcuts(clock: ReplayClock, step = 1) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const onButton = (e.target as HTMLElement | null)?.tagName === 'BUTTON';
      if (e.key === ' ' && !onButton) {
        e.preventDefault();
        clock.toggle();
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        clock.seekBy((e.key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 5 * step : step));
      } else if (e.key === 'Home') {
        e.preventDefault();
        clock.seek(0);
      } else if (e.key === 'End') {
        e.preventDefault();
        clock.seek(clock.duration);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clock, step]);
}

/**
 * Keeps ?t= in the address bar on the moment shown, so a link restores it. Written with
 * history.replaceState when paused or after a seek (debounced), never on every frame.
 */
export function useDeepLinkTime(clock: ReplayClock, param = 't') {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastChange = clock.changeCount;
    const write = () => {
      timer = null;
      const url = new URL(window.location.href);
      const value = formatTimeParam(clock.time);
      if (url.searchParams.get(param) === value) return;
      url.searchParams.set(param, value);
      window.history.replaceState(window.history.state, '', url);
    };
    const unsubscribe = clock.subscribe(() => {
      if (clock.changeCount === lastChange) return; // a playback frame
      lastChange = clock.changeCount;
      if (clock.playing) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, 250);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [clock, param]);
}
