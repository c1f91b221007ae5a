import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { logTurns } from '../../src/ops/turn-log.js';
import { makeEngine } from '../helpers/engine.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('the turn log', () => {
  it('writes one JSON line per turn carrying the session id, and never what the person typed', async () => {
    const { lines, logger } = capture();
    const { engine, store } = makeEngine();
    logTurns(engine, logger);
    const started = await engine.start('web', 'log-1');
    const secret = 'password Hunter2-secret and 535 5.7.139 SmtpClientAuthentication is disabled for the Tenant';
    await engine.send(started.session.id, { text: secret });
    await new Promise((resolve) => setImmediate(resolve));
    await store.close();
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatchObject({ msg: 'turn', sessionId: started.session.id, channel: 'web' });
    expect(lines[0]).toMatchObject({ kind: 'start', version: 1 });
    expect(lines[1]).toMatchObject({ kind: 'user', version: 2, diagnosis: 'smtp-auth-disabled' });
    expect(JSON.stringify(lines)).not.toMatch(/Hunter2/);
  });
});
