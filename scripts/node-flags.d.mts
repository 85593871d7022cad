/** Types of ./node-flags.mjs (plain JavaScript: the CLI loads it before the TypeScript loader). */
export declare const COMMAND_NODE_FLAGS: Record<string, readonly string[] | undefined> & { ingest: readonly string[] };
export declare function ensureNodeFlags(
  flags: readonly string[],
  script: string,
  args: readonly string[],
): Promise<void>;
