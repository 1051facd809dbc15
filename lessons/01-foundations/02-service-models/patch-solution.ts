import { defineScenario } from 'cloudscope';

/**
 * IaaS: web runs on three virtual machines you rent. At 1:00 a security patch
 * for the Linux kernel is out, and every VM must move to the patched operating
 * system. One at a time, with a spare: each old VM stops only once its
 * patched replacement is ready, so three always serve.
 */
export default defineScenario({
  name: 'solution: patch the fleet',
  duration: '4m',
  // The provider's physical servers: under IaaS, not yours to patch.
  hosts: [
    { name: 'host-1', cpu: 4, memory: '8Gi' },
    { name: 'host-2', cpu: 4, memory: '8Gi' },
  ],
  services: {
    web: {
      runtime: 'vm',
      // Three VMs are what this traffic needs: two cannot keep up with it.
      replicas: 3,
      cpu: 1,
      memory: '1Gi',
      work: { p50: '10ms', p99: '50ms' },
      // A VM boots its whole guest OS before the app starts: 40 s here,
      // an illustrative figure for "tens of seconds".
      boot: '40s',
      // The same app on the patched operating system: a VM booted from the new image.
      versions: { patched: {} },
      // One extra VM at a time (maxSurge), none missing (maxUnavailable).
      rollout: { maxSurge: 1, maxUnavailable: 0 },
    },
  },
  // Users give up on a request after 2 seconds.
  traffic: { users: { to: 'web', rate: 180, timeout: '2s' } },
  faults: [{ at: '1m', deploy: 'web', version: 'patched' }],
});
