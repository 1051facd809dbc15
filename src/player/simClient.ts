import { SimHost } from './simHost.ts';
import type { FromSim, ToSim } from './simProtocol.ts';

/** The page's end of the line to a simulation. */
export interface SimClient {
  send(message: ToSim): void;
  listen(handler: (message: FromSim) => void): void;
  close(): void;
}

/** A simulation in its own Web Worker (the page never stutters). */
export function workerSimClient(): SimClient {
  const worker = new Worker(new URL('./simWorker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  return {
    send: (message) => worker.postMessage(message),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent<FromSim>) => handler(event.data);
    },
    close: () => worker.terminate(),
  };
}

/** A simulation on this thread (tests; and pages without worker support). */
export function localSimClient(
  later: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
): SimClient {
  let handler: (message: FromSim) => void = () => {};
  let closed = false;
  const host = new SimHost({
    post: (message) => {
      // Deliver asynchronously, as a worker would.
      if (!closed) later(() => handler(structuredClone(message)));
    },
    later,
    now: () => performance.now(),
  });
  return {
    send: (message) => {
      if (!closed) later(() => host.handle(structuredClone(message)));
    },
    listen: (h) => {
      handler = h;
    },
    close: () => {
      closed = true;
    },
  };
}
