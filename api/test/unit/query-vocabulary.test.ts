/**
 * Every enum of schema.graphql that names stored values maps both ways through
 * vocabulary-map.ts, which derives the names from search-index's vocabulary (no second list).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import {
  CONTINENTS,
  FINDINGS,
  ROLES,
  STEP_KINDS,
  STRATEGIES,
  VIEW_POSITIONS,
} from '@chexthought/search-index/vocabulary';
import {
  ENUM_MAPPINGS,
  FINDING,
  ROLE,
  STEP_KIND,
  STRATEGY,
  STRATEGY_SOURCE,
  enumNameOf,
} from '../../src/query/vocabulary-map.ts';
import { FilterError } from '../../src/query/errors.ts';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  assert.ok(type instanceof GraphQLEnumType, `${name} is an enum of schema.graphql`);
  return type.getValues().map((v) => v.name);
}

for (const [name, mapping] of Object.entries(ENUM_MAPPINGS)) {
  test(`${name}: every schema value maps to a stored value and back, and nothing else exists`, () => {
    const values = enumValues(name);
    for (const value of values) {
      const stored = mapping.toStored(value);
      assert.equal(mapping.fromStored(stored), value, `${name}.${value} → ${stored} → back`);
      assert.ok(mapping.label(value).length > 0, `${name}.${value} has a label`);
    }
    // The other direction: no stored value without an enum value.
    assert.deepEqual(
      [...mapping.values].sort(),
      [...values].sort(),
      `${name}: schema enum and vocabulary hold the same values`,
    );
    for (const stored of mapping.stored)
      assert.ok(values.includes(mapping.fromStored(stored)!), `${name}: stored ${stored} has an enum value`);
  });
}

test('the enums with stored values in the vocabulary are all covered', () => {
  // Enums of the schema that are not stored values (sort fields, directions) are not mapped.
  // Tier is the API's access tier (docs/access.md), not a dataset value.
  const notStored = new Set(['SortDirection', 'ReadSortField', 'ImageSortField', 'ReaderSortField', 'Tier']);
  // The metrics' enums are the contract's values by enumNameOf's rule (api/src/resolvers/gaze.ts).
  for (const name of ['MissType', 'LungFieldSource', 'RegionSource', 'RegionShape', 'FixationMethodName'])
    notStored.add(name);
  const enums = Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith('__'))
    .map((t) => t.name)
    .filter((n) => !notStored.has(n));
  assert.deepEqual(enums.sort(), Object.keys(ENUM_MAPPINGS).sort());
});

test('examples from the brief', () => {
  assert.equal(FINDING.toStored('ENLARGED_CARDIAC_SILHOUETTE'), 'Enlarged cardiac silhouette');
  assert.equal(FINDING.fromStored('High lung volume / emphysema'), 'HIGH_LUNG_VOLUME_EMPHYSEMA');
  assert.equal(FINDING.label('ENLARGED_CARDIAC_SILHOUETTE'), 'Enlarged cardiac silhouette');
  assert.equal(STRATEGY.toStored('GLOBAL_THEN_FOCAL'), 'global-then-focal');
  assert.equal(STRATEGY.label('GLOBAL_THEN_FOCAL'), 'Global then focal');
  assert.equal(ROLE.toStored('RESIDENT'), 'resident');
  assert.equal(STEP_KIND.fromStored('differential'), 'DIFFERENTIAL');
  assert.equal(STRATEGY_SOURCE.toStored('DERIVED'), 'derived');
  assert.equal(enumNameOf('Groundglass opacity'), 'GROUNDGLASS_OPACITY');
});

test('mappings follow the vocabulary order and size', () => {
  assert.equal(FINDING.values.length, FINDINGS.length);
  assert.equal(STRATEGY.values.length, STRATEGIES.length);
  assert.equal(ROLE.values.length, ROLES.length);
  assert.equal(STEP_KIND.values.length, STEP_KINDS.length);
  assert.deepEqual(ENUM_MAPPINGS.Continent!.stored, Object.keys(CONTINENTS));
  assert.deepEqual(ENUM_MAPPINGS.ViewPosition!.stored, VIEW_POSITIONS);
});

test('an unknown enum value is a FilterError naming the field', () => {
  assert.throws(
    () => FINDING.toStored('CARDIOMEGALY' as never, 'filter.findings.any[0]'),
    (e: unknown) =>
      e instanceof FilterError && /filter\.findings\.any\[0\]/.test(e.message) && /CARDIOMEGALY/.test(e.message),
  );
  assert.equal(FINDING.fromStored('Cardiomegaly'), undefined);
});
