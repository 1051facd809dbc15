import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import {
  durationSchema,
  rateSchema,
  scenarioSchema,
} from '../../../src/scenario/scenarioSchema.ts';

/** Values that look like parts of a scenario, often slightly wrong. */
const nearly = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      '10ms',
      '5m',
      '2Gi',
      '50%',
      'soon',
      '',
      'node-1',
      'web',
      'a-1',
      -1,
      0,
      0.5,
      3,
      1e9,
      NaN,
      Infinity,
      null,
      true,
      false,
    ),
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'to',
        'rate',
        'replicas',
        'calls',
        'at',
        'kill',
        'slow',
        'by',
        'for',
        'cpu',
        'memory',
        'work',
        'retries',
        'breaker',
        'mean',
        'p50',
        'p99',
        'spike',
        'base',
        'peak',
        'latency',
        'below',
        'cpuSeconds',
        'atLeast',
        'x',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

const scenarioLike = fc.record(
  {
    duration: nearly,
    services: fc.dictionary(fc.constantFrom('web', 'api', 'db', 'a b', ''), nearly, { maxKeys: 3 }),
    traffic: fc.dictionary(fc.constantFrom('users', 'web'), nearly, { maxKeys: 2 }),
    faults: fc.array(nearly, { maxLength: 3 }),
    goals: fc.array(nearly, { maxLength: 2 }),
    cluster: nearly,
  },
  { requiredKeys: [] },
);

describe('scenario validation', () => {
  it('turns thousands of generated inputs into a valid scenario or located errors, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioLike, nearly), (input) => {
        const result = compileScenario(input);
        if (result.ok) {
          expect(result.spec.durationMs).toBeGreaterThan(0);
          expect(Array.isArray(result.spec.services)).toBe(true);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(typeof error.path).toBe('string');
            expect(error.message.length).toBeGreaterThan(0);
            expect(error.message).not.toMatch(/undefined|\[object Object\]/);
          }
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('accepts the units it documents and rejects others', () => {
    for (const ok of ['250ms', '30s', '5m', '2h', '1d', '1m30s', 0, 1500])
      expect(v.safeParse(durationSchema, ok).success).toBe(true);
    for (const bad of ['5 minutes', '-3s', 'ms', -1, null, {}])
      expect(v.safeParse(durationSchema, bad).success).toBe(false);
  });

  it('accepts nested traffic shapes', () => {
    const rate = {
      sum: [{ daily: { min: 1, max: 5 } }, { spike: { base: 0, peak: 9, at: '1h', for: '5m' } }, 3],
    };
    expect(v.safeParse(rateSchema, rate).success).toBe(true);
    expect(
      v.safeParse(scenarioSchema, { services: {}, traffic: { u: { to: 'x', rate } } }).success,
    ).toBe(true);
  });
});
