/** A track query with a window and maxPoints returns what the dataset file says. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TrackRecord } from '@chexthought/search-index';
import { startFixture, type Fixture } from './setup.ts';

let fx: Fixture;
let track: TrackRecord;
before(async () => {
  fx = await startFixture('tracks');
  // A dense (60 Hz) track with blinks and several viewport events.
  track = [...fx.data.tracks.values()]
    .filter((t) => t.samples.t.length > 1000 && (t.viewport ?? []).length >= 3 && t.samples.x.some((x) => x === null))
    .sort((a, b) => b.samples.t.length - a.samples.t.length)[0]!;
  assert.ok(track, 'the fixture has a dense track with blinks and viewport events');
});
after(async () => {
  await fx?.close();
});

const TRACK_QUERY = `query($id: ID!, $window: TimeWindow, $maxPoints: Int) {
  read(id: $id) { track(window: $window, maxPoints: $maxPoints) {
    readId synthetic samplingHz pixelsPerDegree sampleCount durationSec fixationsDerived
    samples { windowCount count t x y }
    packedSamples { encoding count windowCount t x y }
    fixations { number start end x y }
    viewport { t xmin ymin xmax ymax zoom windowWidth windowLevel }
  } } }`;

interface Track {
  sampleCount: number;
  durationSec: number;
  samplingHz: number | null;
  samples: { windowCount: number; count: number; t: number[]; x: (number | null)[]; y: (number | null)[] };
  packedSamples: { encoding: string; count: number; windowCount: number; t: string; x: string; y: string };
  fixations: Array<{ number: number; start: number; end: number; x: number; y: number }>;
  viewport: Array<{ t: number }>;
}

const f32 = (v: number | null) => (v === null ? NaN : Math.fround(v));
function unpack(b64: string): number[] {
  const buf = Buffer.from(b64, 'base64');
  return Array.from({ length: buf.length / 4 }, (_v, i) => buf.readFloatLE(i * 4));
}

async function fetchTrack(window?: { start?: number; end?: number }, maxPoints?: number) {
  const res = await fx.gql<{ read: { track: Track | null } }>(TRACK_QUERY, { id: track.readId, window, maxPoints });
  assert.equal(res.errors, undefined, res.text.slice(0, 500));
  return res.data!.read.track!;
}

describe('attention track', () => {
  test('whole track, no down-sampling: identical to the file', async () => {
    const got = await fetchTrack();
    assert.equal(got.sampleCount, track.samples.t.length);
    assert.equal(got.durationSec, track.samples.t.at(-1));
    assert.equal(got.samplingHz, track.samplingHz);
    assert.deepEqual(got.samples.t, track.samples.t);
    assert.deepEqual(got.samples.x, track.samples.x);
    assert.deepEqual(got.samples.y, track.samples.y);
    assert.equal(got.samples.windowCount, track.samples.t.length);
    assert.equal(got.fixations.length, (track.fixations ?? got.fixations).length);
    assert.deepEqual(
      got.viewport.map((v) => v.t),
      (track.viewport ?? []).map((v) => v.t),
    );
  });

  test('window + maxPoints: samples from the window, at most maxPoints, blinks kept, packed equal', async () => {
    const start = track.samples.t[Math.floor(track.samples.t.length * 0.25)]! + 0.001;
    const end = track.samples.t[Math.floor(track.samples.t.length * 0.75)]!;
    const maxPoints = 100;
    const got = await fetchTrack({ start, end }, maxPoints);
    const inWindow = track.samples.t
      .map((t, i) => ({ t, x: track.samples.x[i]!, y: track.samples.y[i]!, i }))
      .filter((s) => s.t >= start && s.t <= end);
    assert.equal(got.samples.windowCount, inWindow.length);
    assert.ok(got.samples.count <= maxPoints && got.samples.count === got.samples.t.length);
    assert.ok(got.samples.count >= maxPoints / 2, 'down-sampling keeps a useful resolution');
    // Every returned sample is a sample of the file inside the window, in time order.
    const byT = new Map(inWindow.map((s) => [s.t, s]));
    got.samples.t.forEach((t, k) => {
      const s = byT.get(t);
      assert.ok(s, `sample t=${t} is in the file's window`);
      assert.equal(got.samples.x[k], s!.x);
      assert.equal(got.samples.y[k], s!.y);
      if (k > 0) assert.ok(t > got.samples.t[k - 1]!);
    });
    assert.equal(got.samples.t[0], inWindow[0]!.t, 'starts at the window start');
    if (inWindow.some((s) => s.x === null)) assert.ok(got.samples.x.includes(null), 'blinks survive down-sampling');
    // packedSamples: the same values as little-endian Float32, NaN for blinks.
    assert.equal(got.packedSamples.encoding, 'f32le-base64');
    assert.equal(got.packedSamples.count, got.samples.count);
    assert.deepEqual(unpack(got.packedSamples.t), got.samples.t.map(f32));
    assert.deepEqual(unpack(got.packedSamples.x), got.samples.x.map(f32));
    assert.deepEqual(unpack(got.packedSamples.y), got.samples.y.map(f32));
    // Fixations overlapping the window, numbered in whole-track order.
    const all = track.fixations ?? (await fetchTrack()).fixations;
    const expected = all.map((f, i) => ({ ...f, number: i + 1 })).filter((f) => f.end >= start && f.start <= end);
    assert.deepEqual(
      got.fixations.map((f) => [f.number, f.start, f.end]),
      expected.map((f) => [f.number, f.start, f.end]),
    );
    // Viewport: events inside the window plus the last one before it.
    const vp = track.viewport ?? [];
    const before = vp.filter((v) => v.t < start).at(-1);
    const expectedVp = [...(before ? [before] : []), ...vp.filter((v) => v.t >= start && v.t <= end)];
    assert.deepEqual(
      got.viewport.map((v) => v.t),
      expectedVp.map((v) => v.t),
    );
  });

  test('an empty window and bad arguments', async () => {
    const empty = await fetchTrack({ start: track.samples.t.at(-1)! + 100 });
    assert.equal(empty.samples.windowCount, 0);
    assert.equal(empty.samples.count, 0);
    for (const [window, maxPoints] of [
      [{ start: 5, end: 1 }, undefined],
      [undefined, 0],
      [undefined, 200_001],
    ] as const) {
      const res = await fx.gql(TRACK_QUERY, { id: track.readId, window, maxPoints });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', res.text.slice(0, 300));
    }
  });

  test('a sparse track (CheXthought-style) comes back whole', async () => {
    const sparse = [...fx.data.tracks.values()].find((t) => t.samples.t.length < 200)!;
    const res = await fx.gql<{ read: { trackSummary: { sampleCount: number }; track: Track } }>(
      `query($id: ID!) { read(id: $id) { trackSummary { sampleCount } track { sampleCount samples { t x y } fixations { number } } } }`,
      { id: sparse.readId },
    );
    assert.equal(res.errors, undefined);
    assert.equal(res.data!.read.trackSummary.sampleCount, sparse.samples.t.length);
    assert.deepEqual(res.data!.read.track.samples.t, sparse.samples.t);
    assert.deepEqual(
      res.data!.read.track.fixations.map((f) => f.number),
      res.data!.read.track.fixations.map((_f, i) => i + 1),
    );
  });
});
