import { defineScenario } from 'cloudscope';

/**
 * The shop's image, built from three Dockerfile steps. v2 changes one line of
 * `src/cart.ts` and is rolled out at 0:30; a fourth node joins at 1:00 and the
 * shop grows from 3 to 6 instances at 2:00. Layer sizes, build times and the
 * pull bandwidth (100 MiB/s per node) are illustrative.
 */
export default defineScenario({
  name: 'the shop image',
  duration: '2m30s',
  cluster: { nodes: 3 },
  services: {
    shop: {
      replicas: 3,
      work: '20ms',
      readiness: true,
      image: {
        name: 'shop',
        // Like a Dockerfile: each step makes one layer, from the bottom up.
        steps: [
          { from: 'node:20-slim', size: '70Mi' }, // FROM node:20-slim
          { copy: '.', size: '3Mi' }, // COPY . .   (all of the project, code included)
          { run: 'npm ci', size: '180Mi', takes: '40s' }, // RUN npm ci (every dependency, dev tools too)
        ],
      },
      // v2 is a one-line change to the shop's code.
      versions: { v2: { image: { changed: ['src/cart.ts'] } } },
    },
  },
  traffic: { users: { to: 'shop', rate: 30 } },
  faults: [
    { at: '30s', deploy: 'shop', version: 'v2' },
    { at: '1m', addNode: { name: 'node-4' } },
    { at: '2m', scale: 'shop', replicas: 6 },
  ],
});
