import { admitToBreaker, recordBreakerOutcome } from './breakerGate.ts';
import { backoffDelay } from './backoffDelay.ts';
import type { Engine } from './engine.ts';
import {
  Ev,
  DEGRADED,
  OK,
  causeCode,
  RECENT_CALLS,
  type Call,
  type Cause,
  type InstanceRt,
  type Job,
} from './engineState.ts';
import { goalsOnService, goalsOnClient } from './goals.ts';
import { acceptMessage, consumeOn, deliveryDone } from './messageQueue.ts';
import { recordValue } from './histogram.ts';
import { pickInstance } from './pickInstance.ts';
import { addWork } from './processorSharing.ts';
import { nextRandom } from './randomStream.ts';
import { recordOutcome } from './slidingWindow.ts';
import { sampleDuration } from './sampleDuration.ts';
import { tableAlloc, tableFree, tableGet, tableLive } from './slotTable.ts';
import { closeSpan, openSpan, spanInstance } from './traces.ts';
import { clientDone } from './traffic.ts';
import type { CallSpec, RetrySpec } from './worldSpec.ts';

/*
 * How a request travels. A caller (a client of a traffic source, or a job at
 * a service instance) makes a Call to a service; each try is an attempt: it
 * passes the caller's breaker and bulkhead, crosses the network (one hop of
 * latency) and becomes a Job at the service's door. There the rate limiter,
 * the load balancer and the instance's queue decide its fate; an admitted job
 * computes (sharing the CPU), waits out any injected latency, makes its own
 * calls step by step, and answers. The answer crosses the network back. A
 * caller that stops waiting (timeout) does not stop the work it started.
 */

const TIMEOUT = causeCode('timeout');
const ERROR = causeCode('error');
const SHED = causeCode('shed');
const UNAVAILABLE = causeCode('unavailable');
const RATE_LIMITED = causeCode('rateLimited');
const BULKHEAD = causeCode('bulkhead');
const BREAKER_OPEN = causeCode('breakerOpen');

/**
 * Sends a message one network hop from now. With no network latency at all
 * the message is delivered at once, without an event (callers make sure
 * nothing they still use can change under them).
 */
function afterHop(e: Engine, kind: number, a: number, b = 0): void {
  const d = e.spec.cluster.hopLatency;
  if (d.kind !== 'fixed') {
    e.schedule(e.st.t + Math.max(0, Math.round(sampleDuration(d, e.rng('network')))), kind, a, b);
    return;
  }
  const delay = Math.round(d.ms);
  if (delay > 0) e.scheduleIn(delay, kind, a, b);
  else if (kind === Ev.callArrive) onCallArrive(e, a);
  else onResponse(e, a, b);
}

/** What a call's caller does about it: the fields of a CallSpec the request flow reads. */
export interface Policy {
  timeoutMs: number;
  retry: RetrySpec | null;
  bulkhead: number | null;
  fallback: boolean;
}

function policyOf(e: Engine, call: Call): Policy | CallSpec {
  if (call.source >= 0) return e.sourcePolicy(call.source);
  return e.spec.services[call.callerService].calls[call.step][call.index];
}

function inFlightGuard(e: Engine): void {
  const st = e.st;
  if (st.jobs.size + st.calls.size > e.limits.maxInFlight) {
    e.stop(`more than ${e.limits.maxInFlight.toLocaleString('en-US')} requests in flight`);
  }
}

function freshCall(): Call {
  return {
    id: 0,
    caller: -1,
    source: -1,
    client: -1,
    step: 0,
    index: 0,
    edge: 0,
    to: 0,
    attempt: 0,
    inFlight: false,
    trial: false,
    attemptAt: 0,
    startedAt: 0,
    deadline: Infinity,
    prevSleepMs: 0,
    callerInstance: -1,
    callerService: -1,
    bulkheadOf: -1,
    trace: -1,
    span: -1,
    parentSpan: -1,
  };
}

function freshJob(): Job {
  return {
    id: 0,
    call: 0,
    attempt: 0,
    service: 0,
    instance: -1,
    arrivedAt: -1,
    deadline: Infinity,
    phase: -1,
    step: 0,
    pending: 0,
    degraded: false,
    trace: -1,
    span: -1,
    parentSpan: -1,
    async: 0,
    sentAt: -1,
    deliveries: 0,
  };
}

/**
 * A new call record (reused from a finished one when possible). Every field
 * is reset; the caller fills in who calls whom, then `startCall`.
 */
export function newCall(e: Engine): Call {
  const call = tableAlloc(e.st.calls, freshCall);
  call.caller = -1;
  call.source = -1;
  call.client = -1;
  call.step = 0;
  call.index = 0;
  call.edge = 0;
  call.to = 0;
  call.attempt = 0;
  call.inFlight = false;
  call.trial = false;
  call.attemptAt = 0;
  call.startedAt = 0;
  call.deadline = Infinity;
  call.prevSleepMs = 0;
  call.callerInstance = -1;
  call.callerService = -1;
  call.bulkheadOf = -1;
  call.trace = -1;
  call.span = -1;
  call.parentSpan = -1;
  return call;
}

/** Starts a call made with `newCall`: its first attempt goes now. */
export function startCall(e: Engine, call: Call): void {
  inFlightGuard(e);
  beginAttempt(e, call);
}

/** One try of a call: breaker, bulkhead, network, timeout. */
export function beginAttempt(e: Engine, call: Call): void {
  const st = e.st;
  const t = st.t;
  const policy = policyOf(e, call);
  const edge = st.edges[call.edge];
  call.attempt++;
  call.attemptAt = t;
  call.trial = false;
  // Every try counts, those refused before they left (breaker, bulkhead, deadline) included.
  edge.attempts++;
  if (call.deadline <= t) {
    endAttempt(e, call, TIMEOUT, false);
    return;
  }
  if (edge.breaker >= 0) {
    const verdict = admitToBreaker(e, edge);
    if (verdict === 'reject') {
      endAttempt(e, call, BREAKER_OPEN, false);
      return;
    }
    call.trial = verdict === 'trial';
  }
  if (policy.bulkhead !== null && call.callerInstance >= 0) {
    const inst = st.instances[call.callerInstance];
    const used = inst.outbound[call.to] ?? 0;
    if (used >= policy.bulkhead) {
      endAttempt(e, call, BULKHEAD, false);
      return;
    }
    inst.outbound[call.to] = used + 1;
    call.bulkheadOf = inst.incarnation;
  }
  call.inFlight = true;
  edge.inFlight++;
  if (policy.retry?.budget != null) recordOutcome(edge.budget, t, call.attempt > 1, false);
  if (call.trace >= 0) {
    call.span = openSpan(e, call.trace, call.parentSpan, 'client', call);
  }
  // A timeout after the end of the run can never fire: not scheduling it saves work.
  if (policy.timeoutMs <= call.deadline - t) {
    // The usual case: a fixed timeout, in its own FIFO lane.
    if (t + policy.timeoutMs < e.spec.durationMs) {
      e.scheduleIn(Math.round(policy.timeoutMs), Ev.timeout, call.id, call.attempt);
    }
  } else if (call.deadline < e.spec.durationMs) {
    e.schedule(t + Math.max(0, Math.round(call.deadline - t)), Ev.timeout, call.id, call.attempt);
  }
  if (edge.partitioned === 0) {
    const job = tableAlloc(st.jobs, freshJob);
    job.call = call.id;
    job.attempt = call.attempt;
    job.service = call.to;
    job.instance = -1;
    job.arrivedAt = -1;
    job.deadline = Math.min(call.deadline, t + policy.timeoutMs);
    job.phase = -1;
    job.step = 0;
    job.pending = 0;
    job.degraded = false;
    job.trace = call.trace;
    job.span = -1;
    job.parentSpan = call.span;
    job.async = 'async' in policy && policy.async ? 1 : 0;
    job.sentAt = -1;
    job.deliveries = 0;
    afterHop(e, Ev.callArrive, job.id);
  }
}

/** Event: an attempt's request reaches the service's door. */
export function onCallArrive(e: Engine, jobId: number): boolean {
  const st = e.st;
  const job = tableGet(st.jobs, jobId);
  if (!job) return false;
  if (job.async === 1) {
    // A message reaches the broker: stored (or refused), and the publish is answered.
    const code = acceptMessage(e, job.service);
    afterHop(e, Ev.response, job.call, job.attempt * 16 + code);
    tableFree(st.jobs, job.id);
    return true;
  }
  const service = st.services[job.service];
  const spec = e.spec.services[job.service];
  const t = st.t;
  job.arrivedAt = t;
  service.counts.requests++;
  service.total.requests++;
  service.arrivalsSinceSync++;
  if (job.trace >= 0) job.span = openSpan(e, job.trace, job.parentSpan, 'server', job);
  if (spec.rateLimit) {
    const { rps, burst } = spec.rateLimit;
    service.tokens = Math.min(burst, service.tokens + ((t - service.tokensAt) * rps) / 1000);
    service.tokensAt = t;
    if (service.tokens < 1) {
      finishJob(e, job, RATE_LIMITED);
      return true;
    }
    service.tokens -= 1;
  }
  const inst = pickInstance(e, service, spec.lb);
  if (!inst) {
    finishJob(e, job, UNAVAILABLE);
    return true;
  }
  job.instance = inst.id;
  if (job.span >= 0) spanInstance(e, job.trace, job.span, inst.name);
  if (!inst.alive || inst.hung) {
    // A dead machine or a stuck process: the request is never answered.
    vanish(e, job);
    return true;
  }
  if (spec.deadlinePropagation && job.deadline <= t) {
    // Nobody waits for this answer any more: drop it instead of working.
    finishJob(e, job, SHED);
  } else if (inst.busy < spec.concurrency) {
    startJob(e, job, inst);
  } else if (inst.queue.length - inst.queueHead < spec.queueLimit) {
    job.phase = 0;
    inst.queue.push(job.id);
  } else {
    finishJob(e, job, SHED);
  }
  return true;
}

/**
 * A consumer takes a message from its service's queue: the work starts at
 * once, with no deadline (nobody waits for it), and counts as a request the
 * service handles.
 */
export function startDelivery(
  e: Engine,
  inst: InstanceRt,
  sentAt: number,
  deliveries: number,
): void {
  const st = e.st;
  const service = st.services[inst.service];
  const job = tableAlloc(st.jobs, freshJob);
  job.call = -1;
  job.attempt = 0;
  job.service = inst.service;
  job.instance = inst.id;
  job.arrivedAt = st.t;
  job.deadline = Infinity;
  job.phase = -1;
  job.step = 0;
  job.pending = 0;
  job.degraded = false;
  job.trace = -1;
  job.span = -1;
  job.parentSpan = -1;
  job.async = 2;
  job.sentAt = sentAt;
  job.deliveries = deliveries;
  service.counts.requests++;
  service.total.requests++;
  service.arrivalsSinceSync++;
  inFlightGuard(e);
  startJob(e, job, inst);
}

function startJob(e: Engine, job: Job, inst: InstanceRt): void {
  const spec = e.spec.services[job.service];
  inst.busy++;
  job.phase = 1;
  const version = spec.versions[inst.version];
  const work = Math.max(
    0,
    Math.round(sampleDuration(version.work, e.rngOf('work', job.service, spec.name))),
  );
  addWork(e, inst, job, work);
}

/** The job's CPU work is done: fail, wait out injected latency, or go on to its calls. */
export function afterWork(e: Engine, job: Job): void {
  const st = e.st;
  const service = st.services[job.service];
  const version = e.spec.services[job.service].versions[st.instances[job.instance].version];
  const p = 1 - (1 - version.errorRate) * (1 - Math.min(1, service.extraErrorRate));
  if (p > 0 && nextRandom(e.rngOf('errors', job.service, service.name)) < p) {
    finishJob(e, job, ERROR);
    return;
  }
  if (service.extraMs > 0) {
    job.phase = 2;
    e.schedule(st.t + Math.round(service.extraMs), Ev.jobWaitDone, job.id);
    return;
  }
  runStep(e, job, 0);
}

/** Event: injected latency is over. */
export function onJobWaitDone(e: Engine, jobId: number): boolean {
  const job = tableGet(e.st.jobs, jobId);
  if (!job || job.phase !== 2) return false;
  runStep(e, job, 0);
  return true;
}

function runStep(e: Engine, job: Job, step: number): void {
  const st = e.st;
  const spec = e.spec.services[job.service];
  if (step >= spec.calls.length) {
    finishJob(e, job, job.degraded ? DEGRADED : OK);
    return;
  }
  const calls = spec.calls[step];
  job.phase = 3;
  job.step = step;
  job.pending = calls.length;
  for (let index = 0; index < calls.length; index++) {
    if (job.phase !== 3 || job.step !== step) return;
    const callSpec = calls[index];
    const call = newCall(e);
    call.caller = job.id;
    call.step = step;
    call.index = index;
    call.edge = e.callEdge(job.service, step, index);
    call.to = callSpec.to;
    call.attemptAt = st.t;
    call.startedAt = st.t;
    call.deadline = spec.deadlinePropagation ? job.deadline : Infinity;
    call.prevSleepMs = callSpec.retry ? callSpec.retry.baseMs : 0;
    call.callerInstance = job.instance;
    call.callerService = job.service;
    call.trace = job.trace;
    call.parentSpan = job.span;
    startCall(e, call);
  }
}

function retryable(code: number): boolean {
  return code !== BREAKER_OPEN && code !== BULKHEAD;
}

/** An attempt is over (answer, timeout, or rejected before it left). */
function endAttempt(e: Engine, call: Call, code: number, wasSent: boolean): void {
  const st = e.st;
  const t = st.t;
  const edge = st.edges[call.edge];
  const policy = policyOf(e, call);
  if (wasSent) {
    edge.inFlight--;
    if (call.bulkheadOf >= 0) {
      const inst = st.instances[call.callerInstance];
      if (inst.incarnation === call.bulkheadOf) inst.outbound[call.to]--;
      call.bulkheadOf = -1;
    }
    if (edge.breaker >= 0) recordBreakerOutcome(e, edge, call.trial, code >= 2, t - call.attemptAt);
    const recent = st.recent;
    const slot = recent.next++ % RECENT_CALLS;
    recent.edge[slot] = edge.id;
    recent.start[slot] = call.attemptAt;
    recent.end[slot] = t;
    recent.code[slot] = code;
  }
  if (code >= 2) edge.failures++;
  if (call.span >= 0) {
    closeSpan(e, call.trace, call.span, code);
    call.span = -1;
  }
  if (code < 2) {
    callDone(e, call, code);
    return;
  }
  const retry = policy.retry;
  const callerGone = call.caller >= 0 && tableGet(st.jobs, call.caller) === undefined;
  if (retry && !callerGone && retryable(code) && call.attempt < retry.maxAttempts) {
    const budget = edge.budget;
    const withinBudget = retry.budget === null || budget.failed < retry.budget * budget.calls;
    if (withinBudget) {
      const sleep = backoffDelay(
        retry,
        call.attempt,
        call.prevSleepMs,
        e.rngOf('retry', edge.id, edge.name),
      );
      call.prevSleepMs = sleep;
      const at = t + Math.round(sleep);
      if (at < call.deadline) {
        e.schedule(at, Ev.retry, call.id);
        return;
      }
    }
  }
  callDone(e, call, policy.fallback ? DEGRADED : code);
}

/** Event: time to try again. */
export function onRetry(e: Engine, callId: number): boolean {
  const call = tableGet(e.st.calls, callId);
  if (!call) return false;
  beginAttempt(e, call);
  return true;
}

/** Event: an answer comes back to the caller. */
export function onResponse(e: Engine, callId: number, b: number): boolean {
  const call = tableGet(e.st.calls, callId);
  const attempt = Math.floor(b / 16);
  if (!call || call.attempt !== attempt || !call.inFlight) return false;
  call.inFlight = false;
  endAttempt(e, call, b % 16, true);
  return true;
}

/** Event: the caller stops waiting for an attempt. */
export function onTimeout(e: Engine, callId: number, attempt: number): boolean {
  const call = tableGet(e.st.calls, callId);
  if (!call || call.attempt !== attempt || !call.inFlight) return false;
  call.inFlight = false;
  endAttempt(e, call, TIMEOUT, true);
  return true;
}

function callDone(e: Engine, call: Call, code: number): void {
  const st = e.st;
  if (call.source >= 0) {
    const latency = st.t - call.startedAt;
    goalsOnClient(e, call.source, latency, code);
    clientDone(e, call, code, latency);
    tableFree(st.calls, call.id);
    return;
  }
  const caller = call.caller;
  const step = call.step;
  tableFree(st.calls, call.id);
  const job = tableGet(st.jobs, caller);
  if (!job || job.phase !== 3 || job.step !== step) return;
  if (code >= 2) {
    finishJob(e, job, code);
    return;
  }
  if (code === DEGRADED) job.degraded = true;
  if (--job.pending === 0) runStep(e, job, job.step + 1);
}

/** The job answers (or is rejected at the door) and frees its slot. */
function finishJob(e: Engine, job: Job, code: number): void {
  const st = e.st;
  const t = st.t;
  const service = st.services[job.service];
  const held = job.phase >= 1;
  job.phase = 4;
  if (code === OK) {
    service.counts.ok++;
    service.total.ok++;
  } else if (code === DEGRADED) {
    service.counts.degraded++;
    service.total.degraded++;
  } else {
    service.counts.failed[code - 2]++;
    service.total.failed[code - 2]++;
  }
  const latency = t - job.arrivedAt;
  if (code < 2) {
    recordValue(service.secondHist, latency);
    recordValue(service.histogram, latency);
  }
  goalsOnService(e, job.service, latency, code);
  if (job.span >= 0) closeSpan(e, job.trace, job.span, code);
  if (job.async === 2) deliveryDone(e, job.service, job.sentAt, job.deliveries, code);
  else afterHop(e, Ev.response, job.call, job.attempt * 16 + code);
  const instanceId = job.instance;
  const spec = e.spec.services[job.service];
  tableFree(st.jobs, job.id);
  if (instanceId < 0 || !held) return;
  const inst = st.instances[instanceId];
  inst.busy--;
  while (inst.busy < spec.concurrency && inst.queueHead < inst.queue.length) {
    const next = tableGet(st.jobs, inst.queue[inst.queueHead++]);
    if (!next || next.phase !== 0) continue;
    if (spec.deadlinePropagation && next.deadline <= t) {
      next.phase = -1; // expired while queued: dropped without taking a slot
      finishJob(e, next, SHED);
    } else {
      startJob(e, next, inst);
    }
  }
  if (inst.queueHead > 64 && inst.queueHead * 2 > inst.queue.length) {
    inst.queue = inst.queue.slice(inst.queueHead);
    inst.queueHead = 0;
  }
  consumeOn(e, inst);
  if (inst.retiring && inst.busy === 0 && inst.queueHead >= inst.queue.length) {
    e.send(inst.machine, { type: 'EXITED' });
  }
}

/** A request lost without an answer (dead machine, stuck process). */
function vanish(e: Engine, job: Job): void {
  const service = e.st.services[job.service];
  service.counts.lost++;
  service.total.lost++;
  job.phase = 4;
  tableFree(e.st.jobs, job.id);
  if (job.span >= 0) closeSpan(e, job.trace, job.span, -1);
  if (job.async === 2) deliveryDone(e, job.service, job.sentAt, job.deliveries, -1);
}

/**
 * The instance's process died: its requests end. With `answer`, callers get
 * an error at once (the connection is reset); without, they hear nothing.
 */
export function abortJobs(e: Engine, inst: InstanceRt, answer: boolean): void {
  const st = e.st;
  const victims: Job[] = [];
  for (const job of tableLive(st.jobs)) {
    if (job.instance === inst.id && job.phase >= 0 && job.phase < 4) victims.push(job);
  }
  for (const job of victims) {
    job.phase = 0; // no slot to free: the instance's counters are reset by the caller
    if (answer) {
      job.instance = -1;
      finishJob(e, job, ERROR);
    } else vanish(e, job);
  }
  inst.busy = 0;
  inst.queue = [];
  inst.queueHead = 0;
  inst.outbound = {};
}

export type { Cause };
