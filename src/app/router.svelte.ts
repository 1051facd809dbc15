import { parseRoute, routeHash, type Route } from './route.ts';

/** The current route, following the URL's hash (so every step has a link and back/forward work). */
class Router {
  route = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.route = parseRoute(location.hash);
      });
    }
  }

  go(route: Route, replace = false): void {
    const hash = routeHash(route);
    if (replace) history.replaceState(null, '', hash);
    else if (location.hash !== hash) history.pushState(null, '', hash);
    this.route = route;
  }
}

export const router = new Router();
