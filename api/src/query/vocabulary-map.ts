/**
 * GraphQL enum values ↔ the values stored in the indices. The stored values are the single
 * definition (search-index's vocabulary); enum names are derived from them by one rule
 * (upper case, runs of other characters → "_"), so there is no second hand-kept list to drift.
 * A unit test checks that every enum value of schema.graphql maps both ways.
 */
import {
  CERTAINTY,
  CONTINENTS,
  COUNTRIES,
  EXPERIENCE_BANDS,
  FINDINGS,
  HEDGES,
  ROLES,
  SEXES,
  STEP_KINDS,
  STRATEGIES,
  VIEW_POSITIONS,
} from '@chexthought/search-index/vocabulary';
import { ReadRecord } from '@chexthought/search-index/model';
import type {
  Continent,
  Finding,
  Role,
  Sex,
  StepKind,
  Strategy,
  StrategySource,
  ViewPosition,
} from '../generated/graphql.ts';
import { FilterError, quote } from './errors.ts';

/** 'High lung volume / emphysema' → 'HIGH_LUNG_VOLUME_EMPHYSEMA', 'global-then-focal' → 'GLOBAL_THEN_FOCAL'. */
export function enumNameOf(stored: string): string {
  return stored
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** 'global-then-focal' → 'Global then focal' (display label where the vocabulary has none). */
export function humanize(stored: string): string {
  const words = stored.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One GraphQL enum and its stored values, both ways. */
export interface EnumMapping<E extends string> {
  /** GraphQL enum name, for messages. */
  readonly name: string;
  /** Enum values in vocabulary order. */
  readonly values: readonly E[];
  /** Stored values in vocabulary order. */
  readonly stored: readonly string[];
  /** Stored value of an enum value; FilterError for anything else (input may bypass GraphQL). */
  toStored(value: E, field?: string): string;
  /** Enum value of a stored value, or undefined for a value outside the vocabulary. */
  fromStored(stored: string): E | undefined;
  /** Display label of an enum value. */
  label(value: E): string;
}

function enumMapping<E extends string>(
  name: string,
  stored: readonly string[],
  label: (stored: string) => string,
  toEnum: (stored: string) => string = enumNameOf,
): EnumMapping<E> {
  const toStored = new Map<string, string>();
  const fromStored = new Map<string, E>();
  for (const s of stored) {
    const e = toEnum(s) as E;
    // Two stored values collapsing onto one enum name would make the mapping lossy.
    if (toStored.has(e)) throw new Error(`${name}: stored values collide on enum name ${e}`);
    toStored.set(e, s);
    fromStored.set(s, e);
  }
  const values = stored.map((s) => fromStored.get(s)!);
  return {
    name,
    values,
    stored,
    toStored(value, field = name) {
      const s = toStored.get(value);
      if (s === undefined) throw new FilterError(`${field}: unknown ${name} value ${quote(value)}`, field);
      return s;
    },
    fromStored: (s) => fromStored.get(s),
    label: (value) => label(toStored.get(value) ?? value),
  };
}

const identity = (s: string) => s;

export const FINDING = enumMapping<Finding>('Finding', FINDINGS, identity);
export const STRATEGY = enumMapping<Strategy>('Strategy', STRATEGIES, humanize);
export const ROLE = enumMapping<Role>('Role', ROLES, humanize);
export const STEP_KIND = enumMapping<StepKind>('StepKind', STEP_KINDS, humanize);
// The model holds the strategy sources inline (no vocabulary constant), so read them from its schema.
export const STRATEGY_SOURCE = enumMapping<StrategySource>(
  'StrategySource',
  ReadRecord.shape.strategySource.options,
  humanize,
);
// Continents, view positions and sexes are stored as their codes: the enum name is the code itself.
export const CONTINENT = enumMapping<Continent>(
  'Continent',
  Object.keys(CONTINENTS),
  (c) => CONTINENTS[c as keyof typeof CONTINENTS] ?? c,
  identity,
);
export const VIEW_POSITION = enumMapping<ViewPosition>('ViewPosition', VIEW_POSITIONS, identity, identity);
export const SEX = enumMapping<Sex>('Sex', SEXES, identity, identity);

/** Every enum of schema.graphql that has stored values, by GraphQL type name (the test walks it). */
export const ENUM_MAPPINGS: Readonly<Record<string, EnumMapping<string>>> = {
  Finding: FINDING,
  Strategy: STRATEGY,
  Role: ROLE,
  StepKind: STEP_KIND,
  StrategySource: STRATEGY_SOURCE,
  Continent: CONTINENT,
  ViewPosition: VIEW_POSITION,
  Sex: SEX,
};

// String-valued vocabularies that the API passes through unchanged (no GraphQL enum).

export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(COUNTRIES));
export const EXPERIENCE_BAND_KEYS: readonly string[] = EXPERIENCE_BANDS.map((b) => b.key);
export const HEDGE_SET: ReadonlySet<string> = new Set(HEDGES);

export function countryName(code: string): string {
  return COUNTRIES[code]?.name ?? code;
}

/** Certainty 1–5 → its REFLACX name ('Unlikely' … 'Consistent with'). */
export function certaintyName(value: number): string {
  return CERTAINTY.find((c) => c.value === value)?.name ?? String(value);
}
