import type { SlackContent } from '../../content/slack.en.js';
import { probesEn } from '../../content/probes.en.js';
import type { CheckProgress, DeviceCodePrompt } from '../../engine/live-checks.js';
import type { CheckId } from '../../probes/types.js';
import type { SessionRecord, Store } from '../../store/store.js';
import { contextBlock, sectionBlock, type Block } from './blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import type { ShownCodes } from './shown-codes.js';
import type { SlackApi, Target } from './web-api.js';

const PROGRESS_BLOCK = 'mbd_progress';

/** The running check's one message: where it is, who started the check, and the line shown last. */
interface ProgressMessage {
  target: Target;
  /** who started the check: the only person who sees the sign-in code */
  by: string;
  /** the message's words without the progress line */
  blocks: Block[];
  text: string;
  /** the message's ts once posted; null when posting failed */
  ts: Promise<string | null>;
  line: string;
  shown: string;
  writing: Promise<void> | null;
  again: boolean;
  ended: boolean;
}

export interface CheckMessageDeps {
  api: SlackApi;
  store: Store;
  content: SlackContent;
  codes: ShownCodes;
  /** where the Slack channel's sessions are and who the conversation belongs to */
  placeOf(session: SessionRecord): (Target & { user: string }) | null;
  background(task: () => Promise<unknown>, where: string): void;
}

/** A handle on the "Checking…" message while it is being posted. */
export interface ProgressPost {
  blocks: Block[];
  posted(ts: string | null): void;
}

/** What the person sees of the checks running now: the names of the checks and how many come after them. */
export function progressLine(content: SlackContent, progress: CheckProgress): string {
  const left = Math.max(0, progress.total - progress.done.length - progress.running.length);
  if (progress.running.length === 0) return progress.done.length > 0 && left === 0 ? content.check.finishing : content.check.starting;
  const names = progress.running.map((id) => escapeMrkdwn(probesEn.checks[id as CheckId]?.name ?? id));
  return content.check.progress(names, left);
}

const withLine = (blocks: Block[], line: string): Block[] => [...blocks, { ...contextBlock(line), block_id: PROGRESS_BLOCK } as Block];

/**
 * The progress of live checks in Slack: the turn that starts a check is posted once, without buttons, and updated in
 * place as the checks run; the sign-in code goes only to the person who started the check, as an ephemeral message;
 * when the result arrives the message says so.
 */
export class CheckMessages {
  private readonly messages = new Map<string, ProgressMessage>();

  constructor(private readonly deps: CheckMessageDeps) {}

  /**
   * Called before the turn that started a check is posted: returns the blocks to post and a callback for its ts, or
   * null when a progress message for this check is already shown (a later turn during the check is an ordinary post).
   */
  begin(sessionId: string, target: Target, by: string, blocks: Block[], text: string): ProgressPost | null {
    const existing = this.messages.get(sessionId);
    if (existing && !existing.ended) return null;
    let settle: (ts: string | null) => void = () => undefined;
    const base = blocks.filter((block) => block.type !== 'actions');
    const line = this.deps.content.check.starting;
    const message: ProgressMessage = {
      target,
      by,
      blocks: base,
      text,
      ts: new Promise((resolve) => (settle = resolve)),
      line,
      shown: line,
      writing: null,
      again: false,
      ended: false,
    };
    this.messages.set(sessionId, message);
    return {
      blocks: withLine(base, line),
      posted: (ts) => {
        // progress that came in meanwhile is already waiting for the ts (see write)
        settle(ts);
        if (ts === null && this.messages.get(sessionId) === message) this.messages.delete(sessionId);
      },
    };
  }

  /** Whether a progress message of this session's check is shown now. */
  showing(sessionId: string): boolean {
    return this.messages.has(sessionId);
  }

  /** A check reported progress: the message shows it (updates are sent one at a time; only the newest counts). */
  progress(sessionId: string, progress: CheckProgress): void {
    const message = this.messages.get(sessionId);
    if (!message || message.ended) return;
    message.line = progressLine(this.deps.content, progress);
    this.write(message);
  }

  /** The sign-in code and link, to the person who started the check only. */
  signIn(sessionId: string, prompt: DeviceCodePrompt): void {
    this.deps.codes.add(prompt.userCode);
    this.deps.background(async () => {
      const message = this.messages.get(sessionId);
      let target: Target;
      let user: string;
      if (message) {
        await message.ts;
        ({ target, by: user } = message);
      } else {
        // a check started on a path that posted no progress message: its session says where and whose it is
        const session = await this.deps.store.getSession(sessionId);
        const place = session ? this.deps.placeOf(session) : null;
        if (!place) return;
        target = { channel: place.channel, threadTs: place.threadTs };
        user = place.user;
      }
      const words = this.deps.content.check.signIn(escapeMrkdwn(prompt.verificationUri), escapeMrkdwn(prompt.userCode));
      await this.deps.api.ephemeral(target, user, words);
    }, 'check sign-in');
  }

  /** The check is over (its result came, or the conversation moved on): the message says so and is not touched again. */
  async end(sessionId: string, finished: boolean): Promise<void> {
    const message = this.messages.get(sessionId);
    if (!message) return;
    this.messages.delete(sessionId);
    message.ended = true;
    const ts = await message.ts;
    await message.writing;
    if (!ts) return;
    const line = finished ? this.deps.content.check.done : this.deps.content.check.stopped;
    await this.deps.api.update(message.target.channel, ts, withLine(message.blocks, line), message.text);
  }

  /**
   * A check cut off by a restart (reported by its watchdog in a new process): its progress message, known only from
   * the session's meta, says that it stopped.
   */
  async endStored(target: Target, stored: { ts: string; text: string }): Promise<void> {
    // the stored text is the message's notification text, already escaped
    const blocks = [sectionBlock(stored.text)];
    await this.deps.api.update(target.channel, stored.ts, withLine(blocks, this.deps.content.check.stopped), stored.text);
  }

  private write(message: ProgressMessage): void {
    if (message.writing) {
      message.again = true;
      return;
    }
    const run = async () => {
      try {
        const ts = await message.ts;
        if (!ts) return;
        do {
          message.again = false;
          if (message.ended || message.line === message.shown) continue;
          const line = message.line;
          message.shown = line;
          await this.deps.api.update(message.target.channel, ts, withLine(message.blocks, line), message.text);
        } while (message.again && !message.ended);
      } finally {
        // in the same step as the last check of `again`, so that no update can fall in between
        message.writing = null;
      }
    };
    const writing = run();
    message.writing = writing;
    this.deps.background(() => writing, 'check progress');
  }
}
