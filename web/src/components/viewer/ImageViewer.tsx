'use client';
/** The OpenSeadragon viewer, loaded only in the browser (OSD needs window and the DOM). */
import dynamic from 'next/dynamic';
import styles from './viewer.module.css';

export const ImageViewer = dynamic(() => import('./OpenSeadragonViewer'), {
  ssr: false,
  loading: () => (
    <div className={`${styles.frame} ${styles.loading}`} aria-busy="true">
      Loading the image viewer…
    </div>
  ),
});
