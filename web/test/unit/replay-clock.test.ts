import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatClock,
  formatTimeParam,
  parseTimeParam,
  readTimeAt,
  ReplayClock,
  type ClockScheduler,
} from '../../src/lib/replay-clock';

/** A hand-driven frame scheduler: `frame(ms)` advances time and runs the pending callback. */
function fakeScheduler() {
  let now = 0;
  let pending: ((t: number) => void) | null = null;
  const s: ClockScheduler & { frame(ms: number): void; pending(): boolean } = {
    now: () => now,
    requestFrame: (cb) => {
      pending = cb;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
    frame(ms) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.(now);
    },
    pending: () => pending !== null,
  };
  return s;
}

test('plays at the chosen rate, pauses, seeks and stops at the end', () => {
  const s = fakeScheduler();
  const clock = new ReplayClock(10, s);
  const seen: number[] = [];
  clock.subscribe((t) => seen.push(t));
  clock.play();
  s.frame(500);
  assert.equal(clock.time, 0.5);
  clock.setRate(2);
  s.frame(500);
  assert.equal(clock.time, 1.5);
  clock.pause();
  assert.equal(s.pending(), false, 'no frame requested while paused');
  clock.seek(9.9);
  clock.setRate(1);
  clock.play();
  s.frame(500);
  assert.equal(clock.time, 10);
  assert.equal(clock.playing, false, 'stops at the end');
  clock.play();
  assert.equal(clock.time, 0, 'play at the end starts over');
  assert.ok(seen.length >= 6);
});

test('seek clamps; a long frame gap does not jump the clock', () => {
  const s = fakeScheduler();
  const clock = new ReplayClock(100, s);
  clock.seek(-3);
  assert.equal(clock.time, 0);
  clock.seek(1000);
  assert.equal(clock.time, 100);
  clock.seek(5);
  clock.seekBy(-1);
  assert.equal(clock.time, 4);
  clock.play();
  s.frame(60_000);
  assert.equal(clock.time, 5, 'at most 1 s per frame');
  assert.throws(() => clock.setRate(0), /positive/);
});

test('deep-link time parameter', () => {
  assert.equal(parseTimeParam('12.5'), 12.5);
  assert.equal(parseTimeParam('12.5s'), 12.5);
  assert.equal(parseTimeParam('1:02.5'), 62.5);
  assert.equal(parseTimeParam(' 3 '), 3);
  assert.equal(parseTimeParam('abc'), null);
  assert.equal(parseTimeParam('-1'), null);
  assert.equal(parseTimeParam(null), null);
  assert.equal(formatTimeParam(12.5), '12.5');
  assert.equal(formatTimeParam(1 / 3), '0.333');
  assert.equal(formatClock(62.55), '1:02.5');
  assert.equal(formatClock(0), '0:00.0');
});

test('several readers on one clock: absolute and normalised time', () => {
  assert.equal(readTimeAt(5, 'absolute', 40, 20), 5);
  assert.equal(readTimeAt(30, 'absolute', 40, 20), 20, 'a shorter read has ended');
  assert.equal(readTimeAt(20, 'normalised', 40, 20), 10, 'half way through each read');
  assert.equal(readTimeAt(40, 'normalised', 40, 30), 30);
});
