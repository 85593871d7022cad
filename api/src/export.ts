/**
 * Bulk export of any filtered set: GET /export/{reads,images}.{ndjson,csv}?filter=<ReadFilter
 * JSON>&search=<text>[&expand=false]. The search is expanded as in the API; the filter is coerced against the schema's ReadFilter type and validated
 * by the same compiler as the API, so a bad filter is a 400 naming the problem before any byte
 * is streamed. Documents are then streamed from a point in time with search_after (pages of
 * 1,000 by default) in constant memory: each write waits for 'drain' when the socket is full, and the PIT
 * is closed at the end, on error, or when the client goes away.
 */
import { once } from 'node:events';
import type { Request, Response, Router } from 'express';
import express from 'express';
import { coerceInputValue, isInputType, type GraphQLSchema } from 'graphql';
import type { estypes } from '@elastic/elasticsearch';
import type { EngineClient } from '@chexthought/search-index';
import type { ReadFilter } from './generated/graphql.ts';
import { compileImageQuery, compileReadQuery, validateReadFilter } from './query/filter.ts';
import { FilterError } from './query/errors.ts';
import { countingClient } from './es-requests.ts';
import { isEngineUnavailable } from './errors.ts';
import { csvHeader, csvRow, type Column } from './csv.ts';
import { READ_SEARCH_ONLY_FIELDS, type ImageModel, type ReadModel } from './models.ts';
import type { SharedState } from './shared.ts';
import { resolveSearch } from './search-text.ts';
import type { RequestLog } from './request-log.ts';
import { principalOf } from './auth/authenticate.ts';
import { atLeast, type Principal } from './auth/principal.ts';
import { requestAccess } from './auth/access.ts';
import { sendError } from './auth/respond.ts';
import { auditFilter } from './audit/log.ts';
import { scoped } from './query/scope.ts';

const PIT_KEEP_ALIVE = '2m';
/** A hard cap on the `filter` parameter (URLs are bounded by the server anyway). */
const MAX_FILTER_CHARS = 64 * 1024;

type Kind = 'reads' | 'images';
type Format = 'ndjson' | 'csv';

export function exportRouter(shared: SharedState, schema: GraphQLSchema): Router {
  const router = express.Router();
  router.get('/export/:file', (req, res, next) => {
    const m = /^(reads|images)\.(ndjson|csv)$/.exec(String(req.params.file));
    if (!m) return next();
    exportHandler(shared, schema, m[1] as Kind, m[2] as Format, req, res).catch(next);
  });
  return router;
}

class ExportInputError extends Error {}

const ENGINE_UNAVAILABLE = 'the search engine is unavailable; retry shortly';

async function parseExportQuery(
  shared: SharedState,
  es: EngineClient,
  schema: GraphQLSchema,
  kind: Kind,
  req: Request,
): Promise<estypes.QueryDslQueryContainer> {
  const rawFilter = single(req.query.filter, 'filter');
  const rawSearch = single(req.query.search, 'search');
  const rawExpand = single(req.query.expand, 'expand');
  if (rawExpand !== undefined && rawExpand !== 'true' && rawExpand !== 'false')
    throw new ExportInputError(`expand: true or false (got ${JSON.stringify(rawExpand)})`);
  let filter: ReadFilter | null = null;
  if (rawFilter !== undefined && rawFilter.trim() !== '') {
    if (rawFilter.length > MAX_FILTER_CHARS)
      throw new ExportInputError(`filter: longer than ${MAX_FILTER_CHARS} characters`);
    let json: unknown;
    try {
      json = JSON.parse(rawFilter);
    } catch {
      throw new ExportInputError('filter: not valid JSON (expected a ReadFilter object, e.g. {"countries":["BR"]})');
    }
    const type = schema.getType('ReadFilter');
    if (!type || !isInputType(type)) throw new Error('schema has no ReadFilter input type');
    const problems: string[] = [];
    const coerced = coerceInputValue(json, type, (path, _invalid, error) => {
      problems.push(
        `filter${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}: ${error.message}`,
      );
    });
    if (problems.length) throw new ExportInputError(problems.slice(0, 3).join('; '));
    filter = coerced as ReadFilter;
    validateReadFilter(filter);
  }
  const text = rawSearch === undefined || rawSearch.trim() === '' ? null : rawSearch;
  const search = (await resolveSearch(shared, es, text, rawExpand !== 'false'))?.query ?? null;
  return kind === 'reads' ? compileReadQuery(filter, search) : compileImageQuery(filter, search);
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ExportInputError(`${name}: give the parameter once, as a string`);
  return value;
}

async function exportHandler(
  shared: SharedState,
  schema: GraphQLSchema,
  kind: Kind,
  format: Format,
  req: Request,
  res: Response,
) {
  const principal = principalOf(res);
  const protectedMode = shared.config.access.mode === 'protected';
  if (protectedMode && !atLeast(principal, 'credentialed'))
    return sendError(req, res, 403, 'FORBIDDEN', 'export is available to credentialed users only');
  const log = res.locals.log as RequestLog | undefined;
  const es = countingClient(shared.root.client, log?.esRequests ?? { count: 0 });
  const scope = requestAccess(shared.config.access, principal).scope;
  const query = await refusedOr(req, res, async () =>
    scoped(await parseExportQuery(shared, es, schema, kind, req), scope),
  );
  if (query === null) return;

  const abort = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) abort.abort();
  };
  res.on('close', onClose);
  const reqOpts = { signal: abort.signal, requestTimeout: shared.config.esRequestTimeoutMs };
  try {
    const opened = await refusedOr(req, res, () =>
      es.openPointInTime({ index: shared.indices[kind], keep_alive: PIT_KEEP_ALIVE }, reqOpts),
    );
    if (opened === null) return;
    const stream: ExportStream = { pit: opened.id, written: 0, bytes: 0 };
    try {
      await streamPages(es, { kind, format, query, pageSize: shared.config.exportPageSize, reqOpts }, stream, res);
    } catch (err) {
      if (abort.signal.aborted) return; // the client went away: nothing to tell
      shared.logger.error('export failed mid-stream', {
        requestId: log?.requestId,
        kind,
        rows: stream.written,
        error: err,
      });
      // Headers are gone: a truncated transfer is the only honest signal left.
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    } finally {
      if (log) log.exportedRows = stream.written;
      if (protectedMode) auditExport(shared, req, res, stream, principal, log);
      await es.closePointInTime({ id: stream.pit }, { requestTimeout: shared.config.esRequestTimeoutMs }).catch(() => {
        /* it expires by itself after PIT_KEEP_ALIVE */
      });
    }
  } finally {
    res.off('close', onClose);
  }
}

/** Where an export stands: the point in time (renewed by each page) and what has been sent. */
interface ExportStream {
  pit: string;
  written: number;
  bytes: number;
}

/**
 * The step's value, or null once a refusal has been sent: bad input is a 400, an unreachable
 * engine a 503, before any byte of the export.
 */
async function refusedOr<T>(req: Request, res: Response, step: () => Promise<T>): Promise<T | null> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof ExportInputError || err instanceof FilterError)
      sendError(req, res, 400, 'BAD_USER_INPUT', err.message);
    else if (isEngineUnavailable(err)) sendError(req, res, 503, 'SERVICE_UNAVAILABLE', ENGINE_UNAVAILABLE);
    else throw err;
    return null;
  }
}

/** The headers, then every page of the point in time in id order, one chunk a page; stops when the client goes. */
async function streamPages(
  es: EngineClient,
  what: {
    kind: Kind;
    format: Format;
    query: estypes.QueryDslQueryContainer;
    pageSize: number;
    reqOpts: { signal: AbortSignal; requestTimeout: number };
  },
  stream: ExportStream,
  res: Response,
): Promise<void> {
  const { kind, format, pageSize } = what;
  res.status(200);
  res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${kind}.${format}"`);
  res.setHeader('cache-control', 'no-store');
  const columns = (kind === 'reads' ? READ_COLUMNS : IMAGE_COLUMNS) as Column<unknown>[];
  const header = format === 'csv' ? csvHeader(columns) : '';
  stream.bytes += Buffer.byteLength(header);
  if (header && !(await write(res, header))) return;
  let searchAfter: estypes.SortResults | undefined;
  for (;;) {
    const page: estypes.SearchResponse<unknown> = await es.search(
      {
        pit: { id: stream.pit, keep_alive: PIT_KEEP_ALIVE },
        query: what.query,
        sort: [{ id: 'asc' }],
        size: pageSize,
        track_total_hits: false,
        ...(kind === 'reads' ? { _source: { excludes: [...READ_SEARCH_ONLY_FIELDS] } } : {}),
        ...(searchAfter ? { search_after: searchAfter } : {}),
      },
      what.reqOpts,
    );
    if (page.pit_id) stream.pit = page.pit_id;
    const hits = page.hits.hits;
    // One chunk per page keeps syscalls few; memory stays at one page.
    let chunk = '';
    for (const h of hits) chunk += format === 'csv' ? csvRow(columns, h._source) : JSON.stringify(h._source) + '\n';
    stream.written += hits.length;
    stream.bytes += Buffer.byteLength(chunk);
    if (chunk && !(await write(res, chunk))) return;
    if (hits.length < pageSize) break;
    searchAfter = hits[hits.length - 1]!.sort;
  }
  res.end();
}

/** Protected mode: every export is audited, finished or not, with what it sent. */
function auditExport(
  shared: SharedState,
  req: Request,
  res: Response,
  stream: ExportStream,
  principal: Principal,
  log: RequestLog | undefined,
): void {
  shared.audit.write({
    time: new Date().toISOString(),
    requestId: log?.requestId ?? '',
    principal: principal.id,
    tier: principal.tier,
    kind: 'export',
    operation: req.path,
    filter: auditFilter({ filter: req.query.filter, search: req.query.search }),
    resultCount: stream.written,
    bytes: stream.bytes,
    status: res.statusCode,
  });
}

/** Writes with backpressure; false when the client has gone. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  const [ok] = await Promise.race([once(res, 'drain').then(() => [true]), once(res, 'close').then(() => [false])]);
  return ok as boolean;
}

const READ_COLUMNS: Column<ReadModel>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'imageId', value: (r) => r.imageId },
  { header: 'readerId', value: (r) => r.readerId },
  { header: 'dataset', value: (r) => r.dataset },
  { header: 'synthetic', value: (r) => r.synthetic },
  { header: 'startedAt', value: (r) => r.startedAt },
  { header: 'durationSec', value: (r) => r.durationSec },
  { header: 'readerCountry', value: (r) => r.reader.country },
  { header: 'readerContinent', value: (r) => r.reader.continent },
  { header: 'readerExperienceYears', value: (r) => r.reader.experienceYears },
  { header: 'readerExperienceBand', value: (r) => r.reader.experienceBand },
  { header: 'readerRole', value: (r) => r.reader.role },
  { header: 'readerSubspecialty', value: (r) => r.reader.subspecialty },
  { header: 'viewPosition', value: (r) => r.image.viewPosition },
  { header: 'patientId', value: (r) => r.image.patientId },
  { header: 'imageAgreement', value: (r) => r.image.agreement },
  { header: 'imageDifficulty', value: (r) => r.image.difficulty },
  { header: 'findings', value: (r) => r.findings.map((f) => `${f.label}:${f.certainty}`) },
  { header: 'positiveFindings', value: (r) => r.findingLabels },
  { header: 'impression', value: (r) => r.impression },
  { header: 'clinicalContextShown', value: (r) => r.clinicalContext.shown },
  { header: 'clinicalContextUsed', value: (r) => r.clinicalContext.used },
  { header: 'clinicalContextText', value: (r) => r.clinicalContext.text },
  { header: 'strategy', value: (r) => r.strategy },
  { header: 'strategySource', value: (r) => r.strategySource },
  { header: 'stepCount', value: (r) => r.stepCount },
  { header: 'hedges', value: (r) => r.hedges },
  { header: 'hedgeCount', value: (r) => r.hedgeCount },
  { header: 'wordCount', value: (r) => r.wordCount },
  { header: 'reasoning', value: (r) => r.reasoning.map((s) => s.text).join(' ') },
  { header: 'sampleCount', value: (r) => r.track?.sampleCount },
  { header: 'fixationCount', value: (r) => r.track?.fixationCount },
  { header: 'samplingHz', value: (r) => r.track?.samplingHz },
];

const IMAGE_COLUMNS: Column<ImageModel>[] = [
  { header: 'id', value: (i) => i.id },
  { header: 'dataset', value: (i) => i.dataset },
  { header: 'patientId', value: (i) => i.patientId },
  { header: 'followUp', value: (i) => i.followUp },
  { header: 'priorImageId', value: (i) => i.priorImageId },
  { header: 'nextImageId', value: (i) => i.nextImageId },
  { header: 'viewPosition', value: (i) => i.viewPosition },
  { header: 'width', value: (i) => i.width },
  { header: 'height', value: (i) => i.height },
  { header: 'pixelSpacingMm', value: (i) => i.pixelSpacingMm },
  { header: 'patientAge', value: (i) => i.patientAge },
  { header: 'patientSex', value: (i) => i.patientSex },
  { header: 'sourceLabels', value: (i) => i.sourceLabels },
  { header: 'referenceFindings', value: (i) => i.referenceFindings },
  { header: 'displayImageId', value: (i) => i.displayImageId },
  { header: 'synthetic', value: (i) => i.synthetic },
  { header: 'readCount', value: (i) => i.readCount },
  { header: 'readerCountries', value: (i) => i.readerCountries },
  { header: 'readerContinents', value: (i) => i.readerContinents },
  { header: 'reportedFindings', value: (i) => i.findingLabels },
  { header: 'strategies', value: (i) => i.strategies },
  { header: 'agreement', value: (i) => i.agreement },
  { header: 'difficulty', value: (i) => i.difficulty },
  { header: 'findingVotes', value: (i) => i.findingVotes.map((v) => `${v.label}:${v.positive}`) },
];
