// `npm run neo4j` (server/neo4j/cli.ts): starts the local Neo4j in the foreground, prints
// its bolt URI, serves Bolt there, and on SIGINT stops it and leaves no process behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDriver } from '../db/index.ts';
import { freePort } from './free-port.ts';
import { alive } from '../../tests/fixtures/processes.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-cli-'));
let child: ChildProcess | null = null;
afterAll(async () => {
  // A failed test must not leave the command (and its Neo4j) running.
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('npm run neo4j', () => {
  it('runs Neo4j in the foreground at the printed URI and stops it on SIGINT', async () => {
    // The test setup's class path cache, so that no Maven run is needed.
    for (const f of fs.readdirSync(path.resolve('.neo4j')).filter((n) => n.startsWith('classpath-'))) {
      fs.copyFileSync(path.resolve('.neo4j', f), path.join(dir, f));
    }
    const port = await freePort();
    const cli = spawn(process.execPath, ['--import', 'tsx', 'server/neo4j/cli.ts'], {
      env: { ...process.env, LOCAL_NEO4J_DIR: dir, LOCAL_NEO4J_PORT: String(port), NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = cli;
    let out = '';
    let err = '';
    cli.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
    const uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URI printed:\n${err}`)), 180_000);
      cli.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /^(bolt:\/\/\S+)$/m.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before printing a URI:\n${err}`)));
    });
    expect(uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(true);
    await vi.waitFor(() => expect(err).toMatch(/pid \d+/));
    const pid = Number(/pid (\d+)/.exec(err)?.[1]);
    expect(alive(pid)).toBe(true);

    const driver = createDriver({ uri });
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }

    cli.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(await listening(port)).toBe(false);
    expect(err).not.toMatch(/exited unexpectedly/);
  }, 240_000);
});
