/**
 * `npm run bench`: prints the project's performance figures next to their
 * budgets. Exits with status 1 when a budget is missed.
 */
import { engineBench, type BenchLine } from './engineBench.ts';

const lines: BenchLine[] = [];
for (const line of engineBench()) {
  lines.push(line);
  console.log(`${line.pass === null ? '    ' : line.pass ? 'ok  ' : 'MISS'}  ${line.text}`);
}
if (lines.some((line) => line.pass === false)) process.exitCode = 1;
