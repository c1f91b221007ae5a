import type { Engine } from '../engine/engine.js';
import type { Logger } from '../logger.js';

/**
 * One structured log line per saved turn, carrying its session id. Only identifiers and state names: never the text
 * a person typed (it can hold an address or a pasted secret).
 *
 * Written without the logger's redaction: the line's fields are fixed here and none can hold a secret, and pino's
 * redaction parses its dozen paths again for every line (about 4 µs and several KB of garbage a line, measured).
 */
export function logTurns(engine: Engine, logger: Logger): void {
  const lines = logger.child({}, { redact: [] });
  engine.onTurn((result, info) => {
    const { session, view } = result;
    lines.info(
      {
        sessionId: session.id,
        channel: session.channel,
        version: session.version,
        state: view.key,
        status: session.status,
        kind: info.created ? 'start' : info.proactive ? 'follow-up' : 'user',
        ...(view.notice?.kind === 'diagnosed' ? { diagnosis: view.notice.code } : {}),
      },
      'turn',
    );
  });
}
