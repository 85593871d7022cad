/**
 * Liveness and readiness. /health answers as long as the process serves HTTP; /ready only when
 * Elasticsearch answers and every alias of the prefix exists (checked afresh on each call, so a
 * node coming back is noticed without a restart).
 */
import type { Request, Response } from 'express';
import { INDEX_KINDS, type IndexAliases } from '@chexthought/search-index';
import type { RootClient } from './es-requests.ts';
import { isEngineUnavailable } from './errors.ts';

/** Readiness probes must answer fast even when the engine hangs. */
const READY_TIMEOUT_MS = 2_000;

export type Readiness = { ready: true } | { ready: false; reason: string; missingAliases?: string[] };

export async function checkReadiness(root: RootClient, indices: IndexAliases): Promise<Readiness> {
  const opts = { requestTimeout: READY_TIMEOUT_MS, maxRetries: 0 };
  // The alias check doubles as the connectivity check (no separate ping round trip).
  try {
    const exists = await Promise.all(
      INDEX_KINDS.map((k) => root.client.indices.existsAlias({ name: indices[k] }, opts)),
    );
    const missing = INDEX_KINDS.filter((_k, i) => !exists[i]).map((k) => indices[k]);
    if (missing.length)
      return {
        ready: false,
        reason: 'no dataset is indexed (aliases missing); run `chexthought ingest`',
        missingAliases: missing,
      };
  } catch (err) {
    return {
      ready: false,
      reason: isEngineUnavailable(err)
        ? 'elasticsearch is unreachable'
        : 'elasticsearch answered the alias check with an error',
    };
  }
  return { ready: true };
}

export function healthHandler(_req: Request, res: Response): void {
  res.status(200).json({ status: 'ok' });
}

export function readyHandler(root: RootClient, indices: IndexAliases) {
  return async (_req: Request, res: Response) => {
    const r = await checkReadiness(root, indices);
    res.setHeader('cache-control', 'no-store');
    if (r.ready) res.status(200).json({ status: 'ready' });
    else
      res.status(503).json({
        status: 'unavailable',
        reason: r.reason,
        ...(r.missingAliases ? { missingAliases: r.missingAliases } : {}),
      });
  };
}
