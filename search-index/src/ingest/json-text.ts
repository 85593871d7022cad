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
  return appendMembers(json, jsonMembers(rawFields));
}

/** `{a: '1', b: '[2]'}` (values already JSON text) → `"a":1,"b":[2]`: an object's members without braces. */
export function jsonMembers(rawFields: Record<string, string>): string {
  return Object.entries(rawFields)
    .map(([k, v]) => `${JSON.stringify(k)}:${v}`)
    .join(',');
}

/** `{"a":1}` + `"b":2` → `{"a":1,"b":2}`: members (jsonMembers) appended to one serialised object. */
export function appendMembers(json: string, members: string): string {
  if (json.length < 2 || json[json.length - 1] !== '}')
    throw new Error('appendFields needs one serialised JSON object');
  if (members === '') return json;
  const empty = /^\{\s*\}$/.test(json);
  return `${json.slice(0, -1)}${empty ? '' : ','}${members}}`;
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
