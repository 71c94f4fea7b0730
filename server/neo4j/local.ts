// Runs the embedded Neo4j of ./java/LocalNeo4j.java for users without Docker or a Neo4j
// of their own. First start: Maven resolves Neo4j 5.26 from Maven Central and the class
// path is cached under the state folder; later starts need no network.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

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
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number | undefined;
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
async function classPath(stateDir: string, log: (l: string) => void): Promise<string> {
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

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  fs.mkdirSync(opts.stateDir, { recursive: true });
  const dataDir = path.resolve(opts.dataDir ?? path.join(opts.stateDir, 'data'));
  fs.mkdirSync(dataDir, { recursive: true });
  const cp = await classPath(opts.stateDir, log);
  const classes = await compiled(opts.stateDir, cp);

  const child = spawn(
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
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const uri = await waitForReady(child, opts.startTimeoutMs ?? 180_000);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return {
    uri,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
