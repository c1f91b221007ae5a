import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

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
  return destination ? pino(options, destination as never) : pino(options);
}
