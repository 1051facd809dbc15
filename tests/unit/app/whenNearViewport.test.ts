import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearViewport } from '../../../src/app/whenNearViewport.ts';

/** A stand-in IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  report(isIntersecting: boolean): void {
    this.callback([{ isIntersecting }]);
  }
}

describe('whenNearViewport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    FakeObserver.last = null;
  });

  it('waits until the element comes near the viewport, then shows once and stops watching', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const element = document.createElement('section');
    const show = vi.fn();
    whenNearViewport(element, show, '120px');
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([element]);
    expect(observer.options.rootMargin).toBe('120px 0px');
    observer.report(false);
    expect(show).not.toHaveBeenCalled();
    observer.report(true);
    expect(show).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
    element.dispatchEvent(new FocusEvent('focusin'));
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('shows at once when focus moves into the element before it is near', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const element = document.createElement('section');
    const button = element.appendChild(document.createElement('button'));
    document.body.append(element);
    const show = vi.fn();
    whenNearViewport(element, show);
    button.focus();
    expect(show).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last!.disconnected).toBe(true);
    element.remove();
  });

  it('never shows once cancelled', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const element = document.createElement('section');
    const show = vi.fn();
    const cancel = whenNearViewport(element, show);
    cancel();
    element.dispatchEvent(new FocusEvent('focusin'));
    expect(show).not.toHaveBeenCalled();
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it('shows a task later where IntersectionObserver is missing', () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', undefined);
    const show = vi.fn();
    whenNearViewport(document.createElement('section'), show);
    expect(show).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(show).toHaveBeenCalledTimes(1);
  });
});
