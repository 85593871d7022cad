/**
 * The only module that knows which search engine the project talks to: it builds the client
 * and names the settings that differ between engines. Everything else imports from here.
 */
import { Client, errors } from '@elastic/elasticsearch';

export { errors as engineErrors };
export type EngineClient = Client;

/** Default port of the project-managed local node. */
export const DEFAULT_PORT = 9200;

/** The cluster URL: ELASTICSEARCH_URL when set, else the local node on CHEXTHOUGHT_ES_PORT. */
export function elasticsearchUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ELASTICSEARCH_URL) return env.ELASTICSEARCH_URL;
  return `http://127.0.0.1:${env.CHEXTHOUGHT_ES_PORT ?? DEFAULT_PORT}`;
}

export interface ClientOptions {
  url?: string;
  /** Per-request timeout in milliseconds. Every call has one. */
  requestTimeoutMs?: number;
  maxRetries?: number;
}

export function createClient(options: ClientOptions = {}): Client {
  return new Client({
    node: options.url ?? elasticsearchUrl(),
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
    compression: false,
  });
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
