import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { tempDir } from '../helpers/engine.js';
import { startBlackHole } from '../helpers/probes/black-hole.js';
import { freshSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';

// kill -9 of a real `mailbox-doctor serve` process, then a restart on the same data: nothing lost, nothing twice
const running: ChildServer[] = [];
const holes: Array<{ close: () => Promise<void> }> = [];
const schemas: Array<Awaited<ReturnType<typeof freshSchema>>> = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await Promise.all(holes.map((h) => h.close()));
  await Promise.all(schemas.map((s) => s.drop()));
});

const TO_WAITING = ['sending-fails', 'yes', 'no', 'toggle-off', 'done'];

async function post(base: string, path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { id: string; status: string } };
}

interface Transcript {
  status: string;
  transcript: Array<{ seq: number; role: string; followUp?: true }>;
}
const read = async (base: string, id: string) => (await (await fetch(`${base}/api/chat/sessions/${id}`)).json()) as Transcript;

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function start(env: Record<string, string>) {
  const server = await startChildServer({ FOLLOW_UP_DELAY_SECONDS: '1', SCHEDULER_INTERVAL_MS: '50', FOLLOW_UP_LEASE_MS: '1000', ...env });
  running.push(server);
  return server;
}

function crashSuite(name: string, environment: () => Promise<Record<string, string>>) {
  describe(`a server killed with SIGKILL (${name})`, () => {
    it('fires every follow-up that was due when it died exactly once after the restart', async () => {
      const env = await environment();
      const first = await start(env);
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const id = (await post(first.url, '/api/chat/sessions', {})).body.id;
        for (const choice of TO_WAITING) await post(first.url, `/api/chat/sessions/${id}/messages`, { choice });
        ids.push(id);
        await new Promise((r) => setTimeout(r, 80)); // due times spread over about a second
      }
      // die as soon as the first follow-up has gone out: the others are due, claimed or half-way
      await until('a first follow-up', async () => ((await read(first.url, ids[0]!)).transcript.some((e) => e.followUp) ? true : null));
      await first.crash();
      // the crash landed in the middle: some follow-ups went out, others are still to fire
      const store = openStore(loadConfig(env));
      const sent = (await Promise.all(ids.map((id) => store.transcript(id)))).filter((t) => t.some((e) => e.proactive)).length;
      await store.close();
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThan(ids.length);

      const second = await start(env);
      const settled = await until('every follow-up', async () => {
        const all = await Promise.all(ids.map((id) => read(second.url, id)));
        return all.every((s) => s.status !== 'waiting') ? all : null;
      });
      // a claim the dead process held falls back after its lease; give a second pass the chance to misfire
      await new Promise((r) => setTimeout(r, 1500));
      const after = await Promise.all(ids.map((id) => read(second.url, id)));
      for (const session of [...settled, ...after]) expect(session.transcript.filter((e) => e.followUp)).toHaveLength(1);
      await second.stop();
    });

    it('loses no saved turn and leaves no half-written one when it dies while answering', async () => {
      const env = await environment();
      const first = await start(env);
      const ids = await Promise.all(Array.from({ length: 20 }, async () => (await post(first.url, '/api/chat/sessions', {})).body.id));
      const answered: string[] = [];
      const inFlight = ids.map((id) =>
        post(first.url, `/api/chat/sessions/${id}/messages`, { text: 'my emails are stuck in the outbox' }).then(
          (r) => void (r.status === 200 && answered.push(id)),
          () => undefined, // cut off by the crash
        ),
      );
      await new Promise((r) => setTimeout(r, 15));
      await first.crash();
      await Promise.all(inFlight);

      const second = await start(env);
      for (const id of ids) {
        const { transcript } = await read(second.url, id);
        expect(transcript.map((e) => e.seq)).toEqual(transcript.map((_, i) => i + 1));
        // the opening question, then whole turns only: a user line and its answer
        expect(transcript.map((e) => e.role)).toEqual(['bot', ...Array.from({ length: (transcript.length - 1) / 2 }, () => ['user', 'bot']).flat()]);
        if (answered.includes(id)) expect(transcript.length).toBe(3);
        // the session still takes a turn
        expect((await post(second.url, `/api/chat/sessions/${id}/messages`, { text: 'talk to a person' })).status).toBe(200);
      }
      await second.stop();
    });

    it('tells the person a check it was running when it died was interrupted, and offers it again', async () => {
      const hole = await startBlackHole();
      holes.push(hole);
      const target = `127.0.0.1`;
      const env = {
        ...(await environment()),
        MS_SMTP_HOST: target,
        MS_SMTP_PORT: String(hole.port),
        MS_IMAP_HOST: target,
        MS_IMAP_PORT: String(hole.port),
        MS_LOGIN_URL: `http://${target}:${hole.port}`,
        DNS_SERVERS: `${target}:${hole.port}`,
        PROBE_ALLOW_PRIVATE: 'true',
        PROBE_DEADLINE_MS: '60000',
        CHECK_LEASE_MS: '1000',
      };
      const first = await start(env);
      const id = (await post(first.url, '/api/chat/sessions', {})).body.id;
      await post(first.url, `/api/chat/sessions/${id}/messages`, { text: 'jo@contoso.com' });
      await post(first.url, `/api/chat/sessions/${id}/messages`, { choice: 'run-check' });
      // the check is under way: the mail servers have been reached and are not answering
      await until('the check to reach the servers', async () => (hole.connections() >= 2 ? true : null));
      await first.crash();

      const second = await start(env);
      const ask = () =>
        fetch(`${second.url}/api/chat/sessions/${id}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'hello? any news?' }),
        });
      // until the dead instance's lease has run out (CHECK_LEASE_MS), its check may still be running for all anyone knows
      let reply = await ask();
      for (let i = 0; i < 50 && reply.status === 409; i++) {
        expect(((await reply.json()) as { error: string }).error).toBe('still_checking');
        await new Promise((r) => setTimeout(r, 100));
        reply = await ask();
      }
      expect(reply.status).toBe(200);
      const body = (await reply.json()) as { messages: Array<{ text: string; choices: Array<{ id: string }> }> };
      expect(body.messages.map((m) => m.text).join('\n')).toMatch(/interrupted/);
      expect(body.messages.at(-1)?.choices.map((c) => c.id)).toContain('run-check');
      await second.stop();
    }, 30_000);
  });
}

crashSuite('SQLite', async () => ({ DATA_DIR: tempDir() }));

if (TEST_DATABASE_URL) {
  const url = TEST_DATABASE_URL;
  crashSuite('Postgres', async () => {
    const schema = await freshSchema(url);
    schemas.push(schema);
    return { DATA_DIR: tempDir(), DATABASE_URL: `${url}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}` };
  });
} else {
  console.warn('Crash tests on Postgres skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does).');
}
