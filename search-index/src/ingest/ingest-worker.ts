/** The ingest worker thread's module: the tracks preparation and the metrics, each on its own port. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { serveMetrics } from './gaze-worker.ts';
import { prepareTracks, type TrackWorkerData } from './track-worker.ts';

const data = workerData as { metrics: MessagePort; tracks: MessagePort; tracksData: TrackWorkerData };
serveMetrics(data.metrics);
await prepareTracks(data.tracks, data.tracksData);
