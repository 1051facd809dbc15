import { describe, expect, it } from 'vitest';
import * as api from '../../../src/scenario/index.ts';
import { evaluateSource } from '../../../src/editor/sandbox/evaluateSource.ts';
import {
  ScenarioSandbox,
  type SandboxWorker,
} from '../../../src/editor/sandbox/ScenarioSandbox.ts';
import type { SandboxRequest } from '../../../src/editor/sandbox/sandboxProtocol.ts';

/** A stand-in worker: answers like the real sandbox, on a later tick. */
function fakeWorker(behaviour: 'answer' | 'hang' | 'flood' | 'garbage' = 'answer') {
  const made = { count: 0, terminated: 0 };
  const make = (): SandboxWorker => {
    made.count++;
    const worker: SandboxWorker = {
      onmessage: null,
      onerror: null,
      terminate: () => made.terminated++,
      postMessage: (request: SandboxRequest) => {
        setTimeout(() => {
          const deliver = (data: unknown) => worker.onmessage?.({ data } as MessageEvent);
          if (behaviour === 'hang') return;
          if (behaviour === 'flood') {
            for (let i = 0; i < 100; i++) deliver({ spam: i });
            return;
          }
          if (behaviour === 'garbage') {
            deliver({ id: request.id, ok: false, problems: [{ kind: 'evil', message: 1 }] });
            return;
          }
          deliver({ id: request.id, ...evaluateSource(request.source, { ...api }, 2) });
        }, 0);
      },
    };
    return worker;
  };
  return { make, made };
}

const good = `import { defineScenario } from 'cloudscope';
export default defineScenario({
  services: { web: { replicas: 2 } },
  traffic: { users: { to: 'web', rate: 5 } },
});
`;

describe('ScenarioSandbox', () => {
  it('evaluates a scenario and compiles it for the engine', async () => {
    const { make } = fakeWorker();
    const outcome = await new ScenarioSandbox(make).evaluate(good);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.spec.services.map((s) => s.name)).toEqual(['web']);
  });

  it('places schema errors at their line in the source', async () => {
    const { make } = fakeWorker();
    const outcome = await new ScenarioSandbox(make).evaluate(
      good.replace("to: 'web'", "to: 'wbe'"),
    );
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          kind: 'validation',
          message: 'no service named "wbe" (did you mean "web"?)',
          path: 'traffic.users.to',
          line: 4,
          column: 23,
        },
      ],
    });
  });

  it('stops a scenario that does not finish, replaces the worker, and works again', async () => {
    const hanging = fakeWorker('hang');
    const sandbox = new ScenarioSandbox(hanging.make, 50);
    const outcome = await sandbox.evaluate('while (true) {}');
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          kind: 'timeout',
          message:
            'The scenario did not finish building within 0.05 s and was stopped. Is there an endless loop?',
          line: null,
          column: null,
          path: null,
        },
      ],
    });
    expect(hanging.made.terminated).toBe(1);
    await sandbox.evaluate('x');
    expect(hanging.made.count).toBe(2);
  });

  it('replaces a sandbox that floods the page with messages', async () => {
    const flooding = fakeWorker('flood');
    const outcome = await new ScenarioSandbox(flooding.make, 5000).evaluate('x');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0].message).toContain('flooded');
    expect(flooding.made.terminated).toBe(1);
  });

  it('does not trust a reply of the wrong shape', async () => {
    const garbage = fakeWorker('garbage');
    const outcome = await new ScenarioSandbox(garbage.make, 100).evaluate('x');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0].kind).toBe('timeout');
  });

  it('a newer run supersedes one still running', async () => {
    const hanging = fakeWorker('hang');
    const sandbox = new ScenarioSandbox(hanging.make, 1000);
    const first = sandbox.evaluate('a');
    void sandbox.evaluate('b');
    const outcome = await first;
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0].message).toBe('replaced by a newer run');
    sandbox.dispose();
  });
});
