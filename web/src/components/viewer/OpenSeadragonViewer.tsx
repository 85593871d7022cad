'use client';
/**
 * One OpenSeadragon viewer over a DZI tile source (browser-only: loaded through ImageViewer's
 * dynamic import). OSD's own navigation buttons load their images from a remote host, so they are
 * off and ViewerControls draws ours. The count of loaded tiles is kept on the frame's
 * data-tiles-loaded attribute (set directly, no React render per tile) for tests and benches.
 */
import OpenSeadragon from 'openseadragon';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLatest } from '@/lib/use-latest';
import { ViewerControls } from './ViewerControls';
import styles from './viewer.module.css';

export interface OpenSeadragonViewerProps {
  tileSource: string;
  /** Accessible name of the image, e.g. "Chest X-ray 00000013_018". */
  label: string;
  /** Receives the viewer once its image is open, and null when it is destroyed. */
  onViewer?: (viewer: OpenSeadragon.Viewer | null) => void;
  /** Called when the person pans or zooms (not for programmatic moves). */
  onUserNavigate?: () => void;
  /** Clicks select things on overlays instead of zooming (double-click still zooms). */
  clickToZoom?: boolean;
  /** CSS filter on the image only (window/level approximation), never on overlays. */
  imageFilter?: string;
  /** Overlays positioned over the image (canvas, popovers). */
  children?: ReactNode;
  /** Extra buttons in the control bar. */
  controls?: ReactNode;
  className?: string;
}

export default function OpenSeadragonViewer({
  tileSource,
  label,
  onViewer,
  onUserNavigate,
  clickToZoom = true,
  imageFilter,
  children,
  controls,
  className,
}: OpenSeadragonViewerProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const osdRef = useRef<HTMLDivElement>(null);
  const [viewer, setViewer] = useState<OpenSeadragon.Viewer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Latest callbacks without re-creating the viewer when a parent re-renders.
  const onViewerRef = useLatest(onViewer);
  const onNavigateRef = useLatest(onUserNavigate);

  useEffect(() => {
    const el = osdRef.current;
    const frame = frameRef.current;
    if (!el || !frame) return;
    let tiles = 0;
    frame.dataset.tilesLoaded = '0';
    frame.dataset.open = 'false';
    setFailed(null);
    const v = OpenSeadragon({
      element: el,
      tileSources: tileSource,
      showNavigationControl: false,
      showNavigator: false,
      drawer: 'canvas',
      animationTime: 0.5,
      springStiffness: 8,
      visibilityRatio: 0.3,
      minZoomImageRatio: 0.5,
      maxZoomPixelRatio: 6,
      preserveImageSizeOnResize: true,
      gestureSettingsMouse: { clickToZoom, dblClickToZoom: true, scrollToZoom: true },
      gestureSettingsTouch: { clickToZoom: false, dblClickToZoom: true, pinchToZoom: true },
    });
    const userMoved = () => onNavigateRef.current?.();
    v.addHandler('tile-loaded', () => {
      frame.dataset.tilesLoaded = String(++tiles);
    });
    v.addHandler('open', () => {
      frame.dataset.open = 'true';
      setViewer(v);
      onViewerRef.current?.(v);
    });
    // The zoom (relative to fitting the whole image) on an attribute: lets tests check synchronised views.
    v.addHandler('zoom', (e) => {
      frame.dataset.zoom = (e as { zoom: number }).zoom.toFixed(3);
    });
    // Animation state and finished-animation count: tests wait for a zoom or pan to settle.
    let animations = 0;
    frame.dataset.animating = 'false';
    frame.dataset.animations = '0';
    v.addHandler('animation-start', () => {
      frame.dataset.animating = 'true';
    });
    v.addHandler('animation-finish', () => {
      frame.dataset.animating = 'false';
      frame.dataset.animations = String(++animations);
    });
    v.addHandler('open-failed', (e) =>
      setFailed(String((e as { message?: string }).message ?? 'the image tiles could not be loaded')),
    );
    v.addHandler('canvas-drag', userMoved);
    v.addHandler('canvas-scroll', userMoved);
    v.addHandler('canvas-pinch', userMoved);
    v.addHandler('canvas-double-click', userMoved);
    v.addHandler('canvas-key', userMoved);
    return () => {
      // The parent's current callback learns the viewer is gone (the latest one is meant).
      // eslint-disable-next-line react-hooks/exhaustive-deps
      onViewerRef.current?.(null);
      setViewer(null);
      v.destroy();
    };
  }, [tileSource, clickToZoom, onViewerRef, onNavigateRef]);

  // OpenSeadragon's canvas takes keyboard focus (arrows pan, +/− zoom): it carries the name.
  useEffect(() => {
    const canvas = viewer?.canvas;
    if (!canvas) return;
    canvas.setAttribute('role', 'group');
    canvas.setAttribute('aria-label', `${label}. Zoomable: arrow keys pan, + and − zoom, 0 resets.`);
  }, [viewer, label]);

  return (
    <div ref={frameRef} className={`${styles.frame} ${className ?? ''}`} data-testid="osd-viewer" data-tiles-loaded="0">
      <div ref={osdRef} className={styles.osd} style={imageFilter ? { filter: imageFilter } : undefined} />
      {children}
      {failed && (
        <p className={styles.failed} role="alert">
          The image could not be shown: {failed}
        </p>
      )}
      <ViewerControls viewer={viewer} onUserNavigate={() => onNavigateRef.current?.()}>
        {controls}
      </ViewerControls>
    </div>
  );
}
