/**
 * The only module that knows which search engine the project talks to: it builds the client
 * and names the settings that differ between engines. Everything else imports from here.
 */
import { readFileSync } from 'node:fs';
import {
  Client,
  SniffingTransport,
  errors,
  type TransportRequestOptions,
  type TransportRequestParams,
} from '@elastic/elasticsearch';

export { errors as engineErrors };
export type EngineClient = Client;

/** Default port of the project-managed local node. */
export const DEFAULT_PORT = 9200;

/**
 * The cluster URL: ELASTICSEARCH_URL when set (one URL, or a comma-separated list of nodes),
 * else the local node on CHEXTHOUGHT_ES_PORT.
 */
export function elasticsearchUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ELASTICSEARCH_URL) return env.ELASTICSEARCH_URL;
  return `http://127.0.0.1:${env.CHEXTHOUGHT_ES_PORT ?? DEFAULT_PORT}`;
}

/** The nodes of a URL list ("http://a:9200,http://b:9200"); blanks dropped. */
export function nodeUrls(url: string): string[] {
  return url
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/**
 * Sees every request before it is sent and its outcome after the client's own retries: `before`
 * may throw to refuse it at once (the API's circuit breaker).
 */
export interface RequestGate {
  before(): void;
  after(error?: unknown): void;
}

export interface ClientOptions {
  url?: string;
  /** Per-request timeout in milliseconds. Every call has one. */
  requestTimeoutMs?: number;
  maxRetries?: number;
  gate?: RequestGate;
}

/**
 * How to reach a secured cluster: ELASTICSEARCH_API_KEY (an encoded API key; user:password may
 * also go in the URL) and ELASTICSEARCH_CA_CERT (a PEM file of the CA that signed its TLS
 * certificates).
 */
function security(env: NodeJS.ProcessEnv = process.env) {
  const out: { auth?: { apiKey: string }; tls?: { ca: Buffer } } = {};
  if (env.ELASTICSEARCH_API_KEY) out.auth = { apiKey: env.ELASTICSEARCH_API_KEY };
  if (env.ELASTICSEARCH_CA_CERT) {
    try {
      out.tls = { ca: readFileSync(env.ELASTICSEARCH_CA_CERT) };
    } catch (err) {
      throw new Error(`ELASTICSEARCH_CA_CERT=${env.ELASTICSEARCH_CA_CERT} cannot be read: ${(err as Error).message}`);
    }
  }
  return out;
}

/**
 * With several nodes the client spreads requests over them (round robin), marks a node that
 * fails dead for a while and retries its requests on another (up to maxRetries).
 */
export function createClient(options: ClientOptions = {}): Client {
  return new Client({
    ...security(),
    nodes: nodeUrls(options.url ?? elasticsearchUrl()),
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
    compression: false,
    ...(options.gate ? { Transport: gatedTransport(options.gate) } : {}),
  });
}

function gatedTransport(gate: RequestGate): typeof SniffingTransport {
  return class GatedTransport extends SniffingTransport {
    // The base class overloads request(); one implementation serves all of them.
    override async request(params: TransportRequestParams, options?: TransportRequestOptions): Promise<never> {
      gate.before();
      try {
        const result = (await super.request(params, options)) as never;
        gate.after();
        return result;
      } catch (err) {
        gate.after(err);
        throw err;
      }
    }
  } as typeof SniffingTransport;
}

/**
 * True when the cluster answers. Uses cluster health, not `GET /`: the distribution the project
 * runs has no rest-root module, so the root endpoint (and client.ping/info) answer 405.
 */
export async function engineAnswers(client: Client): Promise<boolean> {
  try {
    await client.cluster.health({ timeout: '5s' }, { requestTimeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}
