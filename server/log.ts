// Structured logs (pino); one line per event, level from LOG_LEVEL.
import { pino } from 'pino';
import type { Config } from './config.ts';

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>) {
  return pino({ level: config.LOG_LEVEL, base: undefined });
}
export type Logger = ReturnType<typeof createLogger>;
