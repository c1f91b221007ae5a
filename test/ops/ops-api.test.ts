import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type RunningApp } from '../helpers/server.js';

const KEY = 'operator-key-0123456789abcdef';
let server: RunningApp;
beforeAll(async () => {
  server = await startApp({ OPERATOR_API_KEY: KEY });
});
afterAll(() => server.close());

async function converse(...texts: string[]) {
  const created = await postJson(`${server.url}/api/chat/sessions`, {});
  const id = created.body.id as string;
  for (const text of texts) await postJson(`${server.url}/api/chat/sessions/${id}/messages`, { text });
  return id;
}

const stats = (query = '', key: string | null = KEY) =>
  fetch(`${server.url}/api/stats${query}`, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });

describe('GET /metrics', () => {
  it('shows turns, diagnoses, sessions by status and the web channel’s ack latency in Prometheus format', async () => {
    await converse('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.');
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain; version=0.0.4/);
    const text = await res.text();
    expect(text).toMatch(/^mailbox_doctor_turns_total\{channel="web",kind="start"\} [1-9]/m);
    expect(text).toMatch(/^mailbox_doctor_turns_total\{channel="web",kind="user"\} [1-9]/m);
    expect(text).toMatch(/^mailbox_doctor_diagnoses_total\{code="smtp-auth-disabled"\} [1-9]/m);
    expect(text).toMatch(/^mailbox_doctor_sessions\{status="active"\} [1-9]/m);
    expect(text).toMatch(/^mailbox_doctor_ack_seconds_count\{channel="web"\} [2-9]/m);
    expect(text).toMatch(/^mailbox_doctor_outbox_backlog 0$/m);
    expect(text).toMatch(/^# TYPE mailbox_doctor_scheduler_lag_seconds histogram$/m);
    expect(text).toMatch(/^mailbox_doctor_process_resident_memory_bytes \d+/m);
  });
});

describe('GET /api/stats', () => {
  it('answers per entry symptom and per path how conversations ended', async () => {
    await converse('my emails are stuck in the outbox', 'talk to a person');
    await converse('my account keeps disconnecting whenever I send', 'I am', 'nope', "it's unchecked", 'saved', 'I already waited, test now', 'works now');
    const res = await stats();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: { resolved: number; escalated: number }; bySymptom: Array<{ symptom: string; resolved: number; escalated: number }> };
    expect(body.total.resolved).toBeGreaterThanOrEqual(1);
    expect(body.total.escalated).toBeGreaterThanOrEqual(1);
    const sending = body.bySymptom.find((s) => s.symptom === 'sending');
    expect(sending).toMatchObject({ resolved: 1, escalated: 1, medianSecondsToResolution: expect.any(Number) });
  });

  it('lists the messages the assistant did not understand, most frequent first, with secrets taken out', async () => {
    await converse('flibber wobble quux');
    await converse('zork blorp bearer hunter2secret99');
    await converse('Flibber  wobble quux!');
    const body = (await (await stats()).json()) as {
      misunderstood: { total: number; mostFrequent: Array<{ text: string; state: string; locale: string; count: number; lastAt: string }> };
    };
    expect(body.misunderstood.total).toBeGreaterThanOrEqual(3);
    expect(body.misunderstood.mostFrequent[0]).toMatchObject({ text: 'flibber wobble quux', state: 'askingSymptom', locale: 'en', count: 2 });
    const secret = body.misunderstood.mostFrequent.find((m) => m.text.startsWith('zork'));
    expect(secret?.text).toBe('zork blorp bearer [redacted]');
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });

  it('keeps the language of a misunderstood message', async () => {
    const created = await postJson(`${server.url}/api/chat/sessions`, { locale: 'de' });
    await postJson(`${server.url}/api/chat/sessions/${created.body.id as string}/messages`, { text: 'flibber wobble quux' });
    const body = (await (await stats()).json()) as { misunderstood: { mostFrequent: Array<{ text: string; locale: string; count: number }> } };
    expect(body.misunderstood.mostFrequent).toContainEqual(expect.objectContaining({ text: 'flibber wobble quux', locale: 'de', count: 1 }));
  });

  it('asks for the operator key, and refuses a wrong one', async () => {
    const missing = await stats('', null);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { message: string }).message).toMatch(/OPERATOR_API_KEY/);
    expect((await stats('', 'wrong-key-0123456789abcdefgh')).status).toBe(401);
  });

  it('names a period it cannot read', async () => {
    const bad = await stats('?from=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_period', message: expect.stringMatching(/"from" must be a date/) });
    expect((await stats('?from=2026-11-02&to=2026-11-01')).status).toBe(400);
    expect((await stats('?from=2020-01-01&to=2026-01-01')).status).toBe(400);
    expect((await stats('?from=2026-11-01&to=2026-11-02')).status).toBe(200);
  });

  it('is switched off, saying how to switch it on, when no operator key is set', async () => {
    const plain = await startApp();
    try {
      const res = await fetch(`${plain.url}/api/stats`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { message: string }).message).toMatch(/set OPERATOR_API_KEY/);
    } finally {
      await plain.close();
    }
  });
});
