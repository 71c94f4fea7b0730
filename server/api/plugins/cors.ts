// CORS: the client is served from the same origin, so cross-origin calls are refused
// unless CORS_ORIGINS lists the origins allowed.
import type { YogaServerOptions } from 'graphql-yoga';
import type { Config } from '../../config.ts';

type CorsOption = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

export function corsOptions(config: Pick<Config, 'CORS_ORIGINS'>): CorsOption {
  const origins = (config.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length === 0) return false;
  return {
    origin: origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization'],
    credentials: false,
    maxAge: 600,
  };
}
