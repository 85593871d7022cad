/**
 * A progress bar for a CLI command that reports (done, total) as it goes: started on the first
 * report (the total is known only then), with a {rate} per second; stop() is safe either way.
 */
import cliProgress from 'cli-progress';

export interface CountingBar {
  update(done: number, total: number, payload?: Record<string, unknown>): void;
  stop(): void;
}

/** `format` uses cli-progress tokens plus {rate}; `rateDigits` decimals of the rate. */
export function countingBar(format: string, rateDigits = 0): CountingBar {
  const bar = new cliProgress.SingleBar({ format, hideCursor: true }, cliProgress.Presets.shades_classic);
  const started = performance.now();
  let running = false;
  return {
    update(done, total, payload = {}) {
      const rate = (done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(rateDigits);
      if (!running) {
        bar.start(total, 0, { ...payload, rate });
        running = true;
      }
      bar.update(done, { ...payload, rate });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
