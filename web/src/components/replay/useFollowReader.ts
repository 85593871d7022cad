'use client';
/**
 * "Follow reader": the viewer shows, at each moment, the rectangle of the image the reader had on
 * screen (their zoom and pan), and the reader's window width/level as a CSS filter (an
 * approximation: see lib/replay-viewport). The viewer moves only when the reader's event changes,
 * animated during playback and immediate on a seek.
 */
import type OpenSeadragon from 'openseadragon';
import { useEffect, useState } from 'react';
import type { ReplayClock } from '@/lib/replay-clock';
import { viewportIndexAt, type ReplayViewportEvent } from '@/lib/replay-track';
import { windowLevelFilter } from '@/lib/replay-viewport';

const NOT_FOLLOWING = { filter: '', event: null };

export function useFollowReader(
  viewer: OpenSeadragon.Viewer | null,
  clock: ReplayClock,
  events: readonly ReplayViewportEvent[],
  imageWidth: number,
  follow: boolean,
): { filter: string; event: ReplayViewportEvent | null } {
  const [state, setState] = useState<{ filter: string; event: ReplayViewportEvent | null }>({
    filter: '',
    event: null,
  });

  const active = follow && events.length > 0;
  useEffect(() => {
    if (!active) return;
    let shown = -1;
    let lastChange = -1;
    const apply = () => {
      const i = viewportIndexAt(events, clock.time);
      const seeked = clock.changeCount !== lastChange;
      lastChange = clock.changeCount;
      if (i === shown && !seeked) return;
      const e = events[i];
      if (!e) return;
      const changed = i !== shown;
      shown = i;
      if (changed) setState({ filter: windowLevelFilter(e.windowWidth, e.windowLevel).css, event: e });
      const item = viewer?.world.getItemAt(0);
      if (!viewer || !item) return;
      // Track coordinates are the record's pixels; the tiles may be a different size.
      const k = item.getContentSize().x / imageWidth;
      const rect = viewer.viewport.imageToViewportRectangle(
        e.xmin * k,
        e.ymin * k,
        (e.xmax - e.xmin) * k,
        (e.ymax - e.ymin) * k,
      );
      if (changed || seeked) viewer.viewport.fitBounds(rect, !clock.playing || !changed);
    };
    apply();
    const unsubscribe = clock.subscribe(apply);
    const onOpen = () => {
      shown = -1;
      apply();
    };
    viewer?.addHandler('open', onOpen);
    return () => {
      unsubscribe();
      viewer?.removeHandler('open', onOpen);
    };
  }, [viewer, clock, events, imageWidth, active]);

  // Not following: the viewer is the user's, with no reader's window applied.
  return active ? state : NOT_FOLLOWING;
}
