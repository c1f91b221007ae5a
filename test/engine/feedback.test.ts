import { describe, expect, it } from 'vitest';
import { makeEngine } from '../helpers/engine.js';
import type { Engine, TurnOutcome } from '../../src/engine/engine.js';

const ok = (outcome: TurnOutcome) => {
  if (!outcome.ok) throw new Error(`turn failed: ${outcome.error}`);
  return outcome;
};

/** A web conversation of one person (a client digest) that ends when they ask for a person. */
async function endedConversation(engine: Engine, client = 'client-a') {
  const started = await engine.start('web', crypto.randomUUID(), { webClient: client });
  const ended = ok(await engine.send(started.session.id, { choice: 'human' }));
  return { id: started.session.id, ended };
}

describe('"did this help?"', () => {
  it('is asked by the message that ends a conversation, last and on its own, with the two answers', async () => {
    const { engine } = makeEngine();
    const { ended } = await endedConversation(engine);
    expect(ended.session.status).toBe('escalated');
    expect(ended.presentation.feedback?.question).toBe('Did this help?');
    expect(ended.presentation.feedback?.choices.map((c) => c.id)).toEqual(['helpful', 'not-helpful']);
    const last = ended.messages.at(-1)!;
    expect(last.text).toBe('Did this help?');
    expect(last.choices.map((c) => c.id)).toEqual(['helpful', 'not-helpful']);
  });
});

describe('answering "did this help?"', () => {
  it('thanks the person, keeps the conversation ended, and is counted once per path and channel', async () => {
    const { engine, store } = makeEngine();
    const { id } = await endedConversation(engine);
    const answered = ok(await engine.send(id, { choice: 'not-helpful' }));
    expect(answered.session.status).toBe('escalated');
    expect(answered.presentation.notice).toBe("Thanks for telling us. We'll use it to do better.");
    expect(answered.presentation.feedback).toBeNull();
    const counts = await store.feedbackCounts(0, Date.now() + 1000);
    expect(counts).toEqual([{ channel: 'web', path: null, answer: 'not-helpful', count: 1 }]);
    // the person's answer is in the transcript, as they saw it
    expect((await engine.transcript(id)).at(-2)?.text).toBe("No, it didn't");
  });

  it('takes a comment added afterwards (redacted), replacing the answer rather than counting it twice', async () => {
    const { engine, store } = makeEngine();
    const { id } = await endedConversation(engine);
    ok(await engine.send(id, { choice: 'not-helpful' }));
    const commented = ok(await engine.send(id, { choice: 'not-helpful', comment: 'It never asked for my login. My password is hunter2' }));
    expect(commented.presentation.notice).toBe('Thanks, your comment is with the team now.');
    expect(await store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'web', path: null, answer: 'not-helpful', count: 1 }]);
    const said = (await engine.transcript(id)).at(-2)?.text ?? '';
    expect(said).toContain('It never asked');
    expect(said).not.toContain('hunter2');
  });

  it('is taken whatever the conversation said since (an old button), but not before the question was asked', async () => {
    const { engine } = makeEngine();
    const { id, ended } = await endedConversation(engine);
    ok(await engine.send(id, { text: 'thanks!' }));
    const late = await engine.send(id, { choice: 'helpful', version: ended.session.version });
    expect(late.ok && late.presentation.notice).toBe('Thanks for letting us know. Glad it helped!');

    const open = await engine.start('web', crypto.randomUUID(), { webClient: 'client-b' });
    const early = await engine.send(open.session.id, { choice: 'helpful' });
    expect(early.ok).toBe(false);
    expect(!early.ok && early.error).toBe('choice-not-offered');
  });

  it('is not shown again after an afterword, and the page that reloads still shows it until answered', async () => {
    const { engine } = makeEngine();
    const { id } = await endedConversation(engine);
    expect((await engine.current(id))?.presentation.feedback?.question).toBe('Did this help?');
    const thanks = ok(await engine.send(id, { text: 'thank you' }));
    expect(thanks.presentation.feedback).toBeNull();
    expect(thanks.messages.map((m) => m.text)).not.toContain('Did this help?');
    ok(await engine.send(id, { choice: 'helpful' }));
    expect((await engine.current(id))?.presentation.feedback).toBeNull();
  });

  it('is not asked again of a Slack person who ignored it, and still asked of everyone else', async () => {
    const { engine } = makeEngine();
    const slackConversation = async (user: string) => {
      const started = await engine.start('slack', crypto.randomUUID(), { slackUser: user });
      return { id: started.session.id, ended: ok(await engine.send(started.session.id, { choice: 'human' })) };
    };
    expect((await slackConversation('U-IGNORES')).ended.presentation.feedback).not.toBeNull();
    const second = await slackConversation('U-IGNORES');
    expect(second.ended.presentation.feedback).toBeNull();
    expect(second.ended.messages.map((m) => m.text)).not.toContain('Did this help?');
    expect((await slackConversation('U-IGNORES')).ended.presentation.feedback).toBeNull();

    const answers = await slackConversation('U-ANSWERS');
    ok(await engine.send(answers.id, { choice: 'helpful' }));
    expect((await slackConversation('U-ANSWERS')).ended.presentation.feedback).not.toBeNull();
  });

  it('keeps asking web visitors, who may share one address (an office behind one gateway)', async () => {
    const { engine } = makeEngine();
    await endedConversation(engine, 'office');
    expect((await endedConversation(engine, 'office')).ended.presentation.feedback).not.toBeNull();
  });

  it('takes one answer and one comment to it: a second click, another answer or a second comment changes nothing', async () => {
    const { engine, store } = makeEngine();
    const { id } = await endedConversation(engine);
    ok(await engine.send(id, { choice: 'helpful' }));
    const again = await engine.send(id, { choice: 'helpful' });
    expect(!again.ok && again.error).toBe('choice-not-offered');
    ok(await engine.send(id, { choice: 'helpful', comment: 'Quick and clear.' }));
    const more = await engine.send(id, { choice: 'helpful', comment: 'And another thing' });
    expect(!more.ok && more.error).toBe('choice-not-offered');
    const other = await engine.send(id, { choice: 'not-helpful' });
    expect(!other.ok && other.error).toBe('choice-not-offered');
    expect(await store.feedbackCounts(0, Date.now() + 1000)).toEqual([{ channel: 'web', path: null, answer: 'helpful', count: 1 }]);
  });

  it('is asked in the conversation\'s language', async () => {
    const { engine } = makeEngine({ all: true });
    const started = await engine.start('web', crypto.randomUUID(), { webClient: 'es' }, [], { locale: 'es' });
    const ended = ok(await engine.send(started.session.id, { choice: 'human' }));
    expect(ended.presentation.feedback?.question).toBe('¿Te ha servido?');
    expect(ended.presentation.feedback?.choices.map((c) => c.label)).toEqual(['Sí, me sirvió', 'No, no me sirvió']);
  });
});

/** A Slack conversation handed to a person at once: its engine, conversation key and session id. */
async function handedOver() {
  const { engine } = makeEngine();
  const key = crypto.randomUUID();
  const started = await engine.start('slack', key, {});
  ok(await engine.send(started.session.id, { choice: 'human' }));
  return { engine, key, id: started.session.id };
}

describe('a word after a conversation ended', () => {
  it.each(['thanks!', 'got it', 'ok, will do', 'one sec'])('"%s" belongs to the conversation that ended, not a new one', async (text) => {
    const { engine, key, id } = await handedOver();
    const { session, created } = await engine.sessionFor('slack', key, {}, text);
    expect(created).toBeNull();
    expect(session.id).toBe(id);
  });

  it('"got it" there gets a line that fits a conversation that has ended', async () => {
    const { engine, key } = await handedOver();
    const { session } = await engine.sessionFor('slack', key, {}, 'got it');
    const reply = ok(await engine.send(session.id, { text: 'got it' }));
    expect(reply.messages.map((m) => m.text)).toEqual(['Sure.', 'A person from support will reply here. You can keep asking me in the meantime.']);
  });

  it('a new problem after it opens a new conversation', async () => {
    const { engine, key, id } = await handedOver();
    const { session } = await engine.sessionFor('slack', key, {}, 'my emails are stuck in the outbox again');
    expect(session.id).not.toBe(id);
  });
});

describe('a general request for help in another language mid-path', () => {
  it('shows the step once, whole, in that language (not also as a "what now?" answer)', async () => {
    const { engine } = makeEngine({ all: true });
    const started = await engine.start('web', crypto.randomUUID(), { webClient: 'x' });
    ok(await engine.send(started.session.id, { text: 'close says my mailbox is disconnected every time i email a lead' }));
    const reply = ok(await engine.send(started.session.id, { text: 'necesito ayuda con mi correo de outlook' }));
    expect(reply.locale).toBe('es');
    const texts = reply.messages.map((m) => m.text);
    expect(texts.filter((t) => t.startsWith('La solución es una opción'))).toHaveLength(1);
    expect(texts.at(-1)).toMatch(/¿Eres administrador de Microsoft 365/);
  });
});
