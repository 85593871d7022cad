/**
 * Process-wide state shared by every operation: configuration, logger, the root Elasticsearch
 * client, the alias names, and two small caches keyed so that a re-index invalidates them:
 * alias → concrete index (a few seconds), numeric-facet bounds and the search lexicon per concrete index. Failed
 * lookups are never cached, so the service recovers by itself when Elasticsearch returns.
 */
import { aliasNames, type EngineClient, type IndexAliases, type Lexicon } from '@chexthought/search-index';
import type { ApiConfig } from './config.ts';
import type { RootClient } from './es-requests.ts';
import type { Logger } from './logger.ts';
import { AuditLog } from './audit/log.ts';
import { Authenticator } from './auth/authenticate.ts';

export interface SharedState {
  config: ApiConfig;
  logger: Logger;
  root: RootClient;
  indices: IndexAliases;
  versions: IndexVersions;
  bounds: PerIndexCache<unknown>;
  /** Answers that depend on a principal's dataset scope (e.g. its readers), per index version. */
  scoped: PerIndexCache<unknown>;
  /** Credentials (API keys, OIDC) and the audit log, in the deployment's state indices. */
  auth: Authenticator;
  audit: AuditLog;
  /** Search lexicon per concrete reads index (search-text.ts). */
  lexicons: PerIndexCache<Lexicon | null>;
}

export function createSharedState(config: ApiConfig, logger: Logger, root: RootClient): SharedState {
  return {
    config,
    logger,
    root,
    indices: aliasNames(config.indexPrefix),
    versions: new IndexVersions(),
    bounds: new PerIndexCache(),
    scoped: new PerIndexCache(64),
    auth: new Authenticator(config.access, root.client, config.indexPrefix),
    audit: new AuditLog(root.client, config.indexPrefix, logger),
    lexicons: new PerIndexCache(4),
  };
}

/** How long the alias → concrete index answer is trusted (a re-index is seen within this). */
const VERSION_TTL_MS = 5_000;

export class IndexVersions {
  private readonly entries = new Map<string, { at: number; index: Promise<string> }>();

  /** The concrete index behind an alias (one request through `es` when not cached). */
  concreteIndex(es: EngineClient, alias: string): Promise<string> {
    const hit = this.entries.get(alias);
    if (hit && performance.now() - hit.at < VERSION_TTL_MS) return hit.index;
    const index = es.indices.getAlias({ name: alias }).then((res) => {
      const names = Object.keys(res).sort();
      if (names.length === 0) throw new Error(`alias ${alias} points at no index`);
      return names[names.length - 1]!;
    });
    this.entries.set(alias, { at: performance.now(), index });
    index.catch(() => this.entries.delete(alias));
    return index;
  }
}

/** Memoised per concrete index (so a re-index starts afresh); rejected promises are dropped. */
export class PerIndexCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = 16) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    let p = this.entries.get(key);
    if (!p) {
      p = compute();
      this.entries.set(key, p);
      p.catch(() => this.entries.delete(key));
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return p;
  }
}
