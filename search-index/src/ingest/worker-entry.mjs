// Entry of the ingest's worker threads (`workerData.module` names the module to run): TypeScript
// through tsx's loader, as scripts/chexthought.mjs does for the CLI (a worker thread does not
// inherit the loader the main thread registered).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
