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

/**
 * The value of a top-level member of one serialised object, as written (the last one when the
 * key is repeated, as JSON.parse keeps); null when the object has no such member. Only for text
 * JSON.parse accepted: the walk skips values by their brackets and quotes without checking them.
 */
export function memberText(json: string, key: string): string | null {
  let found: string | null = null;
  let i = skipSpace(json, 0);
  if (json.charCodeAt(i) !== OPEN_BRACE) return null;
  i = skipSpace(json, i + 1);
  while (json.charCodeAt(i) === QUOTE) {
    const keyEnd = stringEnd(json, i);
    const name = json.slice(i + 1, keyEnd - 1);
    const start = skipSpace(json, skipSpace(json, keyEnd) + 1); // past the colon
    const end = valueEnd(json, start);
    if (name === key || (name.includes('\\') && JSON.parse(`"${name}"`) === key)) found = json.slice(start, end);
    i = skipSpace(json, end);
    if (json.charCodeAt(i) !== COMMA) break;
    i = skipSpace(json, i + 1);
  }
  return found;
}

const OPEN_BRACE = 0x7b;
const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;

function skipSpace(json: string, i: number): number {
  for (;;) {
    const c = json.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** Just past the string opening at `i` (a quote counts as closing when an even run of backslashes precedes it). */
function stringEnd(json: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = json.indexOf('"', from);
    let b = q - 1;
    while (json.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** Just past the value starting at `i`. */
function valueEnd(json: string, i: number): number {
  const c = json.charCodeAt(i);
  if (c === QUOTE) return stringEnd(json, i);
  if (c !== OPEN_BRACE && c !== 0x5b) {
    let j = i;
    for (;;) {
      const d = json.charCodeAt(j);
      if (
        d === COMMA ||
        d === 0x7d ||
        d === 0x5d ||
        d === 0x20 ||
        d === 0x0a ||
        d === 0x0d ||
        d === 0x09 ||
        j >= json.length
      )
        return j;
      j++;
    }
  }
  let depth = 0;
  for (let j = i; ;) {
    const d = json.charCodeAt(j);
    if (d === QUOTE) {
      j = stringEnd(json, j);
      continue;
    }
    if (d === OPEN_BRACE || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
    j++;
  }
}
