import type { Scenario } from './scenario.ts';

/**
 * Declares a scenario: the cluster, the services, the traffic, what goes
 * wrong and the goals. It returns its argument unchanged; its job is to give
 * the editor the types, so every option is checked and explained as you type.
 *
 * @example
 * export default defineScenario({
 *   duration: '5m',
 *   services: {
 *     gateway: { replicas: 2, calls: ['orders'] },
 *     orders: { replicas: 3, work: { p50: '20ms', p99: '120ms' } },
 *   },
 *   traffic: { users: { to: 'gateway', rate: 200 } },
 *   faults: [{ at: '2m', kill: 'node-1' }],
 *   goals: [{ latency: 'users', below: '500ms' }],
 * });
 */
export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}
