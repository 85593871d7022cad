'use client';
/** Our own zoom/home/full-screen buttons (OSD's default ones fetch their images remotely). */
import type OpenSeadragon from 'openseadragon';
import type { ReactNode } from 'react';
import styles from './viewer.module.css';

export function ViewerControls({
  viewer,
  onUserNavigate,
  children,
}: {
  viewer: OpenSeadragon.Viewer | null;
  onUserNavigate?: () => void;
  children?: ReactNode;
}) {
  const act = (fn: (v: OpenSeadragon.Viewer) => void) => () => {
    if (!viewer) return;
    onUserNavigate?.();
    fn(viewer);
  };
  return (
    <div className={styles.controls} role="toolbar" aria-label="Image view">
      <button
        type="button"
        onClick={act((v) => (v.viewport.zoomBy(1.5), v.viewport.applyConstraints()))}
        aria-label="Zoom in"
        title="Zoom in"
        disabled={!viewer}
      >
        +
      </button>
      <button
        type="button"
        onClick={act((v) => (v.viewport.zoomBy(1 / 1.5), v.viewport.applyConstraints()))}
        aria-label="Zoom out"
        title="Zoom out"
        disabled={!viewer}
      >
        −
      </button>
      <button
        type="button"
        onClick={act((v) => v.viewport.goHome())}
        aria-label="Fit the whole image"
        title="Fit the whole image"
        disabled={!viewer}
      >
        ⌂
      </button>
      {children}
    </div>
  );
}
