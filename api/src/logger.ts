/** Structured logging: one JSON object per line on stdout (warnings and errors on stderr). */
import type { LogLevel } from './config.ts';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  enabled(level: LogLevel): boolean;
}

export function createLogger(level: LogLevel, base: LogFields = { service: 'chexthought-api' }): Logger {
  const enabled = (l: LogLevel) => RANK[l] >= RANK[level] && level !== 'silent';
  const write = (l: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (!enabled(l)) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...base, ...fields }, errorReplacer);
    (RANK[l] >= RANK.warn ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    level,
    enabled,
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** Errors serialise to their name, message and stack (only ever in the server log). */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
