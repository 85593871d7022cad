/**
 * Service configuration, read once from the environment. Every knob has a safe default so that
 * `chexthought api` works out of the box against the project's local Elasticsearch.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elasticsearchUrl, indexPrefix } from '@chexthought/search-index';
import { loadAccessConfig, type AccessConfig } from './auth/config.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ApiConfig {
  host: string;
  port: number;
  elasticsearchUrl: string;
  indexPrefix: string;
  /** DZI pyramids and thumbnails, served at /tiles/*. */
  tilesDir: string;
  logLevel: LogLevel;
  /** Client-side timeout of every Elasticsearch request (the search body also carries it). */
  esRequestTimeoutMs: number;
  /** Origins allowed to call the API from a browser (the portal). */
  corsOrigins: string[];
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Documents per search_after page of an export (1,000; smaller in tests to exercise paging). */
  exportPageSize: number;
  /** Elasticsearch's shard request cache for the service's searches (undefined: index default). */
  esRequestCache?: boolean;
  /** Access control (docs/access.md): mode, credentials, suppression, rate limits. */
  access: AccessConfig;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 4000,
  esRequestTimeoutMs: 10_000,
  corsOrigins: ['http://127.0.0.1:3000', 'http://localhost:3000'],
  bodyLimitBytes: 256 * 1024,
  exportPageSize: 1_000,
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(env.LOG_LEVEL)})`);
  const host = overrides.host ?? (env.API_HOST || DEFAULTS.host);
  return {
    host,
    port: intVar(env, 'API_PORT', DEFAULTS.port, 0, 65_535),
    elasticsearchUrl: elasticsearchUrl(env),
    indexPrefix: indexPrefix(env),
    tilesDir: resolve(env.CHEXTHOUGHT_TILES_DIR || resolve(REPO_ROOT, '.data/demo/tiles')),
    logLevel: logLevel as LogLevel,
    esRequestTimeoutMs: intVar(env, 'ES_REQUEST_TIMEOUT_MS', DEFAULTS.esRequestTimeoutMs, 100, 600_000),
    corsOrigins: env.API_CORS_ORIGINS
      ? env.API_CORS_ORIGINS.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [...DEFAULTS.corsOrigins],
    bodyLimitBytes: intVar(env, 'API_BODY_LIMIT_BYTES', DEFAULTS.bodyLimitBytes, 1024, 64 * 1024 * 1024),
    exportPageSize: intVar(env, 'API_EXPORT_PAGE_SIZE', DEFAULTS.exportPageSize, 1, 10_000),
    esRequestCache: boolVar(env, 'ES_REQUEST_CACHE'),
    access: loadAccessConfig(env, host),
    ...overrides,
  };
}

export function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got ${JSON.stringify(raw)})`);
  return n;
}

function boolVar(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (got ${JSON.stringify(raw)})`);
}
