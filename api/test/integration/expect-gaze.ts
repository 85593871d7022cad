/**
 * Expected gaze metrics of every read, computed from the dataset FILES with the metric functions
 * of search-index/src/metrics (never read back from the index): all records in memory, image by
 * image, with none of the ingest's compact inputs, streaming or serialised late fields. What the
 * ingest stores and the API filters on must equal these.
 */
import { ImageRecord, ReadRecord, TrackRecord, type DatasetManifest } from '@chexthought/search-index';
import type { FindingGaze, Region } from '@chexthought/search-index/metrics/contract';
import { firstMentions } from '@chexthought/search-index/metrics/eye-voice';
import { findingGaze } from '@chexthought/search-index/metrics/finding-gaze';
import { detectFixations } from '@chexthought/search-index/metrics/fixations';
import { readGazeMetrics } from '@chexthought/search-index/metrics/gaze-metrics';
import { lungFieldsFor } from '@chexthought/search-index/metrics/lung-fields';
import { presentFindings } from '@chexthought/search-index/metrics/presence';
import { consensusRegion } from '@chexthought/search-index/metrics/regions';
import { imageScanpathPairs } from '@chexthought/search-index/metrics/scanpath-similarity';
import { resolveThresholds } from '@chexthought/search-index/metrics/thresholds';
import type { Dataset } from './expect.ts';

export interface ExpectedGaze {
  lungCoverage: number | null;
  meanFixationMs: number | null;
  meanSaccadeDeg: number | null;
  ttffLungSec: number | null;
  /** Mean of the per-finding eye-voice spans (null: none). */
  eyeVoiceSpanSec: number | null;
  peerSimilarity: number | null;
  peerAoiSimilarity: number | null;
  findingGaze: FindingGaze[];
  /** Fixations of the track (given, or detected with the dataset's method). */
  fixationCount: number;
}

const cache = new WeakMap<Dataset, Map<string, ExpectedGaze | null>>();

/** Read id → its expected metrics (null: the read has no track). */
export function expectedGaze(d: Dataset): Map<string, ExpectedGaze | null> {
  let out = cache.get(d);
  if (!out) {
    out = computeAll(d);
    cache.set(d, out);
  }
  return out;
}

function computeAll(d: Dataset): Map<string, ExpectedGaze | null> {
  const manifest = d.manifest as unknown as Partial<DatasetManifest>;
  const thresholds = resolveThresholds(manifest.metrics ?? {});
  const choice = manifest.fixations ?? 'idt';
  const out = new Map<string, ExpectedGaze | null>();
  const byImage = new Map<string, ReadRecord[]>();
  for (const raw of d.reads) {
    const r = ReadRecord.parse(raw);
    byImage.set(r.imageId, [...(byImage.get(r.imageId) ?? []), r]);
    out.set(r.id, null);
  }
  for (const [imageId, reads] of byImage) {
    const image = ImageRecord.parse(d.images.get(imageId));
    const lungFields = lungFieldsFor(image, {
      anatomy: image.lungFields,
      chestBox: image.chestBox,
    });
    const scanpaths = [];
    for (const read of reads) {
      const rawTrack = d.tracks.get(read.id);
      if (!rawTrack) continue;
      const track = TrackRecord.parse(rawTrack);
      const { fixations } = detectFixations(track, choice, thresholds);
      scanpaths.push({ readId: read.id, fixations });
      const others = reads.filter((r) => r.id !== read.id);
      const positive = (r: ReadRecord) => [...new Set(r.findings.filter((f) => f.certainty >= 3).map((f) => f.label))];
      const regions = new Map<
        ReadRecord['findings'][number]['label'],
        { region: Region; source: 'reference' | 'consensus' }
      >();
      for (const rr of image.referenceRegions)
        if (!regions.has(rr.label)) regions.set(rr.label, { region: rr.region, source: 'reference' });
      for (const label of new Set(others.flatMap((r) => r.findings.map((f) => f.label)))) {
        if (regions.has(label)) continue;
        const marks = others.flatMap((r) =>
          r.findings.filter((f) => f.label === label && f.region).map((f) => ({ shape: 'box' as const, ...f.region! })),
        );
        const c = consensusRegion(marks);
        if (c) regions.set(label, { region: c, source: 'consensus' });
      }
      const input = {
        readId: read.id,
        durationSec: read.durationSec,
        image: { width: image.width, height: image.height },
        pixelsPerDegree: track.pixelsPerDegree ?? 40,
        fixations,
        lungFields,
        firstStepStartSec: read.reasoning.length ? Math.min(...read.reasoning.map((s) => s.start)) : null,
        findings: read.findings.map((f) => ({
          label: f.label,
          certainty: f.certainty,
          region: f.region ? { shape: 'box' as const, ...f.region } : null,
        })),
        presentFindings: presentFindings(
          image.referenceFindings.length ? image.referenceFindings : null,
          others.map(positive),
        ),
        referenceRegions: regions,
        firstMentionSec: firstMentions(read.reasoning),
        thresholds,
      };
      const g = readGazeMetrics(input);
      const fg = findingGaze(input);
      const spans = fg.flatMap((f) => (f.eyeVoiceSpanSec == null ? [] : [f.eyeVoiceSpanSec]));
      out.set(read.id, {
        lungCoverage: g.lungCoverage,
        meanFixationMs: g.meanFixationMs,
        meanSaccadeDeg: g.meanSaccadeDeg,
        ttffLungSec: g.ttffLungSec,
        eyeVoiceSpanSec: spans.length ? spans.reduce((a, b) => a + b, 0) / spans.length : null,
        peerSimilarity: null,
        peerAoiSimilarity: null,
        findingGaze: fg,
        fixationCount: fixations.length,
      });
    }
    const { peers } = imageScanpathPairs(scanpaths, { width: image.width, height: image.height });
    for (const [readId, p] of peers) {
      const e = out.get(readId)!;
      e.peerSimilarity = p.multimatch;
      e.peerAoiSimilarity = p.aoiLevenshtein;
    }
  }
  return out;
}
