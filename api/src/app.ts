/**
 * The HTTP service: Apollo Server 5 on Express 5 at /graphql, plus /health, /ready, /tiles/*
 * (DZI pyramids and thumbnails) and /export/*. `createApp` builds everything without listening,
 * so tests and the benchmark run it in-process on an ephemeral port.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { REPO_ROOT, type ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { cors, corsStep } from './cors.ts';
import { createRootClient, type RootClient } from './es-requests.ts';
import { createErrorFormatter } from './errors.ts';
import { buildSchemas, schemasGateway } from './execution.ts';
import { exportRouter } from './export.ts';
import { healthHandler, readyHandler } from './health.ts';
import { armor, costLimitPlugin } from './limits.ts';
import { graphqlHandler, internalError } from './graphql-http.ts';
import { isGraphqlPath } from './auth/respond.ts';
import helmet from 'helmet';
import { isLoopback } from './auth/config.ts';
import { accessPlugin } from './auth/graphql-plugin.ts';
import { rateLimit, TokenBuckets } from './auth/rate-limit.ts';
import { tileGuard } from './auth/tiles.ts';
import { ConfigError } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { requestLogger } from './request-log.ts';
import { resolvers } from './resolvers/index.ts';
import { createSharedState, type SharedState } from './shared.ts';

export const SCHEMA_PATH = resolve(REPO_ROOT, 'schema.graphql');

export interface App {
  app: express.Express;
  /** The HTTP server (not yet listening: call `listen`). */
  server: Server;
  apollo: ApolloServer<ApiContext>;
  shared: SharedState;
  /** Listens (port 0: an ephemeral one) and resolves to the GraphQL URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, drains those in flight, closes the Elasticsearch client. */
  close(): Promise<void>;
}

export async function createApp(config: ApiConfig, opts: { logger?: Logger } = {}): Promise<App> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const root: RootClient = createRootClient({
    url: config.elasticsearchUrl,
    requestTimeoutMs: config.esRequestTimeoutMs,
    logger,
  });
  const shared = createSharedState(config, logger, root);
  const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');
  const schemas = buildSchemas(typeDefs, resolvers);

  const app = express();
  // /graphql is served by its own handler (graphql-http.ts), everything else by Express.
  let graphql: (req: IncomingMessage, res: ServerResponse) => void = () => {};
  const server = createServer((req, res) => (isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));
  const apollo = apolloServer({ schemas, typeDefs, server, shared, logger });
  await apollo.start();

  const edge: Edge = {
    security: securityHeaders(),
    cors: corsStep(config.corsOrigins),
    buckets:
      config.access.mode === 'protected'
        ? new TokenBuckets(config.access.rateLimit.perMinute, config.access.rateLimit.burst)
        : undefined,
  };
  graphql = graphqlHandler({
    apollo,
    shared,
    logger,
    securityHeaders: edge.security,
    cors: edge.cors,
    rateLimit: edge.buckets,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  expressRoutes(app, { config, shared, root, logger, contract: schemas.contract, edge });
  return appHandle({ app, server, apollo, shared, root, config, logger });
}

/** The edge steps both /graphql and the Express routes run, made once. */
interface Edge {
  security: ReturnType<typeof securityHeaders>;
  cors: ReturnType<typeof corsStep>;
  /** Protected mode's rate limit (none in open mode). */
  buckets: TokenBuckets | undefined;
}

function apolloServer(o: {
  schemas: ReturnType<typeof buildSchemas>;
  typeDefs: string;
  server: Server;
  shared: SharedState;
  logger: Logger;
}): ApolloServer<ApiContext> {
  const limits = armor();
  return new ApolloServer<ApiContext>({
    // Validated against the contract, executed on the execution schema (execution.ts).
    gateway: schemasGateway(o.schemas, o.typeDefs),
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    formatError: createErrorFormatter(o.logger),
    // Compact JSON: Apollo's default pretty-prints, which doubles the size of a track response.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching hints are used; without this plugin no resolver is wrapped per field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: o.server, stopGracePeriodMillis: 5_000 }),
      ...limits.plugins,
      accessPlugin(o.shared.audit),
      costLimitPlugin(),
      requestMetricsPlugin(),
    ],
  });
}

/** Everything but /graphql: health, readiness, tiles, exports, 404s and the error handler. */
function expressRoutes(
  app: express.Express,
  o: { config: ApiConfig; shared: SharedState; root: RootClient; logger: Logger; contract: GraphQLSchema; edge: Edge },
): void {
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple'); // no nested objects from query strings
  app.use(requestLogger(o.logger));
  app.use(o.edge.security);
  app.use(cors(o.edge.cors));
  app.get('/health', healthHandler);
  app.get('/ready', readyHandler(o.root, o.shared.indices));
  app.use(o.shared.auth.middleware(o.logger));
  if (o.edge.buckets) app.use(rateLimit(o.edge.buckets));
  app.use('/tiles', tileGuard(o.shared));
  app.use(
    '/tiles',
    express.static(o.config.tilesDir, {
      immutable: true,
      maxAge: '365d',
      index: false,
      dotfiles: 'ignore',
      redirect: false,
      fallthrough: true,
      // A .dzi descriptor is XML; the MIME table does not know the extension.
      setHeaders: (res, path) => {
        if (path.endsWith('.dzi')) res.setHeader('content-type', 'application/xml; charset=utf-8');
      },
    }),
  );
  app.use(exportRouter(o.shared, o.contract));
  app.use((req: Request, res: Response) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: `no such resource: ${req.method} ${req.path}` } });
  });
  app.use(httpErrorHandler(o.logger));
}

/** Listening (refused in open mode on a reachable address) and closing (once, draining first). */
function appHandle(o: {
  app: express.Express;
  server: Server;
  apollo: ApolloServer<ApiContext>;
  shared: SharedState;
  root: RootClient;
  config: ApiConfig;
  logger: Logger;
}): App {
  const { server, apollo, shared, config } = o;
  let closing: Promise<void> | undefined;
  return {
    app: o.app,
    server,
    apollo,
    shared,
    listen(port = config.port, host = config.host) {
      // Open mode on an address others can reach must have been asked for (config.ts).
      if (config.access.mode === 'open' && !isLoopback(host) && process.env.CHEXTHOUGHT_ACCESS !== 'open')
        return Promise.reject(
          new ConfigError(`refusing to serve every record on ${host} in open mode: set CHEXTHOUGHT_ACCESS=protected`),
        );
      return new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address() as AddressInfo;
          const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
          resolvePromise(`http://${h}:${addr.port}/graphql`);
        });
      });
    },
    close() {
      closing ??= (async () => {
        if (server.listening) await apollo.stop();
        else await apollo.stop().catch(() => {});
        await shared.audit.flush().catch((err) => o.logger.error('audit flush failed', { error: err }));
        await o.root.client.close();
      })();
      return closing;
    },
  };
}

/**
 * Security headers (helmet): a JSON API needs no script, frame or embedding, so the policy
 * allows nothing; tiles may be fetched by the portal on the same site.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
}

/** Sets `x-es-requests` and fills the request log with the operation name and error codes. */
function requestMetricsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ request, operation }) {
          const log = contextValue.log;
          if (log) log.operationName = request.operationName ?? operation?.name?.value ?? undefined;
        },
        async willSendResponse({ response, errors, contextValue: ctx }) {
          response.http.headers.set('x-es-requests', String(ctx.esRequests.count));
          const log = ctx.log;
          if (log && errors?.length)
            log.errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
        },
      };
    },
  };
}

/** Body-parser and other HTTP-level failures as JSON, never HTML or a stack. */
function httpErrorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { status?: number; statusCode?: number; type?: string; message?: string };
    const status = e.status ?? e.statusCode ?? 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // (Bodies are read by Express on the export routes only; /graphql reads its own.)
    if (status === 413 || e.type === 'entity.too.large') {
      res.status(413).json({
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: 'request body too large; the limit is documented in docs/api.md',
        },
      });
    } else if (status === 400 && e.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'BAD_REQUEST', message: 'request body is not valid JSON' } });
    } else if (status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'BAD_REQUEST', message: 'bad request' } });
    } else {
      internalError(logger, req, res, err);
    }
  };
}
