import { describe, expect, it, vi } from 'vitest';
import { serviceWorkerSource } from '../../../src/app/serviceWorkerSource.ts';

const ORIGIN = 'https://course.example';

interface FakeResponse {
  ok: boolean;
  body: string;
  clone(): FakeResponse;
}

function response(body: string, ok = true): FakeResponse {
  return { ok, body, clone: () => response(body, ok) };
}

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

/** The URL a cache entry is kept under (the cache matches with ignoreSearch). */
const cacheKey = (url: string) => new URL(url, `${ORIGIN}/course/`).href.split('?')[0];

/**
 * Runs the generated script in a fake service worker global: caches in
 * memory, a network the test controls, and the worker's event listeners
 * collected so the test can fire install, activate and fetch.
 */
function serviceWorker(files: string[], version: string, existing: string[] = []) {
  const stores = new Map<string, Map<string, FakeResponse>>();
  for (const name of existing) stores.set(name, new Map());
  const open = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      addAll: async (urls: string[]) => {
        for (const url of urls) store.set(cacheKey(url), response(`cached ${url}`));
      },
      put: async (request: FakeRequest, res: FakeResponse) =>
        void store.set(cacheKey(request.url), res),
    };
  };
  const caches = {
    open: vi.fn(async (name: string) => open(name)),
    keys: async () => [...stores.keys()],
    delete: vi.fn(async (name: string) => stores.delete(name)),
    match: vi.fn(async (request: FakeRequest | string, options?: { ignoreSearch?: boolean }) => {
      expect(options?.ignoreSearch).toBe(true);
      const key = cacheKey(typeof request === 'string' ? request : request.url);
      for (const store of stores.values()) if (store.has(key)) return store.get(key);
      return undefined;
    }),
  };
  let network: (request: FakeRequest) => Promise<FakeResponse> = async (r) =>
    response(`net ${r.url}`);
  const fetch = vi.fn((request: FakeRequest) => network(request));
  const listeners = new Map<string, (event: unknown) => void>();
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, listener),
    skipWaiting: vi.fn(async () => {}),
    clients: { claim: vi.fn(async () => {}) },
  };
  new Function('self', 'caches', 'fetch', serviceWorkerSource(files, version))(self, caches, fetch);

  async function lifecycle(type: 'install' | 'activate') {
    let work: Promise<unknown> | undefined;
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (work = p) });
    await work;
  }

  /** Fires a fetch; resolves to what the worker answered, or null if it let the browser handle it. */
  async function request(url: string, init: Partial<FakeRequest> = {}) {
    let answer = null as Promise<FakeResponse | undefined> | null;
    const req: FakeRequest = {
      url: new URL(url, `${ORIGIN}/course/`).href,
      method: 'GET',
      mode: 'cors',
      ...init,
    };
    listeners.get('fetch')!({
      request: req,
      respondWith: (p: Promise<FakeResponse>) => (answer = p),
    });
    return answer === null ? null : await answer;
  }

  return {
    stores,
    caches,
    fetch,
    self,
    lifecycle,
    request,
    offline: () => (network = () => Promise.reject(new TypeError('Failed to fetch'))),
    serve: (fn: (request: FakeRequest) => FakeResponse) => (network = async (r) => fn(r)),
  };
}

describe('serviceWorkerSource', () => {
  it('names its cache after the version and precaches the start page and every file', async () => {
    const sw = serviceWorker(['index.html', 'assets/app-1a2b.js', 'icon.svg'], 'abc123');
    await sw.lifecycle('install');
    expect(sw.caches.open).toHaveBeenCalledWith('cloudscope-abc123');
    expect([...sw.stores.get('cloudscope-abc123')!.keys()]).toEqual([
      `${ORIGIN}/course/`,
      `${ORIGIN}/course/index.html`,
      `${ORIGIN}/course/assets/app-1a2b.js`,
      `${ORIGIN}/course/icon.svg`,
    ]);
    expect(sw.self.skipWaiting).toHaveBeenCalled();
  });

  it('writes the file list as data, whatever the names hold', () => {
    const source = serviceWorkerSource(["it's.js", 'a"b.css', 'x\\y.js'], 'v1');
    const line = source.split('\n').find((l) => l.startsWith('const PRECACHE = '))!;
    expect(JSON.parse(line.slice('const PRECACHE = '.length, -1))).toEqual([
      './',
      "it's.js",
      'a"b.css',
      'x\\y.js',
    ]);
  });

  it('drops older cloudscope caches on activation, and leaves other caches alone', async () => {
    const sw = serviceWorker([], 'new', ['cloudscope-old', 'cloudscope-older', 'someone-else']);
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['cloudscope-new', 'someone-else']);
    expect(sw.self.clients.claim).toHaveBeenCalled();
  });

  it('serves files from the cache first, without the network', async () => {
    const sw = serviceWorker(['assets/app.js'], 'v1');
    await sw.lifecycle('install');
    expect((await sw.request('assets/app.js?v=2'))?.body).toBe('cached assets/app.js');
    expect(sw.fetch).not.toHaveBeenCalled();
  });

  it('keeps a file fetched for the first time (the editor, loaded on demand), but not an error', async () => {
    const sw = serviceWorker([], 'v1');
    await sw.lifecycle('install');
    sw.serve((r) => response(`net ${r.url}`, !r.url.endsWith('missing.js')));
    expect((await sw.request('assets/editor.js'))?.body).toBe(
      `net ${ORIGIN}/course/assets/editor.js`,
    );
    expect((await sw.request('assets/missing.js'))?.ok).toBe(false);
    await vi.waitFor(() =>
      expect(sw.stores.get('cloudscope-v1')!.has(`${ORIGIN}/course/assets/editor.js`)).toBe(true),
    );
    expect(sw.stores.get('cloudscope-v1')!.has(`${ORIGIN}/course/assets/missing.js`)).toBe(false);
    sw.offline();
    expect((await sw.request('assets/editor.js'))?.body).toBe(
      `net ${ORIGIN}/course/assets/editor.js`,
    );
  });

  it('loads pages from the network, and the cached start page when offline', async () => {
    const sw = serviceWorker(['index.html'], 'v1');
    await sw.lifecycle('install');
    expect((await sw.request('./?lang=zh', { mode: 'navigate' }))?.body).toBe(
      `net ${ORIGIN}/course/?lang=zh`,
    );
    sw.offline();
    expect((await sw.request('./?lang=zh', { mode: 'navigate' }))?.body).toBe('cached ./');
  });

  it('leaves other origins and anything but GET to the browser', async () => {
    const sw = serviceWorker(['index.html'], 'v1');
    await sw.lifecycle('install');
    expect(await sw.request('https://elsewhere.example/font.woff2')).toBeNull();
    expect(await sw.request('index.html', { method: 'POST' })).toBeNull();
    expect(sw.fetch).not.toHaveBeenCalled();
  });
});
