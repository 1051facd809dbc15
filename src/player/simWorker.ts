/// <reference lib="webworker" />
import { SimHost } from './simHost.ts';
import type { ToSim } from './simProtocol.ts';

/** The simulation worker: the engine runs here so the page never stutters. */
const host = new SimHost({
  post: (message) => self.postMessage(message),
  later: (fn) => setTimeout(fn, 0),
  now: () => performance.now(),
});

self.onmessage = (event: MessageEvent<ToSim>) => host.handle(event.data);
