/**
 * Headless runner: `npm run sim -- <scenario.ts> [--json] [--seed N] [--until 10m]`.
 * Loads a scenario file (its default export), runs it and prints a table of
 * what happened per service and traffic source, then each goal. With --json it
 * prints one JSON object instead. A bad scenario prints its located errors and
 * exits with status 1.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compileScenario } from '../scenario/compileScenario.ts';
import { formatError } from '../scenario/problems.ts';
import { parseDuration } from '../scenario/units.ts';
import { simulate } from '../sim/simulate.ts';
import { formatRunJson, formatRunTable } from './formatRun.ts';

const USAGE = 'usage: npm run sim -- <scenario.ts> [--json] [--seed N] [--until 10m]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

interface Args {
  file: string;
  json: boolean;
  seed: number | null;
  untilMs: number | null;
}

export function parseArgs(argv: string[]): Args | string {
  const args: Args = { file: '', json: false, seed: null, untilMs: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--seed') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n)) return `--seed takes a whole number, got ${argv[i] ?? 'nothing'}`;
      args.seed = n;
    } else if (a === '--until') {
      const ms = parseDuration(argv[++i]);
      if (ms === null || ms <= 0)
        return `--until takes a duration like 10m, got ${argv[i] ?? 'nothing'}`;
      args.untilMs = ms;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}\n${USAGE}`;
    else if (args.file) return `one scenario file at a time\n${USAGE}`;
    else args.file = a;
  }
  if (!args.file) return USAGE;
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') fail(args);
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
  if (!existsSync(path)) fail(`${args.file}: no such file`);
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    fail(
      `${args.file}: the scenario did not load:\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (module.default === undefined)
    fail(`${args.file}: no default export (write \`export default defineScenario({...})\`)`);
  const compiled = compileScenario(module.default);
  if (!compiled.ok) {
    fail(
      `${args.file}: ${compiled.errors.length} problem(s):\n${compiled.errors.map((e) => `  ${formatError(e)}`).join('\n')}`,
    );
  }
  const spec = { ...compiled.spec };
  if (args.seed !== null) spec.seed = args.seed;
  if (args.untilMs !== null) spec.durationMs = Math.min(spec.durationMs, Math.round(args.untilMs));
  const run = simulate(spec, { checkpoints: false });
  process.stdout.write(args.json ? `${JSON.stringify(formatRunJson(run))}\n` : formatRunTable(run));
  if (run.stopped) process.exitCode = 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) =>
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
}
