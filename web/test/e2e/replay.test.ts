/**
 * The replay in a real browser against the real API and Elasticsearch: tiles and overlay drawn,
 * a deep link restores the moment (the highlighted word and the current fixation are the ones the
 * data says, computed here from the API's answer), words seek, play/pause, keyboard, fixation
 * popover, multi-reader mode. Screenshots go to artifacts/screenshots/replay-*.png.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { pageSettled, startStack, viewerAnimations, viewersSettled, type Stack } from './harness.ts';

interface Word {
  text: string;
  start: number;
  end: number;
}
interface Fix {
  number: number;
  start: number;
  end: number;
  x: number;
  y: number;
}
interface ReadData {
  id: string;
  durationSec: number;
  image: {
    id: string;
    readCount: number;
    reads: Array<{ id: string; trackSummary: { fixationCount: number } | null }>;
  };
  reasoning: { steps: Array<{ index: number; start: number; end: number; words: Word[] }> };
  track: { durationSec: number; fixations: Fix[]; viewport: Array<{ t: number }> };
}

let stack: Stack;
let read: ReadData;
let words: Word[];

/** Same rules as the portal, written out independently: the word being said at t (held 0.25 s after its end). */
function wordAt(t: number): number {
  let idx = -1;
  words.forEach((w, i) => {
    if (w.start <= t) idx = i;
  });
  return idx >= 0 && t <= words[idx]!.end + 0.25 ? idx : -1;
}
function fixationAt(t: number): Fix | undefined {
  return read.track.fixations.find((f) => f.start <= t && t <= f.end);
}

async function openReplay(page: Page, path: string) {
  await page.goto(`${stack.portalUrl}${path}`);
  await page.waitForSelector('[data-testid="gaze-overlay"][data-time]');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="osd-viewer"]')?.getAttribute('data-tiles-loaded') ?? 0) > 0,
  );
}

const clockTime = (page: Page) =>
  page.$eval('[data-testid="gaze-overlay"]', (c) => Number(c.getAttribute('data-time')));

before(async () => {
  stack = await startStack('replay');
  // A dense read (60 Hz, viewport events, word timings) of an image read by several readers.
  const list = await stack.graphql<{
    reads: {
      edges: Array<{
        node: {
          id: string;
          image: { readCount: number };
          trackSummary: { samplingHz: number | null; hasViewport: boolean } | null;
        };
      }>;
    };
  }>(
    `{ reads(first: 40, sort: [{ field: ID }]) { edges { node { id image { readCount } trackSummary { samplingHz hasViewport } } } } }`,
  );
  const pick = list.reads.edges
    .map((e) => e.node)
    .find((n) => n.trackSummary?.samplingHz && n.trackSummary.hasViewport && n.image.readCount >= 3);
  assert.ok(pick, 'the demo has a dense read of an image with several reads');
  const d = await stack.graphql<{ read: ReadData }>(
    `query ($id: ID!) { read(id: $id) { id durationSec image { id readCount reads { id trackSummary { fixationCount } } }
       reasoning { steps { index start end words { text start end } } }
       track { durationSec fixations { number start end x y } viewport { t } } } }`,
    { id: pick.id },
  );
  read = d.read;
  words = [...read.reasoning.steps].sort((a, b) => a.start - b.start).flatMap((s) => s.words);
  assert.ok(words.length > 5 && read.track.fixations.length > 10);
});

after(async () => {
  await stack?.stop();
});

test('a deep link restores the moment: tiles, overlay, highlighted word and current fixation as the data says', async () => {
  // A moment inside both a spoken word and a fixation, away from the start.
  let t = -1;
  for (const w of words.slice(3)) {
    const mid = Math.round(((w.start + w.end) / 2) * 1000) / 1000;
    if (fixationAt(mid)) {
      t = mid;
      break;
    }
  }
  assert.ok(t > 0, 'some word is said during a fixation');
  const page = await stack.newPage();
  await openReplay(page, `/reads/${encodeURIComponent(read.id)}?t=${t}`);
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-time') === want,
    t.toFixed(3),
  );

  const expectedWord = wordAt(t);
  const expectedFix = fixationAt(t)!;
  const panel = page.locator('[data-testid="reasoning-panel"]');
  assert.equal(await panel.getAttribute('data-current-word-index'), String(expectedWord));
  const highlighted = page.locator('[data-testid="reasoning-panel"] button[aria-current="true"]');
  assert.equal(await highlighted.count(), 1);
  assert.equal((await highlighted.textContent())?.trim(), words[expectedWord]!.text);
  const canvas = page.locator('[data-testid="gaze-overlay"]');
  assert.equal(await canvas.getAttribute('data-current-fixation'), String(expectedFix.number));
  assert.ok(Number(await canvas.getAttribute('data-drawn-fixations')) >= 1);
  // The overlay really drew something (pixels, not only attributes).
  const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
  assert.ok(painted > 200, `overlay painted ${painted} pixels`);
  // The lead window of the current word: the fixations overlapping [w − 2 s, w] are ringed.
  const w = words[expectedWord]!;
  const lead = read.track.fixations.filter((f) => f.start <= w.start && f.end >= w.start - 2).map((f) => f.number);
  assert.deepEqual((await canvas.getAttribute('data-emphasised'))!.split(',').map(Number), lead);

  // Clicking the current fixation on the image lists the words said from its start to 2 s after its end.
  const xy = (await canvas.getAttribute('data-current-fixation-xy'))!.split(',').map(Number);
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + xy[0]!, box.y + xy[1]!);
  const pop = page.locator('[data-testid="fixation-words"]');
  await pop.waitFor();
  assert.equal(await pop.getAttribute('data-fixation'), String(expectedFix.number));
  const said = words.filter((x) => x.start >= expectedFix.start && x.start <= expectedFix.end + 2).map((x) => x.text);
  const shown = await pop.locator('button[data-word-index]').allTextContents();
  assert.deepEqual(
    shown.map((s) => s.trim()),
    said,
  );
  await page.close();
});

test('clicking a word seeks to it and updates the link; play advances the clock, pause stops it; keyboard', async () => {
  const page = await stack.newPage();
  await openReplay(page, `/reads/${encodeURIComponent(read.id)}`);
  const target = words[Math.floor(words.length / 2)]!;
  const index = words.indexOf(target);
  await page.click(`[data-testid="reasoning-panel"] button[data-word-index="${index}"]`);
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-time') === want,
    target.start.toFixed(3),
  );
  assert.equal(
    await page.locator('[data-testid="reasoning-panel"]').getAttribute('data-current-word-index'),
    String(index),
  );
  await page.waitForFunction(
    (want) => new URL(location.href).searchParams.get('t') === want,
    String(Math.round(target.start * 1000) / 1000),
  );

  await page.click('[data-testid="play-toggle"]');
  assert.equal(await page.getAttribute('[data-testid="play-toggle"]', 'data-playing'), 'true');
  await page.waitForFunction(
    (from) => Number(document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-time')) > from + 0.6,
    target.start,
  );
  const playedTo = await clockTime(page);
  assert.ok(playedTo > target.start + 0.6, `clock advanced from ${target.start} to ${playedTo}`);
  await page.click('[data-testid="play-toggle"]');
  const paused = await clockTime(page);
  await page.waitForTimeout(500); // a time that passes with nothing to wait for: the clock must not move
  assert.equal(await clockTime(page), paused, 'paused clock does not move');

  // Keyboard: → is +1 s, shift+← is −5 s, space plays.
  await page.locator('[data-testid="reasoning-panel"] h2').click();
  await page.keyboard.press('ArrowRight');
  assert.ok(Math.abs((await clockTime(page)) - Math.min(paused + 1, read.durationSec)) < 0.01);
  await page.keyboard.press('Shift+ArrowLeft');
  assert.ok(Math.abs((await clockTime(page)) - Math.max(0, Math.min(paused + 1, read.durationSec) - 5)) < 0.01);
  await page.keyboard.press(' ');
  assert.equal(await page.getAttribute('[data-testid="play-toggle"]', 'data-playing'), 'true');
  await page.keyboard.press(' ');
  assert.equal(await page.getAttribute('[data-testid="play-toggle"]', 'data-playing'), 'false');
  await page.close();
});

test('screenshots: start, middle, end, zoomed in, heatmap', async () => {
  const page = await stack.newPage();
  const id = encodeURIComponent(read.id);
  const d = read.durationSec;
  for (const [name, t] of [
    ['replay-start', 1.5],
    ['replay-middle', d / 2],
    ['replay-end', d],
  ] as const) {
    await openReplay(page, `/reads/${id}?t=${t.toFixed(3)}`);
    await pageSettled(page); // follow mode animates to the reader's view; tiles load
    await stack.screenshot(page, name);
  }
  // Zoomed in by the user: follow mode is left, and the overlay stays on the anatomy: the
  // current fixation moves away from the zoom centre by exactly the zoom factor.
  const mid = read.track.fixations.reduce((a, b) =>
    Math.abs((b.start + b.end) / 2 - d / 2) < Math.abs((a.start + a.end) / 2 - d / 2) ? b : a,
  );
  await openReplay(page, `/reads/${id}?t=${((mid.start + mid.end) / 2).toFixed(3)}`);
  await pageSettled(page);
  const state = () =>
    page.evaluate(() => {
      const c = document.querySelector('[data-testid="gaze-overlay"]') as HTMLCanvasElement;
      const [x, y] = (c.getAttribute('data-current-fixation-xy') ?? '').split(',').map(Number);
      const zoom = Number(document.querySelector('[data-testid="osd-viewer"]')!.getAttribute('data-zoom'));
      return { x: x!, y: y!, zoom, cx: c.clientWidth / 2, cy: c.clientHeight / 2 };
    });
  const before = await state();
  const animations = await viewerAnimations(page);
  await page.click('button[aria-label="Zoom in"]');
  await page.click('button[aria-label="Zoom in"]');
  await viewersSettled(page, animations);
  assert.equal(
    await page.getAttribute('[data-testid="follow-toggle"]', 'aria-pressed'),
    'false',
    'zooming leaves follow mode',
  );
  const zoomed = await state();
  const k = zoomed.zoom / before.zoom;
  assert.ok(k > 2, `zoomed in ×${k}`);
  assert.ok(
    Math.abs(zoomed.x - (before.cx + (before.x - before.cx) * k)) < 3,
    `x on the anatomy: ${JSON.stringify({ before, zoomed })}`,
  );
  assert.ok(
    Math.abs(zoomed.y - (before.cy + (before.y - before.cy) * k)) < 3,
    `y on the anatomy: ${JSON.stringify({ before, zoomed })}`,
  );
  await stack.screenshot(page, 'replay-zoomed');
  // Heatmap of the whole read.
  await openReplay(page, `/reads/${id}?t=${d.toFixed(3)}`);
  await page.selectOption('[data-testid="heatmap-mode"]', 'read');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-heatmap') === 'read',
  );
  await pageSettled(page);
  await stack.screenshot(page, 'replay-heatmap');
  await page.close();
});

test('multi-reader mode: one track and one legend entry per read of the image, toggleable, with similarity', async () => {
  const page = await stack.newPage();
  await page.goto(
    `${stack.portalUrl}/reads/${encodeURIComponent(read.id)}?multi=1&t=${(read.durationSec / 2).toFixed(2)}`,
  );
  await page.waitForSelector('[data-testid="multi-replay"]');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="osd-viewer"]')?.getAttribute('data-tiles-loaded') ?? 0) > 0,
  );
  const entries = page.locator('[data-testid="reader-legend-entry"]');
  assert.equal(await entries.count(), read.image.readCount);
  const ids = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-read-id')));
  assert.deepEqual([...ids].sort(), read.image.reads.map((r) => r.id).sort());
  const withTracks = read.image.reads.filter((r) => r.trackSummary).length;
  const canvas = page.locator('[data-testid="gaze-overlay"]');
  assert.equal(await canvas.getAttribute('data-layers'), String(withTracks));
  // The API's similarity matrix: one row per read of the image, a cell for every ordered pair.
  const n = read.image.readCount;
  assert.equal(await page.locator('[data-testid="similarity-row"]').count(), n);
  assert.equal(await page.locator('[data-testid="scanpath-similarity"] td[data-pair]').count(), n * (n - 1));
  await pageSettled(page);
  await stack.screenshot(page, 'replay-multi');

  await entries.first().locator('input[type="checkbox"]').uncheck();
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-layers') === String(n),
    withTracks - 1,
  );
  await page.click('[data-testid="mode-normalised"]');
  assert.equal(await page.getAttribute('[data-testid="multi-replay"]', 'data-time-mode'), 'normalised');
  await page.close();
});

test('six readers: the whole similarity matrix, Mean column included, is on screen at 1440x900 and 1280x800 before any scroll', async () => {
  const top = await stack.graphql<{ images: { edges: { node: { id: string; readCount: number } }[] } }>(
    '{ images(first: 1, sort: [{ field: READ_COUNT, direction: DESC }]) { edges { node { id readCount } } } }',
  );
  const image = top.images.edges[0]!.node;
  assert.ok(image.readCount >= 6, `the demo has an image with six reads (${image.readCount})`);
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ] as const) {
    const page = await stack.newPage({ width, height });
    await page.goto(`${stack.portalUrl}/images/${encodeURIComponent(image.id)}/replay`);
    await page.waitForSelector('[data-testid="similarity-row"]');
    const matrix = page.locator('[data-testid="scanpath-similarity"]');
    // The side column is sized from where it starts once mounted: wait until it ends on screen.
    await page.waitForFunction(() => {
      const side = document.querySelector('[data-testid="scanpath-similarity"]')!.parentElement!;
      return side.style.getPropertyValue('--document-top') !== '' && side.getBoundingClientRect().bottom <= innerHeight;
    });
    const fit = await matrix.evaluate((section) => {
      const wrap = section.querySelector('table')!.parentElement!;
      const box = wrap.getBoundingClientRect();
      const mean = [...section.querySelectorAll('thead th')].at(-1)!.getBoundingClientRect();
      const legend = document.querySelector('[data-testid="reader-legend"]')!.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        matrixBottom: box.bottom,
        legendHeight: legend.height,
        overflowX: wrap.scrollWidth - wrap.clientWidth,
        overflowY: wrap.scrollHeight - wrap.clientHeight,
        meanInside: mean.left >= box.left && mean.right <= box.right,
        rows: section.querySelectorAll('[data-testid="similarity-row"]').length,
        rowsInView: [...section.querySelectorAll('[data-testid="similarity-row"]')].every((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= 0 && b.bottom <= innerHeight;
        }),
      };
    });
    const where = `${width}x${height}: ${JSON.stringify(fit)}`;
    assert.equal(fit.scrollY, 0, where);
    assert.equal(fit.rows, image.readCount);
    assert.ok(fit.overflowX <= 0, `${where}: the matrix is ${fit.overflowX} px too wide`);
    assert.ok(fit.overflowY <= 0, `${where}: no vertical scroll of its own`);
    assert.ok(fit.meanInside, `${where}: the Mean column is in view`);
    assert.ok(fit.matrixBottom <= height && fit.rowsInView, `${where}: every row is on screen without scrolling`);
    assert.ok(fit.legendHeight >= 220, `${where}: the reader list keeps room above it`);
    assert.match((await matrix.locator('thead th').nth(1).getAttribute('title')) ?? '', /\(([A-Z]{2})\) · /);
    // The notes under the matrix are one click away.
    await matrix.locator('summary:has-text("About these values")').click();
    assert.match(await matrix.locator('details p').innerText(), /MultiMatch: Jarodzka et al\. 2010/);
    assert.deepEqual(await seriousViolations(page), [], `${where}: axe`);
    await matrix.locator('summary').click();
    await stack.screenshot(page, width === 1440 ? 'replay-multi-six' : 'replay-multi-six-1280');
    await page.close();
  }
});
