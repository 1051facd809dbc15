/**
 * `npm run bench`: prints the project's performance figures next to their
 * budgets, and exits with status 1 when one is missed. Figures of one run are
 * quoted together; the machine is shared, so run it twice before believing a miss.
 */
import { execFileSync } from 'node:child_process';
import { serveStatic } from '../e2e/staticServer.ts';
import { engineBench, type BenchLine } from './engineBench.ts';
import { editRunBench } from './editRunBench.ts';
import { framesBench } from './framesBench.ts';
import { lighthouseBench } from './lighthouseBench.ts';

const lines: BenchLine[] = [];
const print = (line: BenchLine) => {
  lines.push(line);
  console.log(`${line.pass === null ? '    ' : line.pass ? 'ok  ' : 'MISS'}  ${line.text}`);
};

for (const line of engineBench()) print(line);

const only = process.argv.includes('--engine');
if (!only) {
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const { server, url } = await serveStatic(`${process.cwd()}/dist`, '/cloudscope/');
  try {
    for (const line of await framesBench(url)) print(line);
    for (const line of await editRunBench(url)) print(line);
    for (const line of await lighthouseBench(url, 'contents')) print(line);
    for (const line of await lighthouseBench(`${url}#/start/tour/panel`, 'lesson')) print(line);
  } finally {
    server.close();
  }
}
if (lines.some((line) => line.pass === false)) process.exitCode = 1;
