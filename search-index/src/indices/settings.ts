/** Index settings shared by every index; shards and replicas come from the environment. */
import type { estypes } from '@elastic/elasticsearch';

export function shardCount(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env.CHEXTHOUGHT_SHARDS, 1, 'CHEXTHOUGHT_SHARDS');
}

/**
 * Replicas once serving: CHEXTHOUGHT_REPLICAS when set, else 1 on a cluster of two or more data
 * nodes (a node can be lost without losing a shard) and 0 on one (a replica could not be placed).
 */
export function replicaCount(dataNodes: number, env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env.CHEXTHOUGHT_REPLICAS, dataNodes >= 2 ? 1 : 0, 'CHEXTHOUGHT_REPLICAS');
}

/** A whole number ≥ 0 from the environment, else the fallback; anything else is a clear error. */
export function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0 (got ${JSON.stringify(raw)})`);
  return n;
}

/** Settings while loading: no refresh, no replicas (restored by the ingest afterwards). */
export function loadingSettings(extra: estypes.IndicesIndexSettings = {}): estypes.IndicesIndexSettings {
  return {
    number_of_shards: shardCount(),
    number_of_replicas: 0,
    refresh_interval: '-1',
    ...extra,
  };
}

export function servingSettings(replicas: number): estypes.IndicesIndexSettings {
  return { number_of_replicas: replicas, refresh_interval: '1s' };
}

/** Facet fields: exact keywords; normalised copies are not needed as vocabularies are fixed. */
export const keyword = { type: 'keyword' } as const;
export const integer = { type: 'integer' } as const;
export const float = { type: 'float' } as const;
export const double = { type: 'double' } as const;
export const bool = { type: 'boolean' } as const;
export const date = { type: 'date' } as const;
/** Stored in _source, neither indexed nor parsed: packed arrays and display-only objects. */
export const stored = { type: 'object', enabled: false } as const;
