/** Number formats shared by the facets, the toolbar and the table (fixed locale: stable tests). */
const integer = new Intl.NumberFormat('en-US');

export function formatCount(n: number | null | undefined): string {
  return n == null ? '—' : integer.format(n);
}

export function formatFixed(n: number | null | undefined, digits: number): string {
  return n == null ? '—' : n.toFixed(digits);
}

/** 2026-03-01 14:22 UTC-free display of an ISO time (the dataset's own clock). */
export function formatDateTime(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}
