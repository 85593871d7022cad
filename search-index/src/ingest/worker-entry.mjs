// Entry of the ingest's metrics worker: TypeScript through tsx's loader, as scripts/chexthought.mjs
// does for the CLI (a worker thread does not inherit the loader the main thread registered).
import { register } from 'tsx/esm/api';

register();
await import('./gaze-worker.ts');
