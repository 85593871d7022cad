/** CSV writing (RFC 4180): flattened columns, lists joined with `|`, quotes doubled. */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
}

export function csvHeader<T>(columns: readonly Column<T>[]): string {
  return columns.map((c) => csvCell(c.header)).join(',') + '\r\n';
}

export function csvRow<T>(columns: readonly Column<T>[], row: T): string {
  return columns.map((c) => csvCell(c.value(row))).join(',') + '\r\n';
}

export function csvCell(value: unknown): string {
  const s = cellText(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function cellText(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(cellText).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
