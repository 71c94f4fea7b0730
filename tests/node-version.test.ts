// The Node version we claim (package.json engines) is one every locked dependency supports,
// and the Docker image runs a Node inside that range: `npm ci` then warns of no engine.
import fs from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines: { node: string }; allowScripts?: Record<string, unknown> };
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; hasInstallScript?: boolean; dev?: boolean }>;
};
const lowest = semver.minVersion(pkg.engines.node);

describe('Node version', () => {
  it('the lowest Node that engines allows satisfies every locked package', () => {
    expect(lowest).not.toBeNull();
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(lowest!, (p.engines as { node: string }).node, { includePrerelease: true }))
      .map(([name, p]) => `${name}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });

  it('the running Node and the Docker image are inside engines', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    const from = /^FROM node:(\d+)/m.exec(fs.readFileSync('Dockerfile', 'utf8'));
    expect(from).not.toBeNull();
    expect(semver.intersects(`${from![1]}.x`, pkg.engines.node)).toBe(true);
  });

  it('every package with an install script is approved in allowScripts', () => {
    const scripted = Object.keys(lock.packages)
      .filter((k) => lock.packages[k]!.hasInstallScript && k.startsWith('node_modules/'))
      .map((k) => k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(scripted.length).toBeGreaterThan(0);
    for (const name of scripted) expect(pkg.allowScripts?.[name], name).toBe(true);
  });
});
