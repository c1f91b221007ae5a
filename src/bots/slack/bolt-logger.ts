import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { redact } from '../../engine/redact.js';
import type { Logger } from '../../logger.js';

function text(parts: unknown[]): string {
  return redact(
    parts
      .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part)))
      .join(' '),
  );
}

/**
 * Bolt's and the Web API client's log lines, sent through our pino logger as text that has passed secret redaction
 * (a Slack token or signing secret can never get into a line this way).
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => logger.isLevelEnabled('debug') && logger.debug(text(msg)),
    info: (...msg) => logger.isLevelEnabled('info') && logger.info(text(msg)),
    warn: (...msg) => logger.warn(text(msg)),
    error: (...msg) => logger.error(text(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
