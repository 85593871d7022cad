/**
 * Lets the tracks load while the reads are still being validated: a track waits until its read
 * has been accepted (reads are never un-accepted later, so its cross-check is final then) or
 * until every read has been seen (an unknown read is then known to be unknown). Tracks keep
 * their file order, so "first track of a read" means what it did when the passes ran apart.
 */
export class ReadGate {
  private readonly waiting = new Map<string, Array<() => void>>();
  private open = false;
  private failure: Error | null = null;

  constructor(private readonly accepted: ReadonlySet<string> | ReadonlyMap<string, unknown>) {}

  get allSeen(): boolean {
    return this.open;
  }

  /** Resolves once the read is accepted or every read has been seen; throws once aborted. */
  async pass(readId: string): Promise<void> {
    if (!this.open && !this.accepted.has(readId))
      await new Promise<void>((resolve) => {
        const list = this.waiting.get(readId) ?? [];
        list.push(resolve);
        this.waiting.set(readId, list);
      });
    if (this.failure) throw this.failure;
  }

  /** The read was accepted (call after adding it to the accepted set). */
  admit(readId: string): void {
    for (const resolve of this.waiting.get(readId) ?? []) resolve();
    this.waiting.delete(readId);
  }

  /** Every read has been seen. */
  finish(): void {
    this.open = true;
    for (const list of this.waiting.values()) for (const resolve of list) resolve();
    this.waiting.clear();
  }

  /** The ingest failed: waiting tracks (and any later) stop with this error. */
  abort(err: Error): void {
    this.failure ??= err;
    this.finish();
  }
}
