/**
 * Index naming. Each logical index is an alias (`<prefix>-reads`) over a versioned concrete
 * index (`<prefix>-reads-v<stamp>`), so a re-index loads new indices while the old ones keep
 * serving, then swaps every alias in one atomic call.
 */
export const INDEX_KINDS = ['images', 'readers', 'reads', 'tracks'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

export const DEFAULT_PREFIX = 'chexthought';

export function indexPrefix(env: NodeJS.ProcessEnv = process.env): string {
  const prefix = env.CHEXTHOUGHT_INDEX_PREFIX ?? DEFAULT_PREFIX;
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(prefix))
    throw new Error(
      `CHEXTHOUGHT_INDEX_PREFIX must be lowercase letters, digits, _ or - (got ${JSON.stringify(prefix)})`,
    );
  return prefix;
}

export type IndexAliases = Record<IndexKind, string>;

export function aliasNames(prefix: string = indexPrefix()): IndexAliases {
  return {
    images: `${prefix}-images`,
    readers: `${prefix}-readers`,
    reads: `${prefix}-reads`,
    tracks: `${prefix}-tracks`,
  };
}

/** A new concrete index name for an alias; the stamp sorts by time. */
export function versionedName(alias: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 17);
  return `${alias}-v${stamp}`;
}
