/**
 * The replay's one clock. Playback advances on requestAnimationFrame (injected, so the clock is
 * testable without a browser); listeners run on every frame while playing and on every seek,
 * play, pause or speed change. React components derive coarse state from it (the current word,
 * step, fixation) and re-render only when that changes; the overlay and the playhead redraw
 * imperatively on each call.
 */

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 4] as const;
/** A frame gap longer than this (a background tab, a debugger pause) does not jump the clock. */
const MAX_FRAME_GAP_MS = 1000;

export type ClockListener = (time: number, clock: ReplayClock) => void;

export interface ClockScheduler {
  now(): number;
  requestFrame(cb: (now: number) => void): number;
  cancelFrame(handle: number): void;
}

const browserScheduler: ClockScheduler = {
  now: () => performance.now(),
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (h) => cancelAnimationFrame(h),
};

export function clampTime(t: number, duration: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(Math.max(t, 0), Math.max(duration, 0));
}

export class ReplayClock {
  private _time = 0;
  private _playing = false;
  private _rate = 1;
  private frame: number | null = null;
  private lastFrame = 0;
  private readonly listeners = new Set<ClockListener>();
  /** Bumped on seek/play/pause/rate: lets subscribers tell a state change from a frame. */
  changeCount = 0;

  constructor(
    private _duration: number,
    private readonly scheduler: ClockScheduler = browserScheduler,
  ) {}

  get time() {
    return this._time;
  }
  get duration() {
    return this._duration;
  }
  get playing() {
    return this._playing;
  }
  get rate() {
    return this._rate;
  }

  subscribe(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setDuration(duration: number) {
    this._duration = Math.max(0, duration);
    if (this._time > this._duration) this.seek(this._duration);
  }

  play() {
    if (this._playing) return;
    if (this._time >= this._duration) this._time = 0; // replay from the start at the end
    this._playing = true;
    this.lastFrame = this.scheduler.now();
    this.frame = this.scheduler.requestFrame(this.tick);
    this.changed();
  }

  pause() {
    if (!this._playing) return;
    this._playing = false;
    if (this.frame !== null) this.scheduler.cancelFrame(this.frame);
    this.frame = null;
    this.changed();
  }

  toggle() {
    if (this._playing) this.pause();
    else this.play();
  }

  seek(t: number) {
    this._time = clampTime(t, this._duration);
    this.lastFrame = this.scheduler.now();
    this.changed();
  }

  seekBy(dt: number) {
    this.seek(this._time + dt);
  }

  setRate(rate: number) {
    if (!(rate > 0)) throw new Error(`playback rate must be positive (got ${rate})`);
    this._rate = rate;
    this.changed();
  }

  destroy() {
    if (this.frame !== null) this.scheduler.cancelFrame(this.frame);
    this.frame = null;
    this._playing = false;
    this.listeners.clear();
  }

  private readonly tick = (now: number) => {
    if (!this._playing) return;
    const gap = Math.min(Math.max(now - this.lastFrame, 0), MAX_FRAME_GAP_MS);
    this.lastFrame = now;
    this._time = Math.min(this._time + (gap / 1000) * this._rate, this._duration);
    if (this._time >= this._duration) {
      this._playing = false;
      this.frame = null;
      this.changed();
      return;
    }
    this.frame = this.scheduler.requestFrame(this.tick);
    this.emit();
  };

  private changed() {
    this.changeCount++;
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l(this._time, this);
  }
}

/**
 * `?t=` of a deep link: seconds ("12.5", "12.5s") or minutes:seconds ("1:02.5"). Null when
 * absent or unreadable (the replay then starts at 0).
 */
export function parseTimeParam(value: string | null | undefined): number | null {
  if (value == null) return null;
  const v = value.trim().replace(/s$/i, '');
  const m = /^(?:(\d+):)?(\d+(?:\.\d+)?)$/.exec(v);
  if (!m) return null;
  const t = (m[1] ? Number(m[1]) * 60 : 0) + Number(m[2]);
  return Number.isFinite(t) ? t : null;
}

/** Seconds for a deep link, to the millisecond, without trailing zeros ("12.5"). */
export function formatTimeParam(t: number): string {
  return String(Math.round(Math.max(t, 0) * 1000) / 1000);
}

/** Clock display: "m:ss.s". */
export function formatClock(t: number): string {
  const tenths = Math.floor(Math.max(t, 0) * 10 + 1e-6);
  const m = Math.floor(tenths / 600);
  const s = (tenths % 600) / 10;
  return `${m}:${s.toFixed(1).padStart(4, '0')}`;
}

export type TimeMode = 'absolute' | 'normalised';

/**
 * Several readers on one clock: in absolute mode each read plays its own seconds (shorter reads
 * end early); in normalised mode the clock runs over the longest read and every read is
 * stretched to it, so each starts and ends together (time = fraction of the read).
 */
export function readTimeAt(clockTime: number, mode: TimeMode, clockDuration: number, readDuration: number): number {
  if (mode === 'absolute' || clockDuration <= 0) return Math.min(clockTime, readDuration);
  return (clampTime(clockTime, clockDuration) / clockDuration) * readDuration;
}
