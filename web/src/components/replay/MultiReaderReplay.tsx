'use client';
/**
 * All reads of one image replayed together on one clock — in absolute seconds, or normalised so
 * every read starts and ends together — one colour per reader, each toggleable, with the API's
 * pairwise scanpath similarity of the readers.
 */
import { useCallback, useMemo, useState } from 'react';
import Link from 'next/link';
import type { MultiReplayForImageQuery } from '@/generated/graphql';
import { formatClock, readTimeAt, type TimeMode } from '@/lib/replay-clock';
import type { OverlayLayer } from './draw-gaze';
import { FixationWordsPopover } from './FixationWordsPopover';
import { OverlayOptions } from './OverlayOptions';
import { ReaderLegend } from './ReaderLegend';
import { overlaySettings, ReplayPage, ReplayStage, useReplayState } from './ReplayStage';
import { ScanpathSimilarity } from './ScanpathSimilarity';
import { secondTicks } from './Timeline';
import { readerColor, readerSummary, toReplayRead, type ReplayReadModel } from './replay-model';
import styles from './replay.module.css';

/** Normalised time: ticks at 0, 25, 50, 75 and 100 % of every read. */
const quarterTicks = (duration: number) => [0, 0.25, 0.5, 0.75, 1].map((f) => f * duration);

const NO_EMPHASIS: ReadonlyMap<number, ReadonlySet<number>> = new Map();

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
  const state = useReplayState(clockDuration, initialTime, () => ({
    windowSec: 3,
    heatmap: 'off',
    showSamples: false,
    showNumbers: false,
    leadSec: 2,
    coverage: false,
  }));
  const { clock, choices, popover } = state;

  const { layers, segments, formatTime } = useReaderTimelines(reads, hidden, mode, clockDuration);
  const settings = useMemo(
    () => overlaySettings(choices, popover, { showReaderView: false, emphasised: NO_EMPHASIS }),
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

  const popLayer = popover ? layers[popover.layer] : undefined;
  const popRead = popLayer ? reads.find((r) => r.model.id === popLayer.id) : undefined;
  const popFixation = popover && popLayer ? popLayer.track.fixations[popover.fixation] : undefined;
  const synthetic = data.dataset.synthetic || reads.some((r) => r.model.synthetic);

  return (
    <ReplayPage
      synthetic={synthetic}
      attribution={data.dataset.attribution}
      source={image.dataset}
      data={{ 'data-testid': 'multi-replay', 'data-image-id': image.id, 'data-time-mode': mode }}
      header={
        <MultiHeader
          imageId={image.id}
          readCount={reads.length}
          focusReadId={focusReadId}
          mode={mode}
          onMode={setMode}
        />
      }
      side={
        reads.length === 0 ? null : (
          <>
            <ReaderLegend
              reads={reads}
              hidden={hidden}
              onToggle={toggle}
              clock={clock}
              mode={mode}
              clockDuration={clockDuration}
            />
            <ScanpathSimilarity
              imageId={image.id}
              reads={reads}
              pairs={image.scanpathSimilarity}
              hidden={hidden}
              synthetic={synthetic}
            />
          </>
        )
      }
    >
      {reads.length === 0 ? (
        <p className={styles.missing}>This image has no reads.</p>
      ) : (
        <ReplayStage
          state={state}
          image={image}
          viewerLabel={`Chest X-ray ${image.id} with the attention tracks of its readers`}
          layers={layers}
          settings={settings}
          popover={
            popover &&
            popFixation &&
            popRead && (
              <FixationWordsPopover
                fixation={popFixation}
                words={popRead.model.words}
                hasWordTimings={popRead.model.hasWordTimings}
                leadSec={choices.leadSec}
                x={popover.x}
                y={popover.y}
                readerLabel={readerSummary(popRead.model.reader)}
                onSeek={(t) =>
                  clock.seek(mode === 'absolute' ? t : (t / Math.max(popRead.model.durationSec, 1e-6)) * clockDuration)
                }
                onClose={() => state.setPopover(null)}
              />
            )
          }
          formatTime={formatTime}
          timeline={{
            segments,
            markers: [],
            rows: reads.length,
            ticks: mode === 'absolute' ? secondTicks : quarterTicks,
            label: 'Replay position (all readers)',
          }}
        >
          <OverlayOptions
            value={choices}
            onChange={state.setChoices}
            hasSamples={reads.some((r) => (r.model.track?.samples.count ?? 0) > 0)}
            showLead={false}
          />
        </ReplayStage>
      )}
    </ReplayPage>
  );
}

type ReaderRead = { model: ReplayReadModel; color: string };

/**
 * What the clock shows of each visible reader: its overlay layer (in its own time: absolute or
 * normalised), its reasoning steps on its own timeline row, and the clock's time label.
 */
function useReaderTimelines(
  reads: readonly ReaderRead[],
  hidden: ReadonlySet<string>,
  mode: TimeMode,
  clockDuration: number,
) {
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

  return { layers, segments, formatTime };
}

/** The title, the links back, and the clock's mode (absolute seconds or normalised per read). */
function MultiHeader({
  imageId,
  readCount,
  focusReadId,
  mode,
  onMode,
}: {
  imageId: string;
  readCount: number;
  focusReadId?: string;
  mode: TimeMode;
  onMode: (mode: TimeMode) => void;
}) {
  return (
    <header className={styles.head}>
      <div>
        <h1>
          All {readCount} readers of image {imageId}
        </h1>
        <p>
          One clock for every read. <Link href={`/images/${encodeURIComponent(imageId)}`}>Back to the case</Link>
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
            onChange={() => onMode('absolute')}
            data-testid="mode-absolute"
          />{' '}
          Absolute seconds
        </label>
        <label className={styles.option}>
          <input
            type="radio"
            name="time-mode"
            checked={mode === 'normalised'}
            onChange={() => onMode('normalised')}
            data-testid="mode-normalised"
          />{' '}
          Normalised to each read&apos;s duration
        </label>
      </fieldset>
    </header>
  );
}
