import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type RunningApp } from '../helpers/server.js';

const KEY = 'operator-key-feedback-0123456789';
let server: RunningApp;
beforeAll(async () => {
  server = await startApp({ OPERATOR_API_KEY: KEY, TRUSTED_PROXY_HEADER: 'x-forwarded-for' });
});
afterAll(() => server.close());

type Message = { text: string; choices: Array<{ id: string; label: string }> };

let clients = 0;

/** A web conversation that reaches a resolution, as typed by a person of their own (address); its id and last reply. */
async function resolvedConversation(client = `198.51.100.${++clients}`) {
  const created = await postJson(`${server.url}/api/chat/sessions`, {}, { 'x-forwarded-for': client });
  const id = created.body.id as string;
  let last = created;
  for (const text of ['my account keeps disconnecting whenever I send', 'I am', 'nope', "it's unchecked", 'saved', 'I already waited, test now', 'works now']) {
    last = await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { text });
  }
  return { id, last };
}

const answer = (id: string, body: unknown) => postJson(`${server.url}/api/chat/sessions/${id}/messages`, body);
const stats = async () => (await fetch(`${server.url}/api/stats`, { headers: { authorization: `Bearer ${KEY}` } })).json() as Promise<Record<string, unknown>>;

describe('"did this help?" over the JSON chat API', () => {
  it('ends a resolved conversation with the question and its two answers, helpful and not-helpful', async () => {
    const { id, last } = await resolvedConversation();
    expect(last.body.status).toBe('resolved');
    const messages = last.body.messages as Message[];
    expect(messages.at(-1)).toEqual({ text: 'Did this help?', choices: [{ id: 'helpful', label: 'Yes, it helped' }, { id: 'not-helpful', label: "No, it didn't" }] });
    const read = (await (await fetch(`${server.url}/api/chat/sessions/${id}`)).json()) as { feedback: { question: string } | null };
    expect(read.feedback?.question).toBe('Did this help?');
  });

  it('records an answer and a comment; /api/stats and /metrics count it per path and channel', async () => {
    const { id } = await resolvedConversation();
    const thanked = await answer(id, { choice: 'not-helpful' });
    expect(thanked.status).toBe(200);
    expect((thanked.body.messages as Message[])[0]?.text).toBe("Thanks for telling us. We'll use it to do better.");
    const commented = await answer(id, { choice: 'not-helpful', comment: 'The steps were fine but too long.' });
    expect((commented.body.messages as Message[])[0]?.text).toBe('Thanks, your comment is with the team now.');
    const other = await resolvedConversation();
    await answer(other.id, { choice: 'helpful' });

    const body = (await stats()) as {
      total: { feedback: { helpful: number; notHelpful: number } };
      byPath: Array<{ path: string; feedback: { helpful: number; notHelpful: number } }>;
      byChannel: Array<{ channel: string; feedback: { helpful: number; notHelpful: number } }>;
    };
    expect(body.total.feedback).toEqual({ helpful: 1, notHelpful: 1 });
    expect(body.byPath.find((p) => p.path === 'sending')?.feedback).toEqual({ helpful: 1, notHelpful: 1 });
    expect(body.byChannel).toEqual([{ channel: 'web', feedback: { helpful: 1, notHelpful: 1 } }]);

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^mailbox_doctor_feedback_total\{channel="web",path="sending",answer="not-helpful"\} 1$/m);
    expect(metrics).toMatch(/^mailbox_doctor_feedback_total\{channel="web",path="sending",answer="helpful"\} 1$/m);
  });

  it('keeps asking at an address another visitor left it unanswered from (an office shares one address)', async () => {
    await resolvedConversation('203.0.113.7');
    const { last } = await resolvedConversation('203.0.113.7');
    expect((last.body.messages as Message[]).map((m) => m.text)).toContain('Did this help?');
  });

  it('says clearly when an answer or a comment does not fit', async () => {
    const created = await postJson(`${server.url}/api/chat/sessions`, {});
    const id = created.body.id as string;
    const early = await answer(id, { choice: 'helpful' });
    expect(early.status).toBe(400);
    expect(early.body.error).toBe('choice_not_offered');
    const misplaced = await answer(id, { choice: 'human', comment: 'hi' });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.message).toMatch(/"comment" goes only with the answer to "did this help\?"/);
    const long = await answer(id, { choice: 'not-helpful', comment: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.body.message).toMatch(/longer than 500 characters/);
  });
});
