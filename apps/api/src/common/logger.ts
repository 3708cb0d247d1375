import type { LoggerService } from '@nestjs/common';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;
const NEST_BOOT_CONTEXTS = new Set(['RouterExplorer', 'RoutesResolver', 'InstanceLoader', 'NestFactory', 'NestApplication']);

/**
 * Structured JSON logs, one object a line. Callers pass ids, codes and counts, never names,
 * e-mail addresses or free text about a person.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly minLevel: Level = 'info', private readonly out: NodeJS.WritableStream = process.stdout) {}

  private write(level: Level, message: unknown, context?: string, extra?: Record<string, unknown>): void {
    if (LEVELS[level] < LEVELS[this.minLevel]) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg: typeof message === 'string' ? message : String(message) };
    if (context) entry.context = context;
    if (extra) Object.assign(entry, extra);
    this.out.write(JSON.stringify(entry) + '\n');
  }

  // Nest's own boot chatter (every mapped route, every module) is debug, not info.
  log(message: unknown, context?: string): void { this.write(context && NEST_BOOT_CONTEXTS.has(context) ? 'debug' : 'info', message, context); }
  info(message: string, extra?: Record<string, unknown>, context?: string): void { this.write('info', message, context, extra); }
  warn(message: unknown, context?: string): void { this.write('warn', message, context); }
  debug(message: unknown, context?: string): void { this.write('debug', message, context); }
  verbose(message: unknown, context?: string): void { this.write('debug', message, context); }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    // Nest passes (message, stack, context); keep the stack out of the message line.
    this.write('error', message, context ?? traceOrContext, context && traceOrContext ? { stack: traceOrContext } : undefined);
  }
  event(level: Level, msg: string, fields: Record<string, unknown>): void { this.write(level, msg, undefined, fields); }
}
