/** Route params may arrive encoded or not; an id never contains '%' on purpose. */
export function routeId(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
