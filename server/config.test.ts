import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.LOAD_SAMPLE_DATA).toBe(true);
  });

  it('names every bad value', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(String((err as Error).message)).toMatch(/PORT/);
    expect(String((err as Error).message)).toMatch(/NEO4J_URI: must start with bolt/);
  });

  it('treats a blank NEO4J_URI as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ' }).NEO4J_URI).toBeUndefined();
  });
});
