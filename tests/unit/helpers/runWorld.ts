import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { simulate, type Run } from '../../../src/sim/simulate.ts';
import type { EngineOptions } from '../../../src/sim/engine.ts';
import type { WorldSpec } from '../../../src/sim/worldSpec.ts';

/** Compiles a scenario for a test; a compile error fails the test with the errors. */
export function specOf(scenario: Scenario): WorldSpec {
  const compiled = compileScenario(scenario);
  if (!compiled.ok)
    throw new Error(compiled.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return compiled.spec;
}

/** Compiles and runs a scenario. */
export function runWorld(scenario: Scenario, options: EngineOptions = {}): Run {
  return simulate(specOf(scenario), options);
}

/** A single queue: Poisson arrivals, `servers` workers with a core each, exponential work. */
export function queueScenario(o: {
  servers: number;
  lambda: number;
  mu: number;
  customers: number;
  seed?: number;
}): Scenario {
  return {
    seed: o.seed ?? 1,
    duration: `${Math.ceil(o.customers / o.lambda)}s`,
    cluster: { nodes: 1, node: { cpu: 64, memory: '64Gi' }, networkLatency: 0 },
    services: {
      desk: {
        cpu: o.servers,
        concurrency: o.servers,
        queue: 10_000_000,
        work: { mean: `${1000 / o.mu}ms` },
      },
    },
    traffic: { customers: { to: 'desk', rate: o.lambda, timeout: '8d' } },
    traceSampling: 0,
  };
}
