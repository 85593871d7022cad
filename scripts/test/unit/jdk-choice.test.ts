/** Which Elasticsearch version runs on which JDK, with JDK folders made up in a temp folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_VERSION, FALLBACK_VERSION } from '../../elasticsearch/config.ts';
import { chooseDistribution, findJdks, minimumJdk } from '../../elasticsearch/distribution.ts';
import { UserError } from '../../user-error.ts';

/** A folder of fake JDKs: `bin/java` executable and a `release` file saying the version. */
function jdkFolder(versions: Record<string, string>): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cxt-jdks-'));
  for (const [name, version] of Object.entries(versions)) {
    fs.mkdirSync(path.join(base, name, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(base, name, 'bin', 'java'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(base, name, 'release'), `IMPLEMENTOR="test"\nJAVA_VERSION="${version}"\n`);
  }
  return base;
}

test('9.x needs JDK 21, 8.x JDK 17', () => {
  assert.equal(minimumJdk('9.2.8'), 21);
  assert.equal(minimumJdk('10.0.0'), 21);
  assert.equal(minimumJdk('8.19.8'), 17);
});

test('versions are read from the release file, old 1.x style included; folders without a JDK are skipped', () => {
  const base = jdkFolder({ a: '25.0.3', b: '1.8.0_392', c: '17' });
  fs.mkdirSync(path.join(base, 'not-a-jdk'));
  const { all } = findJdks({}, [base]);
  assert.deepEqual(
    all.map((j) => [path.basename(j.home), j.major]),
    [
      ['a', 25],
      ['b', 8],
      ['c', 17],
    ],
  );
});

test('the pinned 9.x runs on the newest JDK when several qualify', () => {
  const base = jdkFolder({ 'jdk-17': '17.0.12', 'jdk-21': '21.0.5', 'jdk-25': '25.0.1' });
  const choice = chooseDistribution({}, [base]);
  assert.equal(choice.version, DEFAULT_VERSION);
  assert.equal(path.basename(choice.jdk.home), 'jdk-25');
  assert.equal(choice.fallback, false);
});

test('JAVA_HOME wins over the scanned folders when it is new enough, and is passed over when not', () => {
  const base = jdkFolder({ 'jdk-21': '21.0.5', 'jdk-25': '25.0.1', 'jdk-17': '17.0.1' });
  assert.equal(path.basename(chooseDistribution({ JAVA_HOME: path.join(base, 'jdk-21') }, [base]).jdk.home), 'jdk-21');
  assert.equal(path.basename(chooseDistribution({ JAVA_HOME: path.join(base, 'jdk-17') }, [base]).jdk.home), 'jdk-25');
});

test('with only JDK 17 the 8.x fallback is taken; 8.x prefers a JDK of at most 24', () => {
  const only17 = chooseDistribution({}, [jdkFolder({ 'jdk-17': '17.0.12' })]);
  assert.deepEqual([only17.version, only17.fallback], [FALLBACK_VERSION, true]);
  const pinned8 = chooseDistribution({ CHEXTHOUGHT_ES_VERSION: '8.19.8' }, [
    jdkFolder({ 'jdk-17': '17.0.1', 'jdk-21': '21.0.5', 'jdk-25': '25.0.1' }),
  ]);
  assert.equal(path.basename(pinned8.jdk.home), 'jdk-21');
});

test('no suitable JDK, or a malformed CHEXTHOUGHT_ES_VERSION, is a clear user error', () => {
  assert.throws(
    () => chooseDistribution({}, [jdkFolder({ old: '11.0.2' })]),
    (err: unknown) => {
      assert.ok(err instanceof UserError);
      assert.match(err.message, /no suitable JDK found .*11\.0\.2/);
      return true;
    },
  );
  assert.throws(
    () => chooseDistribution({ CHEXTHOUGHT_ES_VERSION: 'latest' }, [jdkFolder({ j: '21' })]),
    /must look like 9\.2\.8/,
  );
  assert.throws(
    () => chooseDistribution({ CHEXTHOUGHT_ES_VERSION: '9.2.8' }, [jdkFolder({ j: '17' })]),
    /needs a JDK 21 or newer/,
  );
});
