/**
 * `npm run chaos -- [--short] [--only a,b] [--soak-minutes N] [--rate R] [--port P]`: the fault scenarios
 * on nodes of their own (ports from P, default CHEXTHOUGHT_ES_PORT + 3), loopback only, each
 * bounded in time; prints what was injected and observed, exit code 1 when any fails.
 */
import { UserError } from '../user-error.ts';
import { SCENARIOS, formatTable, runChaos, type ScenarioName } from './index.ts';

function parse(argv: string[]) {
  const opts = {
    short: false,
    port: Number(process.env.CHEXTHOUGHT_ES_PORT ?? 9200) + 3,
    only: undefined as ScenarioName[] | undefined,
    soakMinutes: 10,
    rate: undefined as number | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--short') opts.short = true;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '--soak-minutes') opts.soakMinutes = Number(argv[++i]);
    else if (a === '--rate') opts.rate = Number(argv[++i]);
    else if (a === '--only') {
      const names = (argv[++i] ?? '').split(',');
      const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
      if (unknown.length)
        throw new UserError(`unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
      opts.only = names as ScenarioName[];
    } else throw new UserError(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65_000) throw new UserError('--port needs a port');
  if (!(opts.soakMinutes > 0)) throw new UserError('--soak-minutes needs a positive number');
  if (opts.rate !== undefined && !(opts.rate > 0)) throw new UserError('--rate needs a positive number');
  return opts;
}

try {
  const started = Date.now();
  const rows = await runChaos(parse(process.argv.slice(2)));
  console.log(`\nChaos scenarios (${((Date.now() - started) / 1000).toFixed(0)} s):\n${formatTable(rows)}`);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
} catch (err) {
  console.error(`chaos: ${err instanceof UserError ? err.message : String((err as Error).stack ?? err)}`);
  process.exitCode = 1;
}
