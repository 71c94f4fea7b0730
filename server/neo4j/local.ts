// Runs the embedded Neo4j of ./java/LocalNeo4j.java for users without Docker or a Neo4j
// of their own. First start: Maven resolves Neo4j 5.26 from Maven Central and the class
// path is cached under the state folder; later starts need no network.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Backoff, type BackoffOptions } from './backoff.ts';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(here, 'pom.xml');
const SOURCE = path.join(here, 'java', 'LocalNeo4j.java');

export interface LocalNeo4jOptions {
  /** Folder for the class path cache, compiled launcher and (by default) the database. */
  stateDir: string;
  /** Database folder; defaults to `<stateDir>/data`. */
  dataDir?: string;
  port: number;
  pageCacheMb?: number;
  heapMb?: number;
  log?: (line: string, level?: 'info' | 'warn') => void;
  startTimeoutMs?: number;
  /** Restart delays after an unexpected exit (./backoff.ts); false: never restart. */
  restart?: BackoffOptions | false;
}

export interface LocalNeo4j {
  uri: string;
  /** The running process's id: a new one after each restart. */
  readonly pid: number | undefined;
  /** How many times Neo4j was restarted after an unexpected exit. */
  readonly restarts: number;
  /** Stops Neo4j for good (no restart follows). */
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {}

async function needTool(cmd: string, hint: string): Promise<void> {
  try {
    await run(cmd, ['-version'], { timeout: 30_000 });
  } catch {
    throw new LocalNeo4jError(`'${cmd}' was not found. ${hint}`);
  }
}

/** The launcher's class path: resolved once with Maven, then read from the cache. */
async function classPath(stateDir: string, log: (line: string) => void): Promise<string> {
  const pomHash = createHash('sha256').update(fs.readFileSync(POM)).digest('hex').slice(0, 16);
  const cache = path.join(stateDir, `classpath-${pomHash}.txt`);
  if (fs.existsSync(cache)) {
    const cp = fs.readFileSync(cache, 'utf8').trim();
    if (cp.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cp;
  }
  await needTool('mvn', 'Install Maven (and Java 17), or set NEO4J_URI to a Neo4j of your own.');
  log('Resolving Neo4j 5.26 from Maven Central (first start only)…');
  const tmp = `${cache}.tmp`;
  try {
    await run('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], {
      timeout: 15 * 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new LocalNeo4jError(`Maven could not resolve Neo4j: ${(e.stdout || e.stderr || e.message).slice(-2000)}`);
  }
  fs.renameSync(tmp, cache);
  return fs.readFileSync(cache, 'utf8').trim();
}

/** Compiles the launcher once per source version. */
async function compiled(stateDir: string, cp: string): Promise<string> {
  const srcHash = createHash('sha256').update(fs.readFileSync(SOURCE)).digest('hex').slice(0, 16);
  const out = path.join(stateDir, `classes-${srcHash}`);
  if (fs.existsSync(path.join(out, 'LocalNeo4j.class'))) return out;
  await needTool('javac', 'Install a Java 17 JDK, or set NEO4J_URI to a Neo4j of your own.');
  await run('javac', ['-cp', cp, '-d', `${out}.tmp`, SOURCE], { timeout: 120_000 });
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(`${out}.tmp`, out);
  return out;
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let stdout = '';
    const timer = setTimeout(() => fail(new LocalNeo4jError(`Neo4j did not start within ${timeoutMs / 1000}s`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(err);
    };
    child.stderr?.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString()).slice(-4000);
    });
    child.stdout?.on('data', (b: Buffer) => {
      stdout += b.toString();
      const m = /READY (\S+)/.exec(stdout);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('error', fail);
    child.once('exit', (code) => {
      const hint = /lock|Lock/.test(stderr) ? ' (is another Neo4j using the same data folder?)' : '';
      fail(new LocalNeo4jError(`Neo4j exited with code ${code} before it was ready${hint}:\n${stderr.trim().slice(-1500)}`));
    });
  });
}

/** How a process ended, for the log: "signal SIGKILL", "code 1". */
function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Stops a Neo4j: SIGTERM (it shuts down cleanly), SIGKILL if it has not within 30 s. */
async function terminate(child: ChildProcess): Promise<void> {
  if (!running(child)) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts Neo4j and keeps it running: an unexpected exit is logged with its exit code or
 * signal, and Neo4j is started again on the same port and data folder after a backoff
 * (./backoff.ts). Only stop() ends it for good.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  fs.mkdirSync(opts.stateDir, { recursive: true });
  const dataDir = path.resolve(opts.dataDir ?? path.join(opts.stateDir, 'data'));
  fs.mkdirSync(dataDir, { recursive: true });
  const cp = await classPath(opts.stateDir, log);
  const classes = await compiled(opts.stateDir, cp);
  const startTimeoutMs = opts.startTimeoutMs ?? 180_000;

  const spawnNeo4j = (): ChildProcess =>
    spawn(
      'java',
      [
        `-Xmx${opts.heapMb ?? 1024}m`,
        '-XX:+UseG1GC',
        '-cp',
        [classes, cp].join(path.delimiter),
        'LocalNeo4j',
        dataDir,
        String(opts.port),
        String(opts.pageCacheMb ?? 256),
      ],
      // stdin stays an open pipe: when this process dies, the pipe closes and Neo4j stops.
      // Its own process group: a Ctrl-C in the terminal reaches it only through stop(),
      // never as an exit the supervisor would take for a crash.
      { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
  // A start that fails leaves nothing running.
  const ready = async (proc: ChildProcess): Promise<string> => {
    try {
      return await waitForReady(proc, startTimeoutMs);
    } catch (err) {
      if (running(proc)) proc.kill('SIGKILL');
      throw err;
    }
  };

  let child = spawnNeo4j();
  const uri = await ready(child);
  let stopping = false;
  let restarts = 0;
  let pending: NodeJS.Timeout | null = null;
  const backoff = new Backoff(opts.restart || {});

  const restartIn = (delayMs: number) => {
    pending = setTimeout(() => void restart(), delayMs);
  };
  const watch = (proc: ChildProcess) => {
    const startedAt = Date.now();
    proc.once('exit', (code, signal) => {
      if (stopping) return;
      const uptimeMs = Date.now() - startedAt;
      const what = `Neo4j (pid ${proc.pid}) exited unexpectedly with ${howItEnded(code, signal)} after ${Math.round(uptimeMs / 1000)} s`;
      if (opts.restart === false) return log(`${what}.`, 'warn');
      const delayMs = backoff.next(uptimeMs);
      log(`${what}; restarting it in ${delayMs / 1000} s…`, 'warn');
      restartIn(delayMs);
    });
  };
  const restart = async () => {
    pending = null;
    if (stopping) return;
    // `child` is the starting process from here on, so that stop() ends it too.
    child = spawnNeo4j();
    try {
      await ready(child);
    } catch (err) {
      if (stopping) return;
      const delayMs = backoff.next(0);
      log(`Neo4j could not be restarted (${(err as Error).message.split('\n')[0]}); trying again in ${delayMs / 1000} s…`, 'warn');
      restartIn(delayMs);
      return;
    }
    if (stopping) return;
    restarts++;
    log(`Neo4j restarted (pid ${child.pid}) at ${uri}`);
    watch(child);
  };
  watch(child);

  return {
    uri,
    get pid() {
      return child.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      if (pending) clearTimeout(pending);
      await terminate(child);
    },
  };
}
