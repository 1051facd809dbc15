import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeWidth } from '../../../src/views/observeWidth.ts';

describe('observeWidth', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('does nothing where ResizeObserver does not exist', () => {
    const seen: number[] = [];
    const cleanup = observeWidth((w) => seen.push(w))(document.createElement('div'));
    expect(cleanup).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('reports the width whenever it changes, and stops on cleanup', () => {
    let callback: ResizeObserverCallback = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          callback = cb;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const seen: number[] = [];
    const cleanup = observeWidth((w) => seen.push(w))(document.createElement('div'));
    const resize = (width: number) =>
      callback([{ contentRect: { width } } as ResizeObserverEntry], {} as ResizeObserver);
    resize(320.7);
    resize(0);
    expect(seen).toEqual([320]);
    if (typeof cleanup === 'function') cleanup();
    expect(disconnect).toHaveBeenCalled();
  });
});
