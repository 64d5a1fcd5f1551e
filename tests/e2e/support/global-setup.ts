import type { TestProject } from 'vitest/node';
import { startWebEdition } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server for the whole e2e run; each test gets its own fresh browser context. */
export default async function setup(project: TestProject) {
  const server = await startWebEdition();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
