/** `chexthought audit [--since] [--principal]`: the audit log of a protected deployment. */
import type { Command } from 'commander';
import { indexPrefix } from '../../search-index/src/indices/names.ts';
import { AuditLog, parseSince } from '../../api/src/audit/log.ts';
import { createLogger } from '../../api/src/logger.ts';
import { UserError } from '../user-error.ts';
import { withEngine } from './keys.ts';

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('Print the audit log (record-level queries and exports), newest first.')
    .option('--since <when>', 'ISO 8601 time or a duration back from now (30m, 12h, 7d)')
    .option('--principal <id>', 'only this principal (anonymous, key:<id>, oidc:<sub>)')
    .option('--limit <n>', 'most events to print', '100')
    .option('--json', 'one JSON object per line')
    .option('--prefix <prefix>', 'index prefix')
    .action(async (o: { since?: string; principal?: string; limit: string; json?: boolean; prefix?: string }) => {
      let since: Date | undefined;
      try {
        since = o.since ? parseSince(o.since) : undefined;
      } catch (err) {
        throw new UserError(`--${(err as Error).message}`);
      }
      const first = Number(o.limit);
      if (!Number.isInteger(first) || first < 1 || first > 10_000)
        throw new UserError(`--limit must be between 1 and 10000 (got ${o.limit})`);
      await withEngine(async (client) => {
        const log = new AuditLog(client, o.prefix ?? indexPrefix(), createLogger('error'));
        const events = await log.query({
          ...(since ? { since } : {}),
          ...(o.principal ? { principal: o.principal } : {}),
          first,
        });
        if (events.length === 0 && !o.json) console.log('no audit events');
        for (const e of events)
          console.log(
            o.json
              ? JSON.stringify(e)
              : `${e.time}  ${e.principal} (${e.tier})  ${e.kind} ${e.operation}  ${e.resultCount} records${e.bytes != null ? `, ${e.bytes} bytes` : ''}  status ${e.status}  ${e.requestId}${e.filter ? `  ${e.filter}` : ''}`,
          );
      });
    });
}
