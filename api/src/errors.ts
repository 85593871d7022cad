/**
 * Error policy: clients see a stable code and a message we wrote; Elasticsearch internals and
 * stack traces only ever reach the server log, under an id the client is given.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { engineErrors } from '@chexthought/search-index';
import type { Logger } from './logger.ts';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;

/** Codes whose messages are ours (or graphql-js's about the query text) and safe to show. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const CURSOR_EXPIRED = 'cursor expired: restart paging from the first page';

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

export function serviceUnavailable(message = 'the search engine is unavailable; retry shortly'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
}

/** Errors meaning "Elasticsearch cannot be reached right now" (the service recovers by itself). */
export function isEngineUnavailable(err: unknown): boolean {
  if (
    err instanceof engineErrors.ConnectionError ||
    err instanceof engineErrors.TimeoutError ||
    err instanceof engineErrors.NoLivingConnectionsError ||
    err instanceof engineErrors.ProductNotSupportedError
  )
    return true;
  if (err instanceof engineErrors.ResponseError) {
    const s = err.meta.statusCode ?? 0;
    return s === 429 || s === 502 || s === 503 || s === 504;
  }
  return false;
}

/** Elasticsearch's error type (e.g. "index_not_found_exception"), searching root causes too. */
export function engineErrorTypes(err: unknown): string[] {
  if (!(err instanceof engineErrors.ResponseError)) return [];
  const body = err.meta.body as { error?: EsErrorBody } | undefined;
  const out: string[] = [];
  const visit = (e: EsErrorBody | undefined) => {
    if (!e || typeof e !== 'object') return;
    if (e.type) out.push(e.type);
    e.root_cause?.forEach(visit);
    e.failed_shards?.forEach((s) => visit(s.reason));
    visit(e.caused_by);
  };
  visit(body?.error);
  return out;
}

interface EsErrorBody {
  type?: string;
  root_cause?: EsErrorBody[];
  caused_by?: EsErrorBody;
  failed_shards?: Array<{ reason?: EsErrorBody }>;
}

/** True when a search failed because its point in time (or its index) no longer exists. */
export function isExpiredSnapshot(err: unknown): boolean {
  const types = engineErrorTypes(err);
  return types.some((t) => t === 'search_context_missing_exception' || t === 'index_not_found_exception');
}

/**
 * Apollo's formatError: keeps messages of public codes, maps engine and filter errors, and masks
 * everything else behind a log id.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    const base = { locations: formatted.locations, path: formatted.path };
    if (
      original instanceof GraphQLError &&
      original.extensions.code &&
      PUBLIC_CODES.has(String(original.extensions.code))
    )
      return { ...base, message: original.message, extensions: publicExtensions(original.extensions) };
    if (isFilterError(original))
      return { ...base, message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    if (isEngineUnavailable(original)) {
      logger.warn('search engine unavailable', { error: describe(original) });
      return {
        ...base,
        message: 'the search engine is unavailable; retry shortly',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (engineErrorTypes(original).includes('index_not_found_exception')) {
      return {
        ...base,
        message: 'no dataset is indexed here yet; run `chexthought ingest`',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    // Errors graphql-js raised about the request itself (parse, validation, variables).
    if (code && PUBLIC_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError)))
      return { ...base, message: formatted.message, extensions: { code } };
    const id = randomUUID().slice(0, 8);
    logger.error('internal error', { logId: id, path: formatted.path, error: original });
    return {
      ...base,
      message: `internal error; see server log id=${id}`,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, logId: id },
    };
  };
}

function publicExtensions(ext: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { code: ext.code };
  for (const k of ['field', 'limit', 'cost', 'maxCost']) if (k in ext) out[k] = ext[k];
  return out;
}

/** The compiler's FilterError (matched by name so this module does not depend on its path). */
function isFilterError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'FilterError';
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
