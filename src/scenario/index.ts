/**
 * cloudscope's scenario API: import it in a scenario file as `'cloudscope'`.
 */
export { defineScenario } from './defineScenario.ts';
export { constant, ramp, spike, daily, steps, sum } from './rates.ts';
export type {
  Scenario,
  ServiceOptions,
  VersionOptions,
  CallOptions,
  Call,
  RetryOptions,
  BreakerOptions,
  ProbeOptions,
  AutoscaleOptions,
  MessageQueueOptions,
  ImageOptions,
  BuildStep,
  FromStep,
  CopyStep,
  RunStep,
  NodeOptions,
  ClusterOptions,
  TrafficOptions,
  Fault,
  Goal,
  Rate,
  Duration,
  DurationDistribution,
  Memory,
  Cpu,
  Share,
} from './scenario.ts';
