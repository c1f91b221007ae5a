import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { redact } from '../../engine/redact.js';
import type { Logger } from '../../logger.js';

function text(parts: unknown[], scrub: (text: string) => string): string {
  return redact(
    scrub(
      parts
        .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part)))
        .join(' '),
    ),
  );
}

/**
 * Bolt's and the Web API client's log lines, sent through our pino logger as text that has passed secret redaction
 * (a Slack token or signing secret can never get into a line this way) and through `scrub` (the sign-in codes shown).
 */
export function boltLogger(logger: Logger, scrub: (text: string) => string = (t) => t): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => logger.isLevelEnabled('debug') && logger.debug(text(msg, scrub)),
    info: (...msg) => logger.isLevelEnabled('info') && logger.info(text(msg, scrub)),
    warn: (...msg) => logger.warn(text(msg, scrub)),
    error: (...msg) => logger.error(text(msg, scrub)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
