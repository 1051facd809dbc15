import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/sim.ts';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;

async function sim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      join(root, 'node_modules/.bin/tsx'),
      ['src/cli/sim.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function scratch(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cloudscope-sim-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run sim', () => {
  it('parses its arguments', () => {
    expect(parseArgs(['a.ts', '--json', '--seed', '7', '--until', '2m'])).toEqual({
      file: 'a.ts',
      json: true,
      seed: 7,
      untilMs: 120_000,
    });
    expect(parseArgs(['a.ts', '--seed', 'x'])).toBe('--seed takes a whole number, got x');
    expect(parseArgs(['a.ts', '--until', 'later'])).toBe(
      '--until takes a duration like 10m, got later',
    );
    expect(parseArgs(['a.ts', '--fast'])).toMatch(/^unknown option --fast/);
    expect(parseArgs([])).toMatch(/^usage:/);
  });

  it('prints one JSON object, the same hash for the same file and seed, another for another seed', async () => {
    const a = await sim('examples/checkout.ts', '--json', '--until', '1m');
    const b = await sim('examples/checkout.ts', '--json', '--until', '1m');
    const c = await sim('examples/checkout.ts', '--json', '--until', '1m', '--seed', '2');
    expect(a.code).toBe(0);
    const json = JSON.parse(a.stdout);
    expect(json).toMatchObject({ seed: 1, durationMs: 60_000 });
    expect(json.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(json.services)).toEqual(['gateway', 'orders', 'payments']);
    expect(Object.keys(json.services.orders)).toEqual(
      expect.arrayContaining(['requests', 'completed', 'failed', 'latencyMs']),
    );
    expect(Object.keys(json.services.orders.latencyMs)).toEqual(['mean', 'p50', 'p95', 'p99']);
    expect(json.goals[0]).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        pass: expect.any(Boolean),
        value: expect.any(Number),
      }),
    );
    expect(JSON.parse(b.stdout).hash).toBe(json.hash);
    expect(JSON.parse(c.stdout).hash).not.toBe(json.hash);
    expect(JSON.parse(c.stdout).seed).toBe(2);
  }, 60_000);

  it('prints a readable table with the goals', async () => {
    const out = await sim('examples/checkout.ts', '--until', '90s');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /^service\s+requests\s+ok\s+degraded\s+failed\s+p50\s+p99\s+failed by cause$/m,
    );
    expect(out.stdout).toMatch(/^goals:$/m);
    expect(out.stdout).toMatch(/^ {2}(PASS|FAIL) {2}p99 latency of users below 1s/m);
  }, 60_000);

  it('prints located errors and exits 1 for a bad scenario', async () => {
    const file = scratch(
      'bad.ts',
      `import { defineScenario } from 'cloudscope';
export default defineScenario({ services: { orders: { calls: [{ to: 'payment' }] }, payments: {} } });
`,
    );
    const out = await sim(file);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('1 problem(s):');
    expect(out.stderr).toContain(
      'services.orders.calls[0].to: no service named "payment" (did you mean "payments"?)',
    );
  }, 60_000);

  it('says what is wrong with a file that does not load, or has no default export, or is not there', async () => {
    const broken = scratch('broken.ts', 'export default {{{');
    const out = await sim(broken);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('the scenario did not load');
    const empty = await sim(scratch('empty.ts', 'export const x = 1;\n'));
    expect(empty.stderr).toContain('no default export');
    const missing = await sim('no/such/file.ts');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no/such/file.ts: no such file');
  }, 60_000);
});
