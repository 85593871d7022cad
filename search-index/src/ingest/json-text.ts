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
  if (json.length < 2 || json[json.length - 1] !== '}') throw new Error('appendFields needs one serialised JSON object');
  const parts = Object.entries(rawFields).map(([k, v]) => `${JSON.stringify(k)}:${v}`);
  if (parts.length === 0) return json;
  const empty = /^\{\s*\}$/.test(json);
  return `${json.slice(0, -1)}${empty ? '' : ','}${parts.join(',')}}`;
}
