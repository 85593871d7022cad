/** Terminal progress for the ingest: one bar per file, bytes done, documents and docs/s. */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  start(label: string, totalBytes: number): void;
  update(bytes: number, docs: number): void;
  stop(): void;
}

export const silentProgress: ProgressReporter = { start() {}, update() {}, stop() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  let lastDocs = 0;
  return {
    start(label, totalBytes) {
      started = performance.now();
      lastDocs = 0;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${label.padEnd(22)} [{bar}] {percentage}% | {docs} docs | {rate} docs/s`,
          hideCursor: true,
          noTTYOutput: !stream.isTTY,
          notTTYSchedule: 5000,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(totalBytes, 1), 0, { docs: 0, rate: 0 });
    },
    update(bytes, docs) {
      lastDocs = docs;
      const secs = (performance.now() - started) / 1000;
      bar?.update(bytes, { docs, rate: secs > 0 ? Math.round(docs / secs) : 0 });
    },
    stop() {
      if (!bar) return;
      const secs = (performance.now() - started) / 1000;
      bar.update(bar.getTotal(), { docs: lastDocs, rate: secs > 0 ? Math.round(lastDocs / secs) : 0 });
      bar.stop();
      bar = undefined;
    },
  };
}
