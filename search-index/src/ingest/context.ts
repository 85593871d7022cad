/** What every pass of an ingest shares: the files, the reconciliation, and the records held in memory. */
import type { ImageRecord, ReaderRecord } from '../model.ts';
import type { DatasetPaths, LoadedById } from './dataset-files.ts';
import type { GazeMetricsCollector } from './gaze.ts';
import type { ProgressReporter } from './progress.ts';
import type { Reconciliation } from './reconcile.ts';

export interface IngestContext {
  paths: DatasetPaths;
  rec: Reconciliation;
  progress: ProgressReporter;
  images: LoadedById<ImageRecord>;
  readers: LoadedById<ReaderRecord>;
  metrics: GazeMetricsCollector;
}

/** A read that passed validation: what the later passes need of it. */
export interface GoodRead {
  imageId: string;
  readerId: string;
  line: number;
}
