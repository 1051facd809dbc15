import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh router module, created with the page at `hash`. */
async function freshRouter(hash: string) {
  history.replaceState(null, '', hash || location.pathname);
  vi.resetModules();
  return (await import('../../../src/app/router.svelte.ts')).router;
}

function nextHashChange(): Promise<void> {
  return new Promise((resolve) =>
    window.addEventListener('hashchange', () => resolve(), { once: true }),
  );
}

beforeEach(() => {
  history.replaceState(null, '', '#/');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('router', () => {
  it('starts at the route of the page’s hash', async () => {
    expect((await freshRouter('#/start/tour/panel')).route).toEqual({
      page: 'lesson',
      part: 'start',
      lesson: 'tour',
      step: 'panel',
    });
    expect((await freshRouter('')).route).toEqual({ page: 'contents' });
    expect((await freshRouter('#/nowhere')).route).toEqual({ page: 'notFound', hash: '#/nowhere' });
  });

  it('goes to a route: pushes its hash once, so that Back returns', async () => {
    const router = await freshRouter('#/');
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    router.go({ page: 'lesson', part: 'start', lesson: 'tour', step: 'panel' });
    expect(location.hash).toBe('#/start/tour/panel');
    expect(router.route).toMatchObject({ page: 'lesson', step: 'panel' });
    expect(push).toHaveBeenCalledTimes(1);
    // Going where the page already is adds no history entry.
    router.go({ page: 'lesson', part: 'start', lesson: 'tour', step: 'panel' });
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
  });

  it('replaces the history entry when asked (a step reached by scrolling)', async () => {
    const router = await freshRouter('#/start/tour');
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    router.go({ page: 'lesson', part: 'start', lesson: 'tour', step: 'intro' }, true);
    expect(replace).toHaveBeenCalledWith(null, '', '#/start/tour/intro');
    expect(push).not.toHaveBeenCalled();
    expect(location.hash).toBe('#/start/tour/intro');
    expect(router.route).toMatchObject({ step: 'intro' });
  });

  it('follows the hash when the reader changes it (a link, Back, Forward)', async () => {
    const router = await freshRouter('#/');
    const changed = nextHashChange();
    location.hash = '#/sandbox';
    await changed;
    expect(router.route).toEqual({ page: 'sandbox', share: null });
    const again = nextHashChange();
    location.hash = '#/Bad/Hash';
    await again;
    expect(router.route).toEqual({ page: 'notFound', hash: '#/Bad/Hash' });
  });
});
