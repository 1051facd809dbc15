import { defineScenario } from 'cloudscope';

/**
 * The same shop, its Dockerfile reordered: the dependency list first, then
 * `npm ci`, then the code. Everything else is as in start.ts. Layer sizes,
 * build times and the pull bandwidth (100 MiB/s per node) are illustrative.
 */
export default defineScenario({
  name: 'the shop image, reordered',
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
          { run: 'npm ci', size: '180Mi', takes: '40s' }, // RUN npm ci
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
