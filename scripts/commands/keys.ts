/** `chexthought keys create|list|revoke`: API keys of a protected deployment (docs/access.md). */
import type { Command } from 'commander';
import { createClient, engineAnswers, elasticsearchUrl } from '../../search-index/src/engine.ts';
import { indexPrefix } from '../../search-index/src/indices/names.ts';
import { KeyStore, type KeyRecord } from '../../api/src/auth/keys.ts';
import { durationMs } from '../../api/src/auth/duration.ts';
import { isTier, TIERS } from '../../api/src/auth/principal.ts';
import { UserError } from '../user-error.ts';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('Manage API keys (stored hashed in <prefix>-keys).');
  keys
    .command('create')
    .description('Create a key and print it once (it cannot be shown again).')
    .requiredOption('--name <name>', 'who or what the key is for')
    .option('--tier <tier>', `one of ${TIERS.join(', ')}`, 'credentialed')
    .option('--datasets <list>', 'comma-separated datasets the key is limited to (default: all)')
    .option('--expires <duration>', 'lifetime, e.g. 30d, 12h (default: none)')
    .option('--prefix <prefix>', 'index prefix (default CHEXTHOUGHT_INDEX_PREFIX or chexthought)')
    .action(async (o: { name: string; tier: string; datasets?: string; expires?: string; prefix?: string }) => {
      if (!isTier(o.tier)) throw new UserError(`--tier must be one of ${TIERS.join(', ')} (got ${o.tier})`);
      const ms = o.expires === undefined ? undefined : durationMs(o.expires);
      if (o.expires !== undefined && ms === undefined)
        throw new UserError(`--expires must be a duration such as 30d or 12h (got ${JSON.stringify(o.expires)})`);
      const datasets = o.datasets
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      await withStore(o.prefix, async (store) => {
        const { key, record } = await store.create({
          name: o.name,
          tier: o.tier as KeyRecord['tier'],
          datasets: datasets ?? null,
          expiresAt: ms === undefined ? null : new Date(Date.now() + ms),
        });
        console.log(key);
        console.error(`created key ${record.id} (${describe(record)}); store it now: it is not shown again`);
      });
    });
  keys
    .command('list')
    .description('List keys (never their secrets).')
    .option('--prefix <prefix>', 'index prefix')
    .action(async (o: { prefix?: string }) => {
      await withStore(o.prefix, async (store) => {
        const all = await store.list();
        if (all.length === 0) console.log('no keys');
        for (const r of all) console.log(`${r.id}  ${r.name}  ${describe(r)}`);
      });
    });
  keys
    .command('revoke')
    .description('Revoke a key by id (takes effect within a second).')
    .argument('<id>', 'key id (the 16 hex characters after cxt_)')
    .option('--prefix <prefix>', 'index prefix')
    .action(async (id: string, o: { prefix?: string }) => {
      await withStore(o.prefix, async (store) => {
        if (!(await store.revoke(id))) throw new UserError(`no key with id ${JSON.stringify(id)}`);
        console.log(`revoked ${id}`);
      });
    });
}

function describe(r: KeyRecord): string {
  const state = r.revokedAt
    ? `revoked ${r.revokedAt}`
    : r.expiresAt && Date.parse(r.expiresAt) <= Date.now()
      ? `expired ${r.expiresAt}`
      : r.expiresAt
        ? `expires ${r.expiresAt}`
        : 'no expiry';
  return `tier ${r.tier}, datasets ${r.datasets?.join(', ') ?? 'all'}, created ${r.createdAt}, ${state}`;
}

/** Runs `fn` with a key store on the configured cluster; a clear error when it is down. */
export async function withEngine<T>(fn: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const client = createClient({ requestTimeoutMs: 30_000 });
  try {
    if (!(await engineAnswers(client)))
      throw new UserError(
        `Elasticsearch does not answer at ${elasticsearchUrl()}; run \`npx chexthought elasticsearch start\` or set ELASTICSEARCH_URL`,
      );
    return await fn(client);
  } finally {
    await client.close();
  }
}

function withStore(prefix: string | undefined, fn: (store: KeyStore) => Promise<void>): Promise<void> {
  return withEngine((client) => fn(new KeyStore(client, prefix ?? indexPrefix(), 0)));
}
