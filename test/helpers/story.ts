import { expect } from 'vitest';
import type { TurnResult } from '../../src/engine/engine.js';
import type { ViewKey } from '../../src/machine/view-keys.js';
import type { Locale } from '../../src/content/locales.js';
import { fakeClock, makeEngine } from './engine.js';

/**
 * A transcript table: each row is [what the person says, the state the assistant is then in, something its answer
 * must say]. The special line '(follow-up)' lets the follow-up come due; '(wait N)' lets N minutes pass.
 */
export type Row = [says: string, then: ViewKey, answerSays?: RegExp];

export function said(result: TurnResult): string {
  return result.messages.map((m) => m.text).join('\n\n');
}

/** Plays a story through the real engine; with `locale`, the conversation starts in that language (all five spoken). */
export async function play(rows: Row[], options: { followUpMinutes?: number; locale?: Locale } = {}) {
  const clock = fakeClock();
  const followUpDelayMs = (options.followUpMinutes ?? 30) * 60 * 1000;
  const { engine, store } = makeEngine({ now: clock.now, followUpDelayMs, all: true });
  const started = await engine.start('web', `story-${Math.random()}`, {}, [], { locale: options.locale });
  const id = started.session.id;
  let last = started;
  const turns: TurnResult[] = [];
  for (const [says, then, answerSays] of rows) {
    const wait = /^\(wait (\d+)\)$/.exec(says);
    if (wait) {
      clock.advance(Number(wait[1]) * 60 * 1000);
      continue;
    }
    if (says === '(follow-up)') {
      clock.advance(followUpDelayMs + 60 * 1000);
      const heard: TurnResult[] = [];
      engine.onProactive('web', (r) => void heard.push(r));
      expect(await engine.fireDueFollowUps('test')).toBe(1);
      last = heard[0] ?? last;
    } else {
      const outcome = await engine.send(id, { text: says });
      if (!outcome.ok) throw new Error(`"${says}" failed: ${outcome.error}`);
      last = outcome;
    }
    turns.push(last);
    expect(last.view.key, `after "${says}"`).toBe(then);
    if (answerSays) expect(said(last), `answer to "${says}"`).toMatch(answerSays);
  }
  const transcript = await engine.transcript(id);
  const pending = await store.pendingFollowUp(id);
  await store.close();
  return { last, turns, transcript, pending, clock };
}
