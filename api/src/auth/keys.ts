/**
 * API keys: `cxt_<id>_<secret>`, 16 hex characters of id and 32 random bytes of secret. Only
 * SHA-256 of the secret is stored (a 256-bit random secret needs no slow hash: nothing to
 * brute-force), compared in constant time. The key itself is shown once, when created.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EngineClient } from '@chexthought/search-index';
import { AuthenticationError, type Principal, type Tier } from './principal.ts';
import { ensureStateIndex, stateIndexName } from './state-index.ts';

export interface KeyRecord {
  id: string;
  name: string;
  tier: Tier;
  datasets: string[] | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

interface StoredKey extends KeyRecord {
  hash: string;
}

const KEY_FORMAT = /^cxt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

const MAPPING = {
  id: { type: 'keyword' },
  name: { type: 'keyword' },
  tier: { type: 'keyword' },
  datasets: { type: 'keyword' },
  hash: { type: 'keyword', index: false },
  createdAt: { type: 'date' },
  expiresAt: { type: 'date' },
  revokedAt: { type: 'date' },
} as const;

export function looksLikeKey(credential: string): boolean {
  return credential.startsWith('cxt_');
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export class KeyStore {
  private readonly index: string;
  private readonly cache = new Map<string, { at: number; key: Promise<StoredKey | null> }>();

  constructor(
    private readonly es: EngineClient,
    prefix: string,
    private readonly cacheMs = 1_000,
  ) {
    this.index = stateIndexName(prefix, 'keys');
  }

  async create(opts: {
    name: string;
    tier: Tier;
    datasets?: string[] | null;
    expiresAt?: Date | null;
  }): Promise<{ key: string; record: KeyRecord }> {
    await ensureStateIndex(this.es, this.index, MAPPING);
    const id = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const record: KeyRecord = {
      id,
      name: opts.name,
      tier: opts.tier,
      datasets: opts.datasets?.length ? opts.datasets : null,
      createdAt: new Date().toISOString(),
      expiresAt: opts.expiresAt ? opts.expiresAt.toISOString() : null,
      revokedAt: null,
    };
    const stored: StoredKey = { ...record, hash: sha256(secret).toString('hex') };
    await this.es.index({ index: this.index, id, document: stored, op_type: 'create', refresh: 'wait_for' });
    return { key: `cxt_${id}_${secret}`, record };
  }

  async list(): Promise<KeyRecord[]> {
    if (!(await this.es.indices.exists({ index: this.index }))) return [];
    const res = await this.es.search<StoredKey>({
      index: this.index,
      size: 10_000,
      sort: [{ createdAt: 'asc' }],
      _source: { excludes: ['hash'] },
    });
    return res.hits.hits.map((h) => h._source as KeyRecord);
  }

  /** Marks a key revoked; false when there is no such key. */
  async revoke(id: string): Promise<boolean> {
    if (!/^[0-9a-f]{16}$/.test(id) || !(await this.es.indices.exists({ index: this.index }))) return false;
    try {
      await this.es.update({
        index: this.index,
        id,
        doc: { revokedAt: new Date().toISOString() },
        refresh: 'wait_for',
      });
      this.cache.delete(id);
      return true;
    } catch (err) {
      if ((err as { meta?: { statusCode?: number } }).meta?.statusCode === 404) return false;
      throw err;
    }
  }

  /** The principal of a valid key; AuthenticationError for anything else. */
  async verify(credential: string, now = Date.now()): Promise<Principal> {
    const m = KEY_FORMAT.exec(credential);
    if (!m) throw new AuthenticationError('malformed key');
    const [, id, secret] = m as unknown as [string, string, string];
    const stored = await this.lookup(id);
    const given = sha256(secret);
    // Compare even when the id is unknown, so timing does not tell which ids exist.
    const expected = stored ? Buffer.from(stored.hash, 'hex') : Buffer.alloc(32);
    if (!timingSafeEqual(given, expected) || !stored) throw new AuthenticationError('unknown key');
    if (stored.revokedAt) throw new AuthenticationError('revoked key');
    if (stored.expiresAt && Date.parse(stored.expiresAt) <= now) throw new AuthenticationError('expired key');
    return {
      id: `key:${id}`,
      tier: stored.tier,
      name: stored.name,
      ...(stored.datasets?.length ? { datasets: stored.datasets } : {}),
    };
  }

  private lookup(id: string): Promise<StoredKey | null> {
    const hit = this.cache.get(id);
    if (hit && performance.now() - hit.at < this.cacheMs) return hit.key;
    const key = this.es
      .get<StoredKey>({ index: this.index, id })
      .then((r) => (r.found ? (r._source ?? null) : null))
      .catch((err) => {
        const status = (err as { meta?: { statusCode?: number } }).meta?.statusCode;
        if (status === 404) return null; // no such key, or no keys index yet
        throw err;
      });
    this.cache.set(id, { at: performance.now(), key });
    key.catch(() => this.cache.delete(id));
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return key;
  }
}
