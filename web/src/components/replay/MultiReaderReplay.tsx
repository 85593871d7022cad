'use client';
/**
 * All reads of one image replayed together on one clock — in absolute seconds, or normalised so
 * every read starts and ends together — one colour per reader, each toggleable, with pairwise
 * scanpath similarity of the readers shown.
 */
import { useCallback, useMemo, useState } from 'react';
import type OpenSeadragon from 'openseadragon';
import type { MultiReplayForImageQuery } from '@/generated/graphql';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import { ImageViewer } from '@/components/viewer/ImageViewer';
import { ImageAttribution } from '@/components/viewer/ImageAttribution';
import { formatClock, readTimeAt, type TimeMode } from '@/lib/replay-clock';
import { useDeepLinkTime, useReplayClock, useReplayShortcuts } from './clock-hooks';
import { FixationWordsPopover } from './FixationWordsPopover';
import { GazeOverlay, type FixationHit, type OverlaySettings } from './GazeOverlay';
import { OverlayOptions, type OverlayChoices } from './OverlayOptions';
import { PlaybackControls } from './PlaybackControls';
import { ReaderLegend } from './ReaderLegend';
import { ScanpathSimilarity } from './ScanpathSimilarity';
import { secondTicks, Timeline } from './Timeline';
import { readerColor, readerSummary, toReplayRead } from './replay-model';
import type { OverlayLayer } from './draw-gaze';
import styles from './replay.module.css';
import Link from 'next/link';

/** Normalised time: ticks at 0, 25, 50, 75 and 100 % of every read. */
const quarterTicks = (duration: number) => [0, 0.25, 0.5, 0.75, 1].map((f) => f * duration);

type Data = MultiReplayForImageQuery & { image: NonNullable<MultiReplayForImageQuery['image']> };

export function MultiReaderReplay({
  data,
  initialTime,
  focusReadId,
}: {
  data: Data;
  initialTime: number | null;
  focusReadId?: string;
}) {
  const image = data.image;
  const reads = useMemo(
    () => image.reads.map((r, i) => ({ model: toReplayRead(r, image), color: readerColor(i) })),
    [image],
  );
  const [mode, setMode] = useState<TimeMode>('absolute');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const clockDuration = useMemo(() => reads.reduce((m, r) => Math.max(m, r.model.durationSec), 0), [reads]);
  const clock = useReplayClock(clockDuration, initialTime);
  useReplayShortcuts(clock);
  useDeepLinkTime(clock);
  const [viewer, setViewer] = useState<OpenSeadragon.Viewer | null>(null);
  const [choices, setChoices] = useState<OverlayChoices>({
    windowSec: 3,
    heatmap: 'off',
    showSamples: false,
    showNumbers: false,
    leadSec: 2,
  });
  const [popover, setPopover] = useState<FixationHit | null>(null);

  const visible = useMemo(() => reads.filter((r) => !hidden.has(r.model.id)), [reads, hidden]);
  const layers = useMemo<OverlayLayer[]>(
    () =>
      visible
        .filter((r) => r.model.track)
        .map((r) => ({
          id: r.model.id,
          color: r.color,
          currentColor: r.color,
          track: r.model.track!,
          sizing: r.model.sizing,
          timeAt: (t: number) => readTimeAt(t, mode, clockDuration, r.model.durationSec),
        })),
    [visible, mode, clockDuration],
  );
  const settings = useMemo<OverlaySettings>(
    () => ({
      windowSec: choices.windowSec,
      heatmap: choices.heatmap,
      showSamples: choices.showSamples,
      showNumbers: choices.showNumbers,
      showReaderView: false,
      emphasised: new Map(),
      selected: popover ? { layer: popover.layer, fixation: popover.fixation } : null,
    }),
    [choices, popover],
  );

  const toggle = useCallback(
    (id: string) =>
      setHidden((h) => {
        const next = new Set(h);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const formatTime = useCallback(
    (t: number) =>
      mode === 'absolute' ? formatClock(t) : `${Math.round((clockDuration > 0 ? t / clockDuration : 0) * 100)}%`,
    [mode, clockDuration],
  );
  const segments = useMemo(
    () =>
      reads.flatMap((r, row) =>
        hidden.has(r.model.id)
          ? []
          : r.model.steps.map((s) => {
              const k = mode === 'absolute' ? 1 : clockDuration / Math.max(r.model.durationSec, 1e-6);
              return {
                start: s.start * k,
                end: s.end * k,
                kind: s.kind,
                label: `${r.model.reader.country}: ${s.text}`,
                row,
                color: r.color,
              };
            }),
      ),
    [reads, hidden, mode, clockDuration],
  );

  const popLayer = popover ? layers[popover.layer] : undefined;
  const popRead = popLayer ? reads.find((r) => r.model.id === popLayer.id) : undefined;
  const popFixation = popover && popLayer ? popLayer.track.fixations[popover.fixation] : undefined;
  const synthetic = data.dataset.synthetic || reads.some((r) => r.model.synthetic);

  return (
    <main className={styles.page} data-testid="multi-replay" data-image-id={image.id} data-time-mode={mode}>
      <SyntheticNotice synthetic={synthetic} />
      <header className={styles.head}>
        <div>
          <h1>
            All {reads.length} readers of image {image.id}
          </h1>
          <p>
            One clock for every read. <Link href={`/images/${encodeURIComponent(image.id)}`}>Back to the case</Link>
            {focusReadId ? (
              <>
                {' · '}
                <Link href={`/reads/${encodeURIComponent(focusReadId)}`}>Replay {focusReadId} alone</Link>
              </>
            ) : null}
          </p>
        </div>
        <fieldset className={styles.options} style={{ flexDirection: 'row', gap: 12 }}>
          <legend>Clock</legend>
          <label className={styles.option}>
            <input
              type="radio"
              name="time-mode"
              checked={mode === 'absolute'}
              onChange={() => setMode('absolute')}
              data-testid="mode-absolute"
            />{' '}
            Absolute seconds
          </label>
          <label className={styles.option}>
            <input
              type="radio"
              name="time-mode"
              checked={mode === 'normalised'}
              onChange={() => setMode('normalised')}
              data-testid="mode-normalised"
            />{' '}
            Normalised to each read&apos;s duration
          </label>
        </fieldset>
      </header>
      {reads.length === 0 ? (
        <p className={styles.missing}>This image has no reads.</p>
      ) : (
        <div className={styles.layout}>
          <div className={styles.stage}>
            <ImageViewer
              tileSource={image.tileSource}
              label={`Chest X-ray ${image.id} with the attention tracks of its readers`}
              onViewer={setViewer}
              clickToZoom={false}
              className={styles.viewerFrame}
            >
              <GazeOverlay
                viewer={viewer}
                clock={clock}
                imageWidth={image.width}
                imageHeight={image.height}
                layers={layers}
                settings={settings}
                onFixationClick={setPopover}
              />
              {popover && popFixation && popRead && (
                <FixationWordsPopover
                  fixation={popFixation}
                  words={popRead.model.words}
                  hasWordTimings={popRead.model.hasWordTimings}
                  leadSec={choices.leadSec}
                  x={popover.x}
                  y={popover.y}
                  readerLabel={readerSummary(popRead.model.reader)}
                  onSeek={(t) =>
                    clock.seek(
                      mode === 'absolute' ? t : (t / Math.max(popRead.model.durationSec, 1e-6)) * clockDuration,
                    )
                  }
                  onClose={() => setPopover(null)}
                />
              )}
            </ImageViewer>
            <PlaybackControls clock={clock} formatTime={formatTime} />
            <Timeline
              clock={clock}
              segments={segments}
              markers={[]}
              rows={reads.length}
              formatTime={formatTime}
              ticks={mode === 'absolute' ? secondTicks : quarterTicks}
              label="Replay position (all readers)"
            />
            <div className={styles.belowStage}>
              <OverlayOptions
                value={choices}
                onChange={setChoices}
                hasSamples={reads.some((r) => (r.model.track?.samples.count ?? 0) > 0)}
                showLead={false}
              />
              <ScanpathSimilarity reads={visible} width={image.width} height={image.height} />
            </div>
          </div>
          <ReaderLegend
            reads={reads}
            hidden={hidden}
            onToggle={toggle}
            clock={clock}
            mode={mode}
            clockDuration={clockDuration}
          />
        </div>
      )}
      <ImageAttribution attribution={data.dataset.attribution} source={image.dataset} className={styles.attribution} />
    </main>
  );
}
