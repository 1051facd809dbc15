import { defineScenario } from 'cloudscope';

/**
 * A solution: the code is copied last, so the change to `src/cart.ts` rebuilds
 * only the top layer; and `npm ci --omit=dev` leaves the development tools out,
 * so a new node has 133 MiB to pull instead of 253. Layer sizes, build times
 * and the pull bandwidth (100 MiB/s per node) are illustrative.
 */
export default defineScenario({
  name: 'challenge: a solution',
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
          { copy: 'package*.json', size: '1Mi' }, // COPY package*.json ./   (the dependency list)
          // Only what the shop needs at run time: no test runner, no compiler.
          { run: 'npm ci --omit=dev', size: '60Mi', takes: '25s' }, // RUN npm ci --omit=dev
          { copy: 'src', size: '2Mi' }, // COPY src ./src   (the code, last)
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
