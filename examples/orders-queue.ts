import { defineScenario, steps } from 'cloudscope';

/**
 * A burst of orders: 20 a second, then 150 a second for a minute. For each order the
 * shop also has a confirmation email sent; two replicas of the email service send 40
 * emails a second, and both email services scale up (8 replicas at most) as load grows.
 *
 * Synchronously (`orders-sync` → `shop-sync` → `emails-sync`) the user waits for the
 * email: during the burst the email service's queues fill, users wait, time out and
 * fail, until new replicas are up. Asynchronously (`orders` → `shop` → `emails`, with
 * `async: true`) the shop puts a message on the broker and answers at once: users see
 * the same few milliseconds throughout, while the backlog of emails grows during the
 * burst and drains after it (the email service scales on its backlog). An email
 * replica crashes at 1m30s: the messages it was sending are delivered again.
 */
export default defineScenario({
  name: 'a burst of orders, sync vs async emails',
  duration: '6m',
  cluster: { nodes: 6 },
  services: {
    shop: {
      replicas: 3,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      calls: [{ to: 'emails', async: true, timeout: '1s', retries: 2 }],
    },
    emails: {
      replicas: 2,
      cpu: 1,
      concurrency: 4,
      work: { mean: '50ms' },
      errorRate: '2%',
      messageQueue: { maxDeliveries: 3 },
      autoscale: { min: 2, max: 8, backlogPerReplica: 200, syncPeriod: '15s' },
    },
    'shop-sync': {
      replicas: 3,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      calls: [{ to: 'emails-sync', timeout: '2s' }],
    },
    'emails-sync': {
      replicas: 2,
      cpu: 1,
      concurrency: 4,
      queue: 200,
      work: { mean: '50ms' },
      errorRate: '2%',
      autoscale: { min: 2, max: 8, cpu: '70%' },
    },
  },
  traffic: {
    orders: {
      to: 'shop',
      rate: steps([
        [0, 20],
        ['1m', 150],
        ['2m', 20],
      ]),
      timeout: '5s',
    },
    'orders-sync': {
      to: 'shop-sync',
      rate: steps([
        [0, 20],
        ['1m', 150],
        ['2m', 20],
      ]),
      timeout: '5s',
    },
  },
  faults: [{ at: '1m30s', crash: 'emails-1' }],
  goals: [
    { latency: 'orders', percentile: 99, below: '200ms' },
    { errorRate: 'orders', below: '1%' },
    {
      errorRate: 'orders-sync',
      below: '1%',
      label: 'the synchronous shop keeps its errors under 1%',
    },
    { backlog: 'emails', below: 5000 },
  ],
});
