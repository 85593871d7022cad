'use client';
/**
 * One read replayed: the image with the reader's attention track drawn over it and their
 * reasoning beside it, on one clock. Words and fixations link both ways (lead window), the
 * viewer can follow the reader's own zoom/pan/window, and ?t= restores a moment. The gaze metrics
 * sit beside the reasoning, and the coverage overlay paints what the coverage metric measures.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ReplayReadQuery } from '@/generated/graphql';
import { DEFAULT_LEAD_SEC, fixationsBeforeWord } from '@/lib/replay-linking';
import { currentWordIndex, findingMarkers } from '@/lib/replay-reasoning';
import type { ImageToScreen } from '@/lib/replay-geometry';
import type { ReplayClock } from '@/lib/replay-clock';
import { useVocabularyLabels } from '@/lib/vocabulary-labels';
import { useClockValue } from './clock-hooks';
import { CoverageLegend } from './CoverageLegend';
import { drawCoverage, type CoverageScene } from './draw-coverage';
import type { OverlayLayer } from './draw-gaze';
import { FixationWordsPopover } from './FixationWordsPopover';
import { FollowReaderPanel } from './FollowReaderPanel';
import { GazeMetricsPanel } from './GazeMetricsPanel';
import { OverlayLegend } from './OverlayLegend';
import { OverlayOptions } from './OverlayOptions';
import { ReasoningPanel } from './ReasoningPanel';
import { ReplayHeader } from './ReplayHeader';
import { overlaySettings, ReplayPage, ReplayStage, useReplayState } from './ReplayStage';
import { TrackNotes } from './TrackNotes';
import { kindLabel, readerColor, toReplayRead, type ReplayReadModel } from './replay-model';
import { useFollowReader } from './useFollowReader';

type Data = ReplayReadQuery & { read: NonNullable<ReplayReadQuery['read']> };

export function SingleReadReplay({ data, initialTime }: { data: Data; initialTime: number | null }) {
  const image = data.read.image;
  const read = useMemo(() => toReplayRead(data.read, image), [data.read, image]);
  const labels = useVocabularyLabels(data.vocabulary);
  const track = read.track;
  const state = useReplayState(read.durationSec, initialTime, () => ({
    // Sparse tracks (about one sample a second) need a longer window to show a path.
    windowSec: track?.samplingHz ? 3 : 10,
    heatmap: 'off',
    showSamples: (track?.samplingHz ?? 0) > 0,
    showNumbers: true,
    leadSec: DEFAULT_LEAD_SEC,
    coverage: false,
  }));
  const { clock, choices, popover } = state;

  const hasViewport = (track?.viewport.length ?? 0) > 0;
  const [follow, setFollow] = useState(hasViewport);
  const followState = useFollowReader(state.viewer, clock, track?.viewport ?? [], image.width, follow && hasViewport);

  // A finding hovered in the metrics panel: its region is singled out on the image (alone when the overlay is off).
  const [hoverFinding, setHoverFinding] = useState<string | null>(null);
  const coverage = useCoverageScene(data, track, hoverFinding);

  const layers = useMemo<OverlayLayer[]>(
    () => (track ? [{ id: read.id, color: readerColor(0), track, sizing: read.sizing, timeAt: (t: number) => t }] : []),
    [track, read],
  );
  const { linkedWord, onLinkWord, emphasised } = useLinkedWord(clock, read, choices.leadSec);
  const settings = useMemo(
    () => overlaySettings(choices, popover, { showReaderView: !follow, emphasised }),
    [choices, popover, follow, emphasised],
  );

  const segments = useMemo(
    () =>
      read.steps.map((s) => ({ start: s.start, end: s.end, kind: s.kind, label: `${kindLabel(s.kind)}: ${s.text}` })),
    [read.steps],
  );
  const markers = useMemo(
    () => findingMarkers(read.steps).map((m) => ({ time: m.time, label: labels.finding(m.finding) })),
    [read.steps, labels],
  );
  const popFixation = popover && track ? track.fixations[popover.fixation] : undefined;

  return (
    <ReplayPage
      synthetic={data.dataset.synthetic || read.synthetic}
      attribution={data.dataset.attribution}
      source={image.dataset}
      data={{ 'data-testid': 'replay', 'data-read-id': read.id }}
      header={
        <ReplayHeader read={read} imageId={image.id} readCount={image.readCount} strategyLabel={labels.strategy} />
      }
      side={
        <>
          <ReasoningPanel
            clock={clock}
            steps={read.steps}
            words={read.words}
            hasWordTimings={read.hasWordTimings}
            findingLabel={labels.finding}
            linkedWord={linkedWord}
            onLinkWord={onLinkWord}
            leadSec={choices.leadSec}
          />
          <GazeMetricsPanel
            gaze={data.read.gaze}
            findingGaze={data.read.findingGaze}
            peer={data.read.peerSimilarity}
            thresholds={data.dataset.metricThresholds}
            onSeek={(t) => clock.seek(t)}
            onHoverFinding={setHoverFinding}
          />
        </>
      }
    >
      <ReplayStage
        state={state}
        image={image}
        viewerLabel={`Chest X-ray ${image.id} with the attention track of read ${read.id}`}
        layers={layers}
        settings={settings}
        underlay={choices.coverage ? coverage.draw : coverage.drawFinding}
        onUserNavigate={() => setFollow(false)}
        imageFilter={followState.filter || undefined}
        viewerControls={
          hasViewport ? (
            <button
              type="button"
              aria-pressed={follow}
              onClick={() => setFollow((f) => !f)}
              title="Show what the reader had on screen at each moment"
              data-testid="follow-toggle"
            >
              {follow ? 'Following reader' : 'Follow reader'}
            </button>
          ) : null
        }
        popover={
          popover &&
          popFixation && (
            <FixationWordsPopover
              fixation={popFixation}
              words={read.words}
              hasWordTimings={read.hasWordTimings}
              leadSec={choices.leadSec}
              x={popover.x}
              y={popover.y}
              onSeek={(t) => clock.seek(t)}
              onClose={() => state.setPopover(null)}
            />
          )
        }
        timeline={{ segments, markers }}
        after={<TrackNotes read={read} />}
      >
        <OverlayOptions
          value={choices}
          onChange={state.setChoices}
          hasSamples={(track?.samples.count ?? 0) > 0}
          hasCoverage={coverage.scene !== null}
        />
        <FollowReaderPanel hasViewport={hasViewport} follow={follow} onFollow={setFollow} state={followState} />
        {track && (
          <OverlayLegend
            sizing={read.sizing}
            color={readerColor(0)}
            pixelsPerDegree={track.pixelsPerDegree}
            leadSec={choices.leadSec}
            hasViewport={hasViewport && !follow}
            heatmapOn={choices.heatmap !== 'off'}
          />
        )}
        {choices.coverage && coverage.scene && data.read.gaze && (
          <CoverageLegend
            radiusPx={coverage.scene.radiusPx}
            radiusDeg={data.dataset.metricThresholds.usefulFieldOfViewDeg}
            source={data.read.gaze.lungFieldSource}
            missTypes={coverage.missTypes}
          />
        )}
      </ReplayStage>
    </ReplayPage>
  );
}

/**
 * The word linked to the image — hovered, else clicked (until playback resumes), else the one
 * being said — and the fixations it emphasises (those of its lead window before it).
 */
function useLinkedWord(clock: ReplayClock, read: ReplayReadModel, leadSec: number) {
  const [hoverWord, setHoverWord] = useState<number | null>(null);
  const [pinnedWord, setPinnedWord] = useState<number | null>(null);
  const playing = useClockValue(clock, (c) => c.playing);
  const spokenWord = useClockValue(clock, (c) => currentWordIndex(read.words, c.time));
  if (playing && pinnedWord !== null) setPinnedWord(null);
  const linkedWord = hoverWord ?? pinnedWord ?? (spokenWord >= 0 ? spokenWord : null);
  const onLinkWord = useCallback((i: number | null, pin: boolean) => {
    if (pin) setPinnedWord(i);
    else setHoverWord(i);
  }, []);
  const { track } = read;
  const emphasised = useMemo(() => {
    const m = new Map<number, ReadonlySet<number>>();
    const w = linkedWord != null ? read.words[linkedWord] : undefined;
    if (track && w) m.set(0, new Set(fixationsBeforeWord(track.fixations, w.start, leadSec)));
    return m;
  }, [linkedWord, read.words, track, leadSec]);
  return { linkedWord, onLinkWord, emphasised };
}

/**
 * The coverage overlay's scene (null without gaze metrics or lung fields) and its draw call, and
 * the draw call of the hovered finding's region alone (when the overlay is off).
 */
function useCoverageScene(data: Data, track: ReturnType<typeof toReplayRead>['track'], highlight: string | null) {
  return useMemo(() => {
    const gaze = data.read.gaze;
    const lungs = data.read.image.lungFields.regions;
    const findings = data.read.findingGaze.flatMap((f) =>
      f.region
        ? [{ finding: f.finding, label: f.label, region: f.region, missType: f.missType, reported: f.reported }]
        : [],
    );
    const scene: CoverageScene | null =
      gaze && track && lungs.length > 0
        ? { lungFields: lungs, fixations: track.fixations, radiusPx: gaze.usefulFieldOfViewPx, findings, highlight }
        : null;
    const missTypes = new Set(findings.flatMap((f) => (f.missType ? [f.missType] : [])));
    const drawer = (sc: CoverageScene) => (ctx: CanvasRenderingContext2D, m: ImageToScreen, t: number) =>
      drawCoverage(ctx, m, sc, t);
    const one = findings.filter((f) => f.finding === highlight);
    return {
      scene,
      missTypes,
      draw: scene ? drawer(scene) : null,
      drawFinding:
        one.length > 0 ? drawer({ lungFields: [], fixations: [], radiusPx: 0, findings: one, highlight }) : null,
    };
  }, [data.read, track, highlight]);
}
