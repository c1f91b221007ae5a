import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/server.js';

let server: RunningApp;
beforeAll(async () => {
  server = await startApp({ FOLLOW_UP_DELAY_SECONDS: '1', SCHEDULER_INTERVAL_MS: '100' });
});
afterAll(() => server.close());

async function newSession() {
  const created = await postJson(`${server.url}/api/chat/sessions`, {});
  return created.body.id as string;
}

describe('the chat API', () => {
  it('creates a session and answers with the first question and its choices', async () => {
    const res = await postJson(`${server.url}/api/chat/sessions`, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'active', diagnoses: [] });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.messages.map((m: { text: string }) => m.text).join('\n')).toMatch(/What are you seeing/);
    expect(res.body.messages.at(-1).choices).toContainEqual({ id: 'sending-fails', label: expect.any(String) });
    expect(res.body.messages.at(-1).choices).toContainEqual({ id: 'human', label: 'Talk to a person' });
  });

  it('takes a choice or free text and returns the new messages', async () => {
    const id = await newSession();
    const byChoice = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { choice: 'sending-fails' });
    expect(byChoice.status).toBe(200);
    expect(byChoice.body.messages.map((m: { text: string }) => m.text).join('\n')).toMatch(/admin/);
    const byText = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { text: "I'm not an admin" });
    expect(byText.body.messages.map((m: { text: string }) => m.text).join('\n')).toMatch(/Message for your Microsoft 365 admin/);
  });

  it('names the diagnosis of a pasted error in the response', async () => {
    const id = await newSession();
    const res = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, {
      text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    });
    expect(res.body.diagnoses).toEqual(['smtp-auth-disabled']);
  });

  it('returns the whole transcript, including a follow-up that arrived since', async () => {
    const id = await newSession();
    for (const choice of ['sending-fails', 'yes', 'no', 'toggle-on', 'done']) {
      await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { choice });
    }
    const waiting = await getJson(`${server.url}/api/chat/sessions/${id}`);
    expect(waiting.status).toBe('waiting');
    let after = waiting;
    for (let i = 0; i < 50 && after.status === 'waiting'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await getJson(`${server.url}/api/chat/sessions/${id}`);
    }
    expect(after.status).toBe('active');
    const last = after.transcript[after.transcript.length - 1];
    expect(last).toMatchObject({ role: 'bot', followUp: true });
    expect(last.text).toMatch(/reconnect the mailbox/);
    expect(after.transcript.filter((e: { followUp?: boolean }) => e.followUp)).toHaveLength(1);
  });

  it('answers 404 for an unknown session, on every route', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await postJson(`${server.url}/api/chat/sessions/${unknown}/messages`, { text: 'hi' })).status).toBe(404);
    const get = await fetch(`${server.url}/api/chat/sessions/${unknown}`);
    expect(get.status).toBe(404);
    expect(((await get.json()) as { message: string }).message).toMatch(/POST \/api\/chat\/sessions/);
    expect((await fetch(`${server.url}/api/chat/sessions/not-a-uuid`)).status).toBe(404);
  });

  it('answers 400 naming the problem for malformed JSON or a body that is neither text nor choice', async () => {
    const id = await newSession();
    const url = `${server.url}/api/chat/sessions/${id}/messages`;
    const malformed = await postJson(url, '{"text": ');
    expect(malformed).toMatchObject({ status: 400, body: { error: 'malformed_json' } });
    const neither = await postJson(url, { hello: 'there' });
    expect(neither.status).toBe(400);
    expect(neither.body.message).toMatch(/"hello"/);
    const both = await postJson(url, { text: 'a', choice: 'yes' });
    expect(both.body.message).toMatch(/not both/);
    const wrongType = await postJson(url, { text: 42 });
    expect(wrongType.body.message).toMatch(/"text" must be a string/);
    const array = await postJson(url, [1, 2]);
    expect(array.body.message).toMatch(/JSON object/);
    expect((await postJson(`${server.url}/api/chat/sessions`, { anything: 1 })).status).toBe(400);
  });

  it('refuses a choice that is not offered now with 400 and leaves the session unchanged', async () => {
    const id = await newSession();
    const res = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { choice: 'toggle-on' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('choice_not_offered');
    expect(res.body.offered).toContain('sending-fails');
    const session = await getJson(`${server.url}/api/chat/sessions/${id}`);
    expect(session.transcript).toHaveLength(1);
  });

  it('refuses text over 4,000 characters with 413', async () => {
    const id = await newSession();
    const res = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { text: 'x'.repeat(4001) });
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/4000 characters/);
    const huge = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { text: 'x'.repeat(400_000) });
    expect(huge.status).toBe(413);
  });

  it('serves the chat page, its script and a health check', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<label class="sr" for="text">');
    expect((await fetch(`${server.url}/chat.js`)).status).toBe(200);
    expect(await getJson(`${server.url}/healthz`)).toEqual({ ok: true });
  });

  it('answers unknown paths with 404 and wrong methods with 405, as JSON', async () => {
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toBe('not_found');
    const wrong = await fetch(`${server.url}/api/chat/sessions`, { method: 'GET' });
    expect(wrong.status).toBe(405);
  });
});
