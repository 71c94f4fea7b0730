// `npm start` end to end: it prints a URL whose /graphql answers, serves the client, and
// stops on SIGINT. Runs against the test run's Neo4j through NEO4J_URI.
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../server/neo4j/free-port.ts';

describe('npm start', () => {
  it('serves GraphQL and the client on the printed URL, and stops on SIGINT', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), PORT: String(port), LOAD_SAMPLE_DATA: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 90_000);
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /ready: (http:\/\/\S+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect(url).toBe(`http://127.0.0.1:${port}/`);

    const res = await fetch(`${url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });

    const page = await fetch(url);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<div id="app">/);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('names a bad configuration value and exits without a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', NEO4J_URI: 'http://wrong' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/PORT/);
    expect(err).toMatch(/NEO4J_URI: must start with bolt/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
