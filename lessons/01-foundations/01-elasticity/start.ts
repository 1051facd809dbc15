import { daily, defineScenario, spike, sum } from 'cloudscope';

/*
 * A shop's week, from Monday 0:00 to Sunday 24:00, served by a data centre of
 * its own: six servers, bought for the busiest hour of an ordinary day.
 *
 * Scaled down so that a week simulates in seconds: each simulated request
 * stands for 40 real ones and carries their CPU work (40 × 100 ms = 4 s).
 * CPU load, servers needed, dropped requests and cost are those of the real
 * shop; response times are not, so this lesson does not look at them.
 */
export default defineScenario({
  name: 'a week in our own data centre',
  duration: '7d',
  // Six servers of one core each. A server you own costs money every hour,
  // busy or idle: its purchase, power and upkeep spread over its life
  // (illustrative price: $0.10 an hour).
  cluster: {
    nodes: 6,
    node: { cpu: 1, pricePerHour: 0.1 },
    // Rented per task instead (serverless), a core costs the same $0.10 an hour.
    serverlessPrice: { vcpuHour: 0.1, gbHour: 0 },
  },
  services: {
    // One copy of the shop per server. Each works on one request at a time
    // and keeps at most 5 waiting; when that line is full, it turns new
    // requests away.
    shop: { replicas: 6, cpu: 1, concurrency: 1, queue: 5, work: '4s' },
  },
  traffic: {
    users: {
      to: 'shop',
      rate: sum(
        // 4 to 40 real requests a second (0.1 to 1 simulated), busiest at 14:00.
        daily({ min: 0.1, max: 1, peakAt: '14h' }),
        // Thursday 20:00: a TV show mentions the shop. For two hours, 120
        // more real requests a second.
        spike({ base: 0, peak: 3, at: '3d20h', for: '2h', ramp: '5m' }),
      ),
    },
  },
  traceSampling: 0,
});
