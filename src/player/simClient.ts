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
