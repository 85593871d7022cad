/** Small terminal helpers: messages, an elapsed-time status line, byte formatting. All output goes to stderr. */

export interface Reporter {
  /** A line for the person at the terminal (silent when quiet). */
  info(line: string): void;
  quiet: boolean;
}

export function reporter(quiet = false): Reporter {
  return {
    quiet,
    info(line: string) {
      if (!quiet) process.stderr.write(`${line}\n`);
    },
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A status line with a spinner and the elapsed time, redrawn in place on a terminal. Off a
 * terminal (CI logs) it prints the line every 15 s instead. `detail()` supplies extra text.
 */
export function startSpinner(
  rep: Reporter,
  label: string,
  detail: () => string = () => '',
): { stop(finalLine?: string): void } {
  const started = Date.now();
  if (rep.quiet) return { stop() {} };
  const tty = Boolean(process.stderr.isTTY);
  let frame = 0;
  let lastPlain = started;
  const render = () => {
    const extra = detail();
    const text = `${label} ${formatSeconds(Date.now() - started)}${extra ? `, ${extra}` : ''}`;
    if (tty) {
      process.stderr.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${text}`);
    } else if (Date.now() - lastPlain >= 15_000) {
      lastPlain = Date.now();
      process.stderr.write(`  … ${text}\n`);
    }
  };
  if (!tty) process.stderr.write(`${label}\n`);
  const timer = setInterval(render, tty ? 100 : 1000);
  timer.unref();
  return {
    stop(finalLine?: string) {
      clearInterval(timer);
      if (tty) process.stderr.write('\r\x1b[2K');
      if (finalLine) process.stderr.write(`${finalLine}\n`);
    },
  };
}
