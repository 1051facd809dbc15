import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../src/app/route.ts';
import { decodeShare, encodeShare } from '../../../src/editor/shareLink.ts';

describe('parseRoute', () => {
  it('reads an empty hash, "#" and "#/" as the contents', () => {
    for (const hash of ['', '#', '#/', '/']) expect(parseRoute(hash)).toEqual({ page: 'contents' });
  });

  it('reads a lesson, with or without a step', () => {
    expect(parseRoute('#/foundations/elasticity')).toEqual({
      page: 'lesson',
      part: 'foundations',
      lesson: 'elasticity',
      step: null,
    });
    expect(parseRoute('#/foundations/elasticity/costs')).toEqual({
      page: 'lesson',
      part: 'foundations',
      lesson: 'elasticity',
      step: 'costs',
    });
    expect(parseRoute('#/start/tour/')).toMatchObject({ page: 'lesson', step: null });
  });

  it('reads the sandbox and its share parameter', () => {
    expect(parseRoute('#/sandbox')).toEqual({ page: 'sandbox', share: null });
    expect(parseRoute('#/sandbox?s=N4Ig')).toEqual({ page: 'sandbox', share: 'N4Ig' });
    expect(parseRoute('#/sandbox?x=1')).toEqual({ page: 'sandbox', share: null });
  });

  it('reads the rendering benchmark only at #/bench/frames', () => {
    expect(parseRoute('#/bench/frames')).toEqual({ page: 'bench' });
    expect(parseRoute('#/bench')).toEqual({ page: 'notFound', hash: '#/bench' });
  });

  it('answers "not found" for a hash that names no page, keeping the hash', () => {
    for (const hash of [
      '#/start',
      '#/a/b/c/d',
      '#/Start/tour',
      '#/start/Tour',
      '#/-start/tour',
      '#/start/tour_1',
      '#/start/tour/step one',
      '#/%2e%2e/tour',
      '#/start/<script>',
    ]) {
      expect(parseRoute(hash)).toEqual({ page: 'notFound', hash });
    }
  });

  it('reads a real share link, and the scenario survives the trip through the hash', () => {
    // encodeShare's alphabet includes "+", which a query string reads as a space.
    let source = 'export default { services: { web: {} } };';
    let param = encodeShare({ source, t: 42_000 });
    for (let i = 0; !param.includes('+') && i < 200; i++) {
      source += ` // ${i}`;
      param = encodeShare({ source, t: 42_000 });
    }
    expect(param).toContain('+');
    const route = parseRoute(`#/sandbox?s=${param}`);
    if (route.page !== 'sandbox' || route.share === null) throw new Error('not a sandbox route');
    expect(decodeShare(route.share)).toEqual({ ok: true, shared: { source, t: 42_000 } });
  });
});

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ page: 'contents' }),
  fc.constant<Route>({ page: 'bench' }),
  fc
    .tuple(segment, segment, fc.option(segment))
    .filter(([part, lesson]) => part !== 'sandbox' && !(part === 'bench' && lesson === 'frames'))
    .map(([part, lesson, step]): Route => ({ page: 'lesson', part, lesson, step })),
  fc
    .option(fc.string({ minLength: 1, maxLength: 40 }))
    .map((share): Route => ({ page: 'sandbox', share })),
);

describe('routeHash', () => {
  it('writes the hash of each page', () => {
    expect(routeHash({ page: 'contents' })).toBe('#/');
    expect(routeHash({ page: 'lesson', part: 'a', lesson: 'b', step: null })).toBe('#/a/b');
    expect(routeHash({ page: 'lesson', part: 'a', lesson: 'b', step: 'c' })).toBe('#/a/b/c');
    expect(routeHash({ page: 'sandbox', share: null })).toBe('#/sandbox');
    expect(routeHash({ page: 'bench' })).toBe('#/bench/frames');
    expect(routeHash({ page: 'notFound', hash: '#/x' })).toBe('#/x');
  });

  it('is the inverse of parseRoute, share parameters with "+", "&" or "=" included', () => {
    expect(parseRoute(routeHash({ page: 'sandbox', share: 'a+b&c=d' }))).toEqual({
      page: 'sandbox',
      share: 'a+b&c=d',
    });
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(routeHash(r))).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back a hash parseRoute read, for any hash of a known page in its plain form', () => {
    for (const hash of ['#/', '#/a/b', '#/a/b/c', '#/sandbox', '#/sandbox?s=abc', '#/bench/frames'])
      expect(routeHash(parseRoute(hash))).toBe(hash);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (junk) => {
        const hash = `#/${junk}`;
        const r = parseRoute(hash);
        if (r.page === 'notFound') expect(routeHash(r)).toBe(hash);
        else expect(parseRoute(routeHash(r))).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });
});
