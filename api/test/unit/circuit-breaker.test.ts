/** The API's circuit breaker on a made-up clock. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CircuitBreaker, CircuitOpenError, type BreakerState } from '../../src/circuit-breaker.ts';

const DOWN = new Error('connection refused');
const BAD_QUERY = new Error('400 parsing_exception');

function breaker() {
  let now = 0;
  const changes: BreakerState[] = [];
  const b = new CircuitBreaker({
    isFailure: (err) => err === DOWN,
    threshold: 3,
    probeIntervalMs: 1_000,
    now: () => now,
    onChange: (s) => changes.push(s),
  });
  return { b, changes, advance: (ms: number) => (now += ms) };
}

/** One request through the gate: 'refused' when before() throws, else the outcome given. */
function call(b: CircuitBreaker, outcome?: Error): 'refused' | 'sent' {
  try {
    b.before();
  } catch (err) {
    assert.ok(err instanceof CircuitOpenError);
    return 'refused';
  }
  b.after(outcome);
  return 'sent';
}

test('stays closed below the threshold, and a success resets the count', () => {
  const { b } = breaker();
  call(b, DOWN);
  call(b, DOWN);
  call(b); // an answer
  call(b, DOWN);
  call(b, DOWN);
  assert.equal(b.state, 'closed');
});

test('opens after three consecutive failures and then refuses at once', () => {
  const { b, changes } = breaker();
  for (let i = 0; i < 3; i++) call(b, DOWN);
  assert.equal(b.state, 'open');
  assert.equal(call(b), 'refused');
  assert.deepEqual(changes, ['open']);
});

test('lets one probe through per interval; a failed probe reopens, a successful one closes', () => {
  const { b, changes, advance } = breaker();
  for (let i = 0; i < 3; i++) call(b, DOWN);
  advance(999);
  assert.equal(call(b), 'refused');
  advance(1);
  b.before(); // the probe
  assert.equal(b.state, 'half-open');
  assert.equal(call(b), 'refused'); // others wait while the probe is out
  b.after(DOWN);
  assert.equal(b.state, 'open');
  advance(1_000);
  assert.equal(call(b), 'sent'); // next probe answers
  assert.equal(b.state, 'closed');
  assert.deepEqual(changes, ['open', 'half-open', 'open', 'half-open', 'closed']);
});

test('errors about the request itself show the engine is there: they never open it', () => {
  const { b } = breaker();
  for (let i = 0; i < 10; i++) call(b, BAD_QUERY);
  assert.equal(b.state, 'closed');
});

test('the refusal is a connection error, so it maps to SERVICE_UNAVAILABLE like one', async () => {
  const { isEngineUnavailable } = await import('../../src/errors.ts');
  assert.equal(isEngineUnavailable(new CircuitOpenError()), true);
});
