/**
 * "Show me the query": the current explore state as the exact GraphQL operation the page sends,
 * as a curl command against the portal's own /api/graphql, and as export download links.
 * Pure string builders, unit-tested.
 */
import type { ReadFilter } from '../generated/graphql';
import type { SearchVariables } from './url-state';

export interface OperationText {
  query: string;
  variables: Record<string, unknown>;
}

/** The operation and its variables, ready to paste into GraphiQL or a script. */
export function asGraphQL(op: OperationText): string {
  return `${formatOperation(op.query)}\n\n# Variables\n${JSON.stringify(op.variables, null, 2)}\n`;
}

/** The operation text as a person reads it (copied, or opened in the query explorer). */
export function formatOperation(query: string): string {
  return definitionsApart(dedent(query)).trim();
}

/**
 * Each definition (the operation, then its fragments) at column 0 with a blank line before it:
 * codegen indents the first line of each document it joins and runs them together. A definition
 * begins on the first line, or after a closing brace at column 0.
 */
function definitionsApart(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      if (i > 0 && lines[i - 1] !== '}') return line;
      return i > 0 && line.trim() ? `\n${line.trimStart()}` : line.trimStart();
    })
    .join('\n');
}

/** A POSIX shell command; the JSON body goes in single quotes (a `'` inside becomes '\''). */
export function asCurl(op: OperationText, endpoint: string): string {
  const body = JSON.stringify({ query: compact(op.query), variables: op.variables });
  return `curl -s ${shellQuote(endpoint)} \\\n  -H 'content-type: application/json' \\\n  --data-raw ${shellQuote(body)}\n`;
}

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** One line per operation for the curl body: the query text without indentation. */
function compact(query: string): string {
  return query
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export type ExportKind = 'reads' | 'images';
export type ExportFormat = 'csv' | 'ndjson';

/** The portal's export route for a filtered set (same parameters as the API's /export). */
export function exportUrl(
  kind: ExportKind,
  format: ExportFormat,
  filter: ReadFilter | null,
  { search, expand }: SearchVariables,
): string {
  const params = new URLSearchParams();
  if (filter) params.set('filter', JSON.stringify(filter));
  if (search) params.set('search', search);
  if (expand === false) params.set('expand', 'false');
  const qs = params.toString();
  return `/export/${kind}.${format}${qs ? `?${qs}` : ''}`;
}
