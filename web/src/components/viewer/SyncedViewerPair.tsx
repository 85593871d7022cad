'use client';
/**
 * Two studies of one patient side by side (current and prior) with optionally synchronised zoom
 * and pan. The viewer the person is using leads; the other follows immediately. Only the leader
 * propagates, so the two never feed each other's changes back.
 */
import type OpenSeadragon from 'openseadragon';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ImageViewer } from './ImageViewer';
import styles from './viewer.module.css';

export interface PairedImage {
  tileSource: string;
  label: string;
  caption: ReactNode;
}

export function SyncedViewerPair({ current, prior }: { current: PairedImage; prior: PairedImage }) {
  const [sync, setSync] = useState(true);
  const [viewers, setViewers] = useState<[OpenSeadragon.Viewer | null, OpenSeadragon.Viewer | null]>([null, null]);
  const leader = useRef<0 | 1>(0);

  useEffect(() => {
    const [a, b] = viewers;
    if (!sync || !a || !b) return;
    const follow = (from: OpenSeadragon.Viewer, to: OpenSeadragon.Viewer, index: 0 | 1) => () => {
      if (leader.current !== index) return;
      to.viewport.zoomTo(from.viewport.getZoom(true), undefined, true);
      to.viewport.panTo(from.viewport.getCenter(true), true);
    };
    const fa = follow(a, b, 0);
    const fb = follow(b, a, 1);
    a.addHandler('viewport-change', fa);
    b.addHandler('viewport-change', fb);
    // Line the follower up with the leader as soon as sync is switched on.
    leader.current = 0;
    fa();
    return () => {
      a.removeHandler('viewport-change', fa);
      b.removeHandler('viewport-change', fb);
    };
  }, [sync, viewers]);

  const setViewer = (i: 0 | 1) => (v: OpenSeadragon.Viewer | null) =>
    setViewers((prev) => (i === 0 ? [v, prev[1]] : [prev[0], v]));

  return (
    <div data-testid="synced-pair" data-sync={sync ? 'on' : 'off'}>
      <div className={styles.pairBar}>
        <label>
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} /> Synchronise zoom and pan
        </label>
      </div>
      <div className={styles.pair}>
        {([current, prior] as const).map((img, i) => (
          <figure
            key={img.tileSource}
            className={styles.pairItem}
            style={{ margin: 0 }}
            onPointerEnter={() => (leader.current = i as 0 | 1)}
            onPointerDown={() => (leader.current = i as 0 | 1)}
            onFocus={() => (leader.current = i as 0 | 1)}
          >
            <ImageViewer
              tileSource={img.tileSource}
              label={img.label}
              onViewer={setViewer(i as 0 | 1)}
              onUserNavigate={() => (leader.current = i as 0 | 1)}
            />
            <figcaption className={styles.pairCaption}>{img.caption}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
