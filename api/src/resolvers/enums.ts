/** Stored values → GraphQL enum values; a stored value outside the vocabulary is a data fault. */
import type { EnumMapping } from '../query/vocabulary-map.ts';

export function toEnum<E extends string>(mapping: EnumMapping<E>, stored: string): E {
  const value = mapping.fromStored(stored);
  if (value === undefined)
    throw new Error(`stored ${mapping.name} value ${JSON.stringify(stored)} is not in the vocabulary`);
  return value;
}

export function toEnums<E extends string>(mapping: EnumMapping<E>, stored: readonly string[]): E[] {
  return stored.map((s) => toEnum(mapping, s));
}

export function toOptionalEnum<E extends string>(mapping: EnumMapping<E>, stored: string | null | undefined): E | null {
  return stored == null ? null : toEnum(mapping, stored);
}
