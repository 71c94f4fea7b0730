// Configuration from environment variables, validated once at start. A bad value is
// reported by name, with no stack trace.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: optionalString.pipe(z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt:// or neo4j://').optional()),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optionalString,
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j'),
  WRITE_TOKEN: optionalString,
  READ_TOKEN: optionalString,
  CORS_ORIGINS: optionalString,
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  MAX_REQUEST_BYTES: z.coerce.number().int().positive().default(12 * 1024 * 1024),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  LOAD_SAMPLE_DATA: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  // Extraction worker threads (server/extract-pool): unset = min(2, cores - 1), at least 1.
  EXTRACT_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  // Articles that may wait for a free extraction thread; more get a 503 SERVER_BUSY.
  EXTRACT_QUEUE: z.coerce.number().int().min(0).max(10_000).default(8),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Introspection: on outside production unless set to false, off in production unless set to true.
  ALLOW_INTROSPECTION: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  // The estimated result size (objects returned) above which an operation is refused: server/api/plugins/cost.ts.
  MAX_QUERY_COST: z.coerce.number().int().positive().default(50_000),
  // Per client (address, or read token), a token bucket of result cost: this many units a
  // second, up to RATE_LIMIT_BURST saved; 0 turns rate limiting off.
  RATE_LIMIT_COST_PER_SECOND: z.coerce.number().int().min(0).default(20_000),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().default(200_000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
