/// <reference lib="webworker" />
/*
 * The sandbox: a dedicated worker where a reader's scenario code (or a
 * stranger's, from a shared link) is compiled and run. It has no DOM, no
 * network, no storage, and nothing of the page; only plain data comes out.
 */
import * as api from '../../scenario/index.ts';
import { evaluateSource, functionHeaderLines } from './evaluateSource.ts';
import { freezeIntrinsics, lockDown } from './lockDown.ts';
import type { SandboxReply, SandboxRequest } from './sandboxProtocol.ts';

const headerLines = functionHeaderLines();
const scenarioApi = Object.freeze({ ...api });

self.onmessage = (event: MessageEvent<SandboxRequest>) => {
  const { id, source } = event.data ?? {};
  if (typeof id !== 'number' || typeof source !== 'string') return;
  let reply: SandboxReply;
  try {
    reply = { id, ...evaluateSource(source, scenarioApi, headerLines) };
  } catch (error) {
    reply = {
      id,
      ok: false,
      problems: [
        {
          kind: 'runtime',
          message: error instanceof Error ? error.message : String(error),
          line: null,
          column: null,
          path: null,
        },
      ],
    };
  }
  try {
    post(reply);
  } catch (error) {
    post({
      id,
      ok: false,
      problems: [
        {
          kind: 'output',
          message: `the scenario cannot leave the sandbox: ${error instanceof Error ? error.message : String(error)}`,
          line: null,
          column: null,
          path: null,
        },
      ],
    });
  }
};

const post = lockDown(self as unknown as Record<string, unknown>);
freezeIntrinsics();
post({ id: -1, ok: true, scenario: 'ready' });
