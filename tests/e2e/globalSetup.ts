import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer.ts';

/** Builds the site once and serves dist/ under a sub-path for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const root = process.cwd();
  if (!process.env.E2E_SKIP_BUILD) {
    // Vitest sets NODE_ENV=test; the site under test must be the production build.
    execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const { server, url } = await serveStatic(`${root}/dist`, '/courses/cloudscope/');
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
