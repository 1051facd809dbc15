/** Where the reader is: a page of the site, from the URL's hash. */
export type Route =
  | { page: 'contents' }
  | { page: 'lesson'; part: string; lesson: string; step: string | null }
  | { page: 'sandbox'; share: string | null }
  | { page: 'bench' }
  | { page: 'notFound'; hash: string };

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/** `#/foundations/elasticity/costs` → a lesson route; `#/` → the contents. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'contents' };
  const [pathPart, query = ''] = path.split('?');
  const parts = pathPart.split('/').filter(Boolean);
  if (parts[0] === 'bench' && parts[1] === 'frames' && parts.length === 2) return { page: 'bench' };
  if (parts[0] === 'sandbox' && parts.length === 1) {
    const share = new URLSearchParams(query).get('s');
    return { page: 'sandbox', share };
  }
  if ((parts.length === 2 || parts.length === 3) && parts.every((p) => SEGMENT.test(p))) {
    return { page: 'lesson', part: parts[0], lesson: parts[1], step: parts[2] ?? null };
  }
  return { page: 'notFound', hash };
}

/** The hash for a route: the inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'contents':
      return '#/';
    case 'lesson':
      return `#/${route.part}/${route.lesson}${route.step ? `/${route.step}` : ''}`;
    case 'sandbox':
      return route.share ? `#/sandbox?s=${encodeURIComponent(route.share)}` : '#/sandbox';
    case 'bench':
      return '#/bench/frames';
    case 'notFound':
      return route.hash;
  }
}
