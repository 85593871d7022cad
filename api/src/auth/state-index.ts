/**
 * Deployment-state indices (`<prefix>-keys`, `<prefix>-audit`): created on first use with a
 * strict mapping, so a stray field is an error rather than a silent new column. Named under the
 * prefix so snapshots of `<prefix>-*` back them up with the data.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { EngineClient } from '@chexthought/search-index';

export type StateKind = 'keys' | 'audit';

export function stateIndexName(prefix: string, kind: StateKind): string {
  return `${prefix}-${kind}`;
}

const ready = new Map<string, Promise<void>>();

/** Creates the index once per process (an index created meanwhile by another process is fine). */
export function ensureStateIndex(
  es: EngineClient,
  index: string,
  properties: Record<string, estypes.MappingProperty>,
): Promise<void> {
  let p = ready.get(index);
  if (!p) {
    p = (async () => {
      if (await es.indices.exists({ index })) return;
      try {
        await es.indices.create({
          index,
          settings: { number_of_shards: 1, auto_expand_replicas: '0-1' },
          mappings: { dynamic: 'strict', properties },
        });
      } catch (err) {
        if (!String((err as { message?: string }).message).includes('resource_already_exists_exception')) throw err;
      }
    })();
    ready.set(index, p);
    p.catch(() => ready.delete(index));
  }
  return p;
}

/** Forget what was created (tests drop the indices between runs). */
export function forgetStateIndices(): void {
  ready.clear();
}
