import { defineScenario } from 'cloudscope';

/**
 * A badly ordered Dockerfile. The code is copied before the dependencies are
 * installed, so a one-line change to `src/cart.ts` misses the build cache at
 * `COPY .`: `npm ci` runs again and its 180 MiB layer is new. Every node must
 * pull it before v2 can start there, and a node added later pulls the whole
 * image. Copy `package.json` and `package-lock.json` first, run `npm ci`, then
 * copy `src`: the change rebuilds one small layer. Sizes and times are illustrative.
 */
export default defineScenario({
  name: 'Image build cache',
  duration: '3m',
  cluster: { nodes: 3 },
  services: {
    shop: {
      replicas: 2,
      work: '20ms',
      readiness: true,
      image: {
        name: 'shop',
        steps: [
          { from: 'node:20-slim', size: '70Mi' },
          { copy: '.', size: '3Mi' }, // everything, code included
          { run: 'npm ci', size: '180Mi', takes: '40s' },
        ],
      },
      // v2 is a small code change.
      versions: { v2: { image: { changed: ['src/cart.ts'] } } },
    },
  },
  traffic: { users: { to: 'shop', rate: 30 } },
  faults: [
    { at: '30s', deploy: 'shop', version: 'v2' },
    { at: '1m', addNode: { name: 'node-4' } },
    { at: '2m', scale: 'shop', replicas: 6 },
  ],
  goals: [
    { rebuiltLayers: 'shop', below: 2, label: 'a code change rebuilds one layer' },
    { startTime: 'shop', below: '3s', label: 'every new shop instance starts within 3 s' },
  ],
});
