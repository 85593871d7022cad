import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { NihLabelsError, parseNihLabels, pngPixelSpacing, readNihLabels } from '../../src/nih-labels.ts';

const SAMPLE_CSV = fileURLToPath(new URL('../../demo/nih-cxr14-sample/labels.csv', import.meta.url));
const QUIRKY_HEADER =
  'Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient Gender,View Position,OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],';

test('reads the demo sample despite the header quirk (12 header fields over 11-field rows)', async () => {
  const rows = await readNihLabels(SAMPLE_CSV);
  assert.equal(rows.length, 62);
  assert.equal(new Set(rows.map((r) => r.patientId)).size, 57);
  const r = rows.find((row) => row.imageId === '00000013_004')!;
  assert.deepEqual(r.sourceLabels, ['Effusion', 'Emphysema', 'Infiltration', 'Pneumothorax']);
  // Mapped, de-duplicated, in vocabulary order.
  assert.deepEqual(r.findings, [
    'Consolidation',
    'High lung volume / emphysema',
    'Pleural abnormality',
    'Pneumothorax',
  ]);
  assert.equal(r.followUp, 4);
  assert.equal(r.patientId, '13');
  assert.equal(r.age, 60);
  assert.equal(r.sex, 'M');
  assert.equal(r.viewPosition, 'AP');
  const first = rows[0]!;
  assert.equal(first.imageIndex, '00000001_000.png');
  assert.deepEqual(first.originalSize, [2682, 2749]);
  assert.deepEqual(first.originalPixelSpacingMm, [0.143, 0.143]);
  assert.equal(rows.filter((row) => row.findings[0] === 'No finding').length, 12);
});

test('pixel spacing of the 1024 PNG scales each axis by original size / 1024', () => {
  const [row] = parseNihLabels(`${QUIRKY_HEADER}\n00000001_000.png,Cardiomegaly,0,1,58,M,PA,2682,2749,0.143,0.143\n`);
  assert.deepEqual(pngPixelSpacing(row!, 1024, 1024), [0.37454, 0.38389]);
  const [square] = parseNihLabels(`${QUIRKY_HEADER}\n00000002_000.png,No Finding,0,2,81,M,PA,2048,2048,0.168,0.168\n`);
  assert.deepEqual(pngPixelSpacing(square!, 1024, 1024), [0.336, 0.336]);
});

test('labels map to the vocabulary; Infiltration and Pneumonia collapse into one finding', () => {
  const rows = parseNihLabels(
    [
      QUIRKY_HEADER,
      'a.png,Infiltration|Pneumonia,0,7,40,F,PA,2500,2048,0.171,0.171',
      'b.png,No Finding,1,7,41,F,AP,2500,2048,0.171,0.171',
      '',
    ].join('\r\n'),
  );
  assert.deepEqual(rows[0]!.findings, ['Consolidation']);
  assert.deepEqual(rows[1]!.sourceLabels, ['No Finding']);
  assert.deepEqual(rows[1]!.findings, ['No finding']);
  assert.equal(rows[1]!.line, 3);
});

test("Kaggle's sample_labels.csv header and 058Y ages are accepted; implausible ages become null", () => {
  const rows = parseNihLabels(
    'Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient Gender,View Position,OriginalImageWidth,OriginalImageHeight,OriginalImagePixelSpacing_x,OriginalImagePixelSpacing_y\n' +
      '00000013_005.png,Emphysema|Infiltration|Pleural_Thickening|Pneumothorax,5,13,060Y,M,AP,3056,2544,0.139,0.139\n' +
      '00000014_000.png,Hernia,0,14,414Y,F,PA,2992,2991,0.143,0.143\n',
  );
  assert.equal(rows[0]!.age, 60);
  assert.deepEqual(rows[0]!.originalSize, [3056, 2544]);
  assert.equal(rows[1]!.age, null);
  assert.deepEqual(rows[1]!.findings, ['Hiatal hernia']);
});

test('bad rows fail with file and line', () => {
  assert.throws(
    () => parseNihLabels(`${QUIRKY_HEADER}\nx.png,Mass|Unicorn,0,1,50,M,PA,1,1,0.1,0.1\n`, 'l.csv'),
    (err: Error) => err instanceof NihLabelsError && /l\.csv:2: unknown NIH label "Unicorn"/.test(err.message),
  );
  assert.throws(
    () => parseNihLabels(`${QUIRKY_HEADER}\nx.png,Mass,0,1,50,M\n`, 'l.csv'),
    /l\.csv:2: expected 11 fields, found 6/,
  );
  assert.throws(
    () => parseNihLabels(`${QUIRKY_HEADER}\nx.png,Mass,0,1,50,M,XX,1,1,0.1,0.1\n`),
    /bad View Position "XX"/,
  );
  assert.throws(
    () => parseNihLabels('id,label\nx,y\n', 'other.csv'),
    /other\.csv:1: not an NIH ChestX-ray14 label file/,
  );
});
