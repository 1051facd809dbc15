import { defineScenario } from 'cloudscope';

/**
 * Two images on the same base. The shop runs on three of four nodes; at 0:20
 * a second service, admin, starts two instances. Its image begins with the
 * same `node:20-slim` layer as the shop's, so a node that runs the shop
 * already has it. Layer sizes and the pull bandwidth (100 MiB/s per node) are
 * illustrative.
 */
export default defineScenario({
  name: 'two images, one base',
  duration: '40s',
  cluster: { nodes: 4 },
  services: {
    shop: {
      replicas: 3,
      work: '20ms',
      readiness: true,
      image: {
        name: 'shop',
        steps: [
          { from: 'node:20-slim', size: '70Mi' },
          { copy: 'package*.json', size: '1Mi' },
          { run: 'npm ci', size: '180Mi', takes: '40s' },
          { copy: 'src', size: '2Mi' },
        ],
      },
    },
    admin: {
      replicas: 0,
      work: '20ms',
      readiness: true,
      image: {
        name: 'admin',
        steps: [
          { from: 'node:20-slim', size: '70Mi' }, // the same base image as the shop's
          { copy: 'package*.json', size: '1Mi' },
          { run: 'npm ci', size: '40Mi', takes: '20s' },
          { copy: 'src', size: '2Mi' },
        ],
      },
    },
  },
  traffic: { users: { to: 'shop', rate: 30 } },
  faults: [{ at: '20s', scale: 'admin', replicas: 2 }],
});
