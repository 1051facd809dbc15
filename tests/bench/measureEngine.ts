/**
 * One engine measurement in a fresh process (so that one benchmark's JIT
 * state does not colour another's): `tsx measureEngine.ts heavy|mmc|week`.
 * Prints one JSON line.
 */
import { compileScenario } from '../../src/scenario/compileScenario.ts';
import { Engine } from '../../src/sim/engine.ts';
import { queueSize } from '../../src/sim/eventQueue.ts';
import { runOf } from '../../src/sim/simulate.ts';
import heavy from './heavyScenario.ts';
import mmc from './mmcScenario.ts';
import week from './weekScenario.ts';

const which = process.argv[2];
const compiled = compileScenario(which === 'mmc' ? mmc : which === 'week' ? week : heavy);
if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
const spec = compiled.spec;

if (which === 'week') {
  // One whole run, as the page would do it (with checkpoints), from a cold start.
  const before = process.memoryUsage().heapUsed;
  const engine = new Engine(spec);
  const started = performance.now();
  engine.advance(spec.durationMs);
  const seconds = (performance.now() - started) / 1000;
  const run = runOf(engine);
  console.log(
    JSON.stringify({
      events: run.events,
      seconds,
      requests: run.traffic.users.requests,
      samples: run.out.seconds,
      stepMs: run.out.stepMs,
      checkpoints: engine.checkpoints.length,
      heapMiB: (process.memoryUsage().heapUsed - before) / 2 ** 20,
    }),
  );
} else if (which === 'mmc') {
  // Best of five runs, the first ones warming the engine up.
  let best = Infinity;
  let meanMs = NaN;
  let customers = 0;
  for (let i = 0; i < 5; i++) {
    const engine = new Engine(spec, { checkpoints: false });
    const started = performance.now();
    engine.advance(spec.durationMs);
    const seconds = (performance.now() - started) / 1000;
    const run = runOf(engine);
    customers = run.traffic.customers.requests;
    best = Math.min(best, seconds);
    meanMs = run.services.desk.latencyMs.mean;
  }
  console.log(JSON.stringify({ customers, seconds: best, meanMs }));
} else {
  // Warm up on the first simulated minute, then time the whole run from a fresh engine.
  new Engine(spec, { checkpoints: false }).advance(60_000);
  const engine = new Engine(spec);
  let queued = 0;
  let samples = 0;
  const started = performance.now();
  for (let t = 1000; t <= spec.durationMs; t += 1000) {
    engine.advance(t);
    queued += queueSize(engine.st.queue);
    samples++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      events: engine.st.events,
      seconds,
      queueSize: Math.round(queued / samples),
      checkpoints: engine.checkpoints.length,
      services: spec.services.length,
      minutes: spec.durationMs / 60_000,
    }),
  );
}
