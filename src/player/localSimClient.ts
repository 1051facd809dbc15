import type { SimClient } from './simClient.ts';
import { SimHost } from './simHost.ts';
import type { FromSim } from './simProtocol.ts';

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
