import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RngStreams } from '../../src/generate/prng.ts';
import { levenshtein } from '../../src/metrics/aoi-levenshtein.ts';

/** The textbook recurrence over the whole (|a| + 1) × (|b| + 1) table. */
function levenshteinTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i || j));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

test('Levenshtein equals the full-table recurrence: random AOI-like strings of 0–130 letters', () => {
  const rng = new RngStreams(9).for('levenshtein');
  // Lengths across the 32-letter blocks of the bit-parallel algorithm; 3 letters (many matches) to
  // 26, and a finer grid's letters beyond Z (aoiString's 0x100 + cell).
  const alphabets = ['ABC', 'ABCDEFGHIJKLMNOPQRSTUVWXY', String.fromCharCode(65, 66, 0x100 + 26, 0x100 + 400)];
  for (let k = 0; k < 400; k++) {
    const letters = alphabets[k % alphabets.length]!;
    const word = () => Array.from({ length: rng.int(0, 130) }, () => letters[rng.int(0, letters.length - 1)]).join('');
    const a = word();
    const b = k % 5 === 0 ? a.slice(rng.int(0, 5)) + word().slice(0, 4) : word();
    assert.equal(levenshtein(a, b), levenshteinTable(a, b), `${a} / ${b}`);
  }
});
