'use client';
/**
 * What the single-read and the multi-reader replay share: the replay's state (one clock with its
 * keyboard shortcuts and ?t= deep link, the viewer, the overlay choices, the clicked fixation),
 * the stage (zoomable image with the gaze overlay and the fixation's popover, playback controls,
 * timeline, options below) and the page around it (synthetic notice, header, side panels,
 * image attribution).
 */
import { useState, type ReactNode } from 'react';
import type OpenSeadragon from 'openseadragon';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import { ImageAttribution } from '@/components/viewer/ImageAttribution';
import { ImageViewer } from '@/components/viewer/ImageViewer';
import type { ReplayClock } from '@/lib/replay-clock';
import { useDocumentTop } from '@/lib/use-document-top';
import type { ImageToScreen } from '@/lib/replay-geometry';
import { useDeepLinkTime, useReplayClock, useReplayShortcuts } from './clock-hooks';
import type { OverlayLayer } from './draw-gaze';
import { GazeOverlay, type FixationHit, type OverlaySettings } from './GazeOverlay';
import type { OverlayChoices } from './OverlayOptions';
import { PlaybackControls } from './PlaybackControls';
import { Timeline } from './Timeline';
import metricsStyles from './metrics.module.css';
import styles from './replay.module.css';

export interface ReplayState {
  clock: ReplayClock;
  viewer: OpenSeadragon.Viewer | null;
  setViewer: (v: OpenSeadragon.Viewer | null) => void;
  choices: OverlayChoices;
  setChoices: (c: OverlayChoices) => void;
  /** The fixation clicked on the image (its words are shown beside it), or null. */
  popover: FixationHit | null;
  setPopover: (hit: FixationHit | null) => void;
}

/** One clock of `duration` seconds (starting at `initialTime`, kept in ?t=), the viewer, the choices, the popover. */
export function useReplayState(
  duration: number,
  initialTime: number | null,
  initialChoices: () => OverlayChoices,
): ReplayState {
  const clock = useReplayClock(duration, initialTime);
  useReplayShortcuts(clock);
  useDeepLinkTime(clock);
  const [viewer, setViewer] = useState<OpenSeadragon.Viewer | null>(null);
  const [choices, setChoices] = useState(initialChoices);
  const [popover, setPopover] = useState<FixationHit | null>(null);
  return { clock, viewer, setViewer, choices, setChoices, popover, setPopover };
}

/** The overlay's settings from the user's choices, the clicked fixation and what only one mode has. */
export function overlaySettings(
  choices: OverlayChoices,
  popover: FixationHit | null,
  extra: Pick<OverlaySettings, 'showReaderView' | 'emphasised'>,
): OverlaySettings {
  return {
    windowSec: choices.windowSec,
    heatmap: choices.heatmap,
    showSamples: choices.showSamples,
    showNumbers: choices.showNumbers,
    selected: popover ? { layer: popover.layer, fixation: popover.fixation } : null,
    ...extra,
  };
}

type Underlay = ((ctx: CanvasRenderingContext2D, m: ImageToScreen, t: number) => number) | null;

/** The stage: the image with the tracks (and the popover) over it, playback, the timeline, then `children`. */
export function ReplayStage({
  state,
  image,
  viewerLabel,
  layers,
  settings,
  underlay,
  onUserNavigate,
  imageFilter,
  viewerControls,
  popover,
  formatTime,
  timeline,
  children,
  after,
}: {
  state: ReplayState;
  image: { tileSource: string; width: number; height: number };
  viewerLabel: string;
  layers: readonly OverlayLayer[];
  settings: OverlaySettings;
  underlay?: Underlay;
  onUserNavigate?: () => void;
  imageFilter?: string;
  viewerControls?: ReactNode;
  /** The clicked fixation's popover (rendered over the image). */
  popover: ReactNode;
  formatTime?: (t: number) => string;
  timeline: Omit<React.ComponentProps<typeof Timeline>, 'clock' | 'formatTime'>;
  /** The options below the stage. */
  children: ReactNode;
  /** Under the options (notes on what is shown). */
  after?: ReactNode;
}) {
  const { clock } = state;
  return (
    <div className={styles.stage}>
      <ImageViewer
        tileSource={image.tileSource}
        label={viewerLabel}
        onViewer={state.setViewer}
        onUserNavigate={onUserNavigate}
        clickToZoom={false}
        className={styles.viewerFrame}
        imageFilter={imageFilter}
        controls={viewerControls}
      >
        <GazeOverlay
          viewer={state.viewer}
          clock={clock}
          imageWidth={image.width}
          imageHeight={image.height}
          layers={layers}
          settings={settings}
          onFixationClick={state.setPopover}
          underlay={underlay}
        />
        {popover}
      </ImageViewer>
      <PlaybackControls clock={clock} formatTime={formatTime} />
      <Timeline clock={clock} formatTime={formatTime} {...timeline} />
      <div className={styles.belowStage}>{children}</div>
      {after}
    </div>
  );
}

/** The replay page: synthetic notice, header, the stage beside the side panels, the image attribution. */
export function ReplayPage({
  synthetic,
  attribution,
  source,
  header,
  side,
  data,
  children,
}: {
  synthetic: boolean;
  attribution: string;
  /** The image's dataset (the attribution names it). */
  source: string;
  header: ReactNode;
  /** The column beside the stage (reasoning and metrics, or readers and similarity); null: the stage alone. */
  side: ReactNode;
  /** data-* attributes of the page (test ids, the read or image shown). */
  data: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  const sideRef = useDocumentTop();
  return (
    <main className={styles.page} {...data}>
      <SyntheticNotice synthetic={synthetic} />
      {header}
      {side === null ? (
        children
      ) : (
        <div className={styles.layout}>
          {children}
          <div className={metricsStyles.side} ref={sideRef}>
            {side}
          </div>
        </div>
      )}
      <ImageAttribution attribution={attribution} source={source} className={styles.attribution} />
    </main>
  );
}
