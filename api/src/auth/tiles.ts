/**
 * Who may fetch which tiles. Tiles are named by the image whose pixels they hold
 * (`/tiles/<displayImageId>.dzi`, `…_files/<level>/<col>_<row>.jpg`, `….thumb.jpg`). Open mode:
 * anyone. Protected: the public images' tiles (images of CHEXTHOUGHT_PUBLIC_IMAGE_DATASETS) for
 * anyone; others for credentialed principals whose scope holds an image that displays them.
 * Everything else, unknown names included, is 403 (so a refusal says nothing of existence).
 */
import type { NextFunction, Request, Response } from 'express';
import type { SharedState } from '../shared.ts';
import { inScope } from '../query/scope.ts';
import { principalOf } from './authenticate.ts';
import { atLeast } from './principal.ts';
import { requestAccess } from './access.ts';
import { sendError } from './respond.ts';

const TILE_NAME = /^\/([A-Za-z0-9._-]+?)(?:\.dzi|\.thumb\.jpg|_files\/\d+\/\d+_\d+\.(?:jpe?g|png))$/;
const CACHE_SIZE = 20_000;

export function tileGuard(shared: SharedState) {
  const datasetsOf = new Map<string, Promise<string[]>>();
  const lookup = async (displayImageId: string): Promise<string[]> => {
    const index = await shared.versions.concreteIndex(shared.root.client, shared.indices.images);
    const key = `${index}|${displayImageId}`;
    let p = datasetsOf.get(key);
    if (!p) {
      p = shared.root.client
        .search({
          index,
          size: 0,
          track_total_hits: false,
          query: { term: { displayImageId } },
          aggs: { datasets: { terms: { field: 'dataset', size: 100 } } },
        })
        .then((res) =>
          ((res.aggregations?.datasets as { buckets?: Array<{ key: string }> })?.buckets ?? []).map((b) =>
            String(b.key),
          ),
        );
      if (datasetsOf.size >= CACHE_SIZE) datasetsOf.delete(datasetsOf.keys().next().value!);
      datasetsOf.set(key, p);
      p.catch(() => datasetsOf.delete(key));
    }
    return p;
  };
  const access = shared.config.access;
  const publicSets = new Set(access.publicImageDatasets);

  return (req: Request, res: Response, next: NextFunction) => {
    if (access.mode === 'open') return next();
    const m = TILE_NAME.exec(req.path);
    if (!m) return sendError(req, res, 403, 'FORBIDDEN', 'no access to this tile');
    const p = principalOf(res);
    lookup(decodeURIComponent(m[1]!)).then(
      (datasets) => {
        const allowed =
          datasets.some((d) => publicSets.has(d)) ||
          (atLeast(p, 'credentialed') && datasets.some((d) => inScope(requestAccess(access, p).scope, d)));
        if (allowed) return next();
        sendError(req, res, 403, 'FORBIDDEN', 'no access to this tile');
      },
      (err: unknown) => next(err),
    );
  };
}
