/**
 * Appending fields to JSON that is already serialised. Reads are validated and serialised once,
 * in the first pass; the fields only later passes know (image agreement, track summary) are
 * appended as text instead of parsing and serialising every read again.
 */

/** `{"a":1}` + {b: 2} → `{"a":1,"b":2}`. `json` must be one serialised object without those keys. */
export function appendFields(json: string, fields: Record<string, unknown>): string {
  return appendRawFields(
    json,
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, JSON.stringify(v ?? null)])),
  );
}

/** Like appendFields, with values that are already JSON text. */
export function appendRawFields(json: string, rawFields: Record<string, string>): string {
  if (json.length < 2 || json[json.length - 1] !== '}')
    throw new Error('appendFields needs one serialised JSON object');
  const parts = Object.entries(rawFields).map(([k, v]) => `${JSON.stringify(k)}:${v}`);
  if (parts.length === 0) return json;
  const empty = /^\{\s*\}$/.test(json);
  return `${json.slice(0, -1)}${empty ? '' : ','}${parts.join(',')}}`;
}

/**
 * Removes `"key": null` from a serialised object. Only for text whose record passed a strict
 * schema in which that key's name cannot occur as a string value (the tracks: ids are the only
 * strings, and `"key":` needs a colon an id cannot hold).
 */
export function removeNullField(json: string, key: string): string {
  const k = JSON.stringify(key);
  const first = new RegExp(`${k}\\s*:\\s*null\\s*,`);
  if (first.test(json)) return json.replace(first, '');
  return json
    .replace(new RegExp(`,\\s*${k}\\s*:\\s*null`), '')
    .replace(new RegExp(`^\\{\\s*${k}\\s*:\\s*null\\s*\\}$`), '{}');
}
