import type { ApiCall } from './fake-slack-api.js';
import { blockAction, sendInteraction, type SlackResponse } from './slack-requests.js';

interface Element {
  type: string;
  action_id: string;
  value?: string;
  text?: { text: string };
}

/** Every interactive element of a posted message, with the id of its block. */
export function elementsOf(post: ApiCall): Array<Element & { block_id: string }> {
  const blocks = (post.args.blocks ?? []) as Array<{ type: string; block_id?: string; elements?: Element[] }>;
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id ?? '' })));
}

export function choiceIds(post: ApiCall): string[] {
  return elementsOf(post)
    .filter((e) => e.action_id.startsWith('mbd_choice_'))
    .map((e) => e.action_id.slice('mbd_choice_'.length));
}

/** The visible words of a posted message (sections, contexts, rich text), joined. */
export function wordsOf(post: ApiCall): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.text === 'string') out.push(n.text);
    for (const [key, value] of Object.entries(n)) if (key !== 'value' && typeof value === 'object') walk(value);
  };
  walk(post.args.blocks);
  return out.join('\n');
}

/** Clicks a choice button of a message the bot posted, as Slack would send the click. */
export function click(base: string, post: ApiCall, choice: string, user = 'U0ALICE'): Promise<SlackResponse> {
  const element = elementsOf(post).find((e) => e.action_id === `mbd_choice_${choice}`);
  if (!element) throw new Error(`no ${choice} button on that message; it has ${choiceIds(post).join(', ')}`);
  return clickElement(base, post, element, user);
}

export function clickElement(base: string, post: ApiCall, element: Element & { block_id: string }, user = 'U0ALICE', extra: Record<string, unknown> = {}): Promise<SlackResponse> {
  return sendInteraction(
    base,
    blockAction({
      user,
      channel: String(post.args.channel),
      message: { ts: String(post.reply?.ts), ...(post.args.thread_ts ? { thread_ts: String(post.args.thread_ts) } : {}), blocks: post.args.blocks },
      action: { ...element, ...extra },
    }),
  );
}
