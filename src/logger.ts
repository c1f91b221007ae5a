import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/**
 * Without a destination, lines go to stdout in writes of about 4 KB, at least every 200 ms: one write per line (pino's
 * default) cost a busy server a system call per reply. Whatever is buffered is written when the process exits, after
 * a crash too; only a kill -9 or a power cut can lose the last fraction of a second.
 */
const STDOUT = { dest: 1, minLength: 4096, periodicFlush: 200 };

/** Structured JSON logs; fields that could carry a secret are censored wherever they appear. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    redact: {
      paths: [
        'token',
        'password',
        'secret',
        'authorization',
        'headers.authorization',
        '*.token',
        '*.password',
        '*.secret',
        '*.authorization',
        'req.headers.authorization',
        'deviceCode',
        '*.deviceCode',
      ],
      censor: '[redacted]',
    },
    base: undefined,
  };
  return pino(options, destination ? (destination as never) : pino.destination(STDOUT));
}
