/** Seconds spent in each phase of an ingest, in order (one decimal). */
export class PhaseClock {
  readonly phases: Record<string, number> = {};
  private start = performance.now();

  /** Ends the current phase under `name` and starts the next. */
  done(name: string): void {
    const now = performance.now();
    this.phases[name] = Math.round((now - this.start) / 100) / 10;
    this.start = now;
  }
}
