/**
 * What scenario code finds instead of a capability it may not use: whatever it does
 * with it (call it, `new` it, read a property such as `indexedDB.open`) throws a
 * message that says why.
 */
function blocked(name: string): () => never {
  const refuse = (): never => {
    throw new Error(
      `${name} is not available to scenarios: a scenario only describes a world, it cannot reach the network or storage`,
    );
  };
  // The target is a plain function, not an arrow, so that the construct trap is allowed.
  return new Proxy(function () {} as unknown as () => never, {
    apply: refuse,
    construct: refuse,
    get: refuse,
  });
}

/** Capabilities a scenario has no business with: the network, storage, other workers, messages. */
export const BLOCKED = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'RTCPeerConnection',
  'postMessage',
  'close',
  'requestAnimationFrame',
  'open',
] as const;

/**
 * Locks the sandbox worker down before any scenario code runs: replaces the
 * network, storage and messaging with functions that throw (on the global
 * object and on its prototype chain, not configurable), and fixes the message
 * handlers in place. Returns the worker's real postMessage, for the sandbox's
 * own use.
 */
export function lockDown(scope: Record<string, unknown>): (message: unknown) => void {
  const realPost = (scope.postMessage as (m: unknown) => void).bind(scope);
  for (const name of BLOCKED) {
    const stub = blocked(name);
    let target: object | null = scope;
    while (target && target !== Object.prototype) {
      if (Object.prototype.hasOwnProperty.call(target, name)) {
        try {
          Object.defineProperty(target, name, {
            value: stub,
            writable: false,
            configurable: false,
          });
        } catch {
          // Some host objects refuse; the instance property below still shadows them.
        }
      }
      target = Object.getPrototypeOf(target);
    }
    try {
      Object.defineProperty(scope, name, { value: stub, writable: false, configurable: false });
    } catch {
      // Already locked.
    }
  }
  for (const name of ['onmessage', 'onerror', 'onmessageerror']) {
    try {
      const value = scope[name];
      Object.defineProperty(scope, name, { value, writable: false, configurable: false });
    } catch {
      // Already locked.
    }
  }
  return realPost;
}

/** Freezes the built-in prototypes, so that one scenario cannot poison the next (or the sandbox). */
export function freezeIntrinsics(): void {
  for (const intrinsic of [
    Object,
    Object.prototype,
    Array,
    Array.prototype,
    Function.prototype,
    String.prototype,
    Number.prototype,
    Boolean.prototype,
    Symbol.prototype,
    Error.prototype,
    RegExp.prototype,
    Map.prototype,
    Set.prototype,
    Promise.prototype,
    JSON,
    Math,
    Reflect,
  ]) {
    Object.freeze(intrinsic);
  }
}
