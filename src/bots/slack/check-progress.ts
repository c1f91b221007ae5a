import type { SlackContent } from '../../content/slack.en.js';
import { probesEn, type ProbeContent } from '../../content/probes.en.js';
import { PROBE_WORDS } from '../../content/catalog.js';
import type { Locale } from '../../content/locales.js';
import type { CheckProgress, DeviceCodePrompt } from '../../engine/live-checks.js';
import type { CheckId } from '../../probes/types.js';
import type { Engine } from '../../engine/engine.js';
import type { SessionRecord } from '../../store/store.js';
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
  /** the conversation's words, and the names of the checks in its language */
  words: SlackContent;
  probes: ProbeContent;
  /** the status calls, one after the other, awaited before the status is cleared */
  statusing: Promise<void>;
  /** whether Slack took a status for this check (to clear), or refused one (not tried again: its failure is logged once) */
  statusShown: boolean;
  statusRefused: boolean;
  line: string;
  /** each check seen so far, in the order it started, and where it is */
  tasks: Map<string, TaskStatus>;
  /** what the message shows now (its line and tasks), so that an update changes something */
  shown: string;
  writing: Promise<void> | null;
  again: boolean;
  ended: boolean;
}

export interface CheckMessageDeps {
  api: SlackApi;
  /** where a session is, when no progress message says so */
  engine: Pick<Engine, 'session'>;
  /** the default language's words */
  content: SlackContent;
  /** the words of a conversation's language (the default language's when not given) */
  words?: (locale: Locale | undefined) => SlackContent;
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
export function progressLine(content: SlackContent, progress: CheckProgress, probes: ProbeContent = probesEn): string {
  const left = Math.max(0, progress.total - progress.done.length - progress.running.length);
  if (progress.running.length === 0) return progress.done.length > 0 && left === 0 ? content.check.finishing : content.check.starting;
  const names = progress.running.map((id) => escapeMrkdwn(probes.checks[id as CheckId]?.name ?? id));
  return content.check.progress(names, left);
}

const withLine = (blocks: Block[], line: string): Block[] => [...blocks, { ...contextBlock(line), block_id: PROGRESS_BLOCK } as Block];

type TaskStatus = 'in_progress' | 'complete' | 'error';

/** The checks as Slack's plan display: one task per check, updated as each one finishes (plain text, no mrkdwn). */
function planBlock(message: Pick<ProgressMessage, 'tasks' | 'words' | 'probes'>): Block {
  return {
    type: 'plan',
    title: message.words.check.planTitle,
    tasks: [...message.tasks].map(([id, status]) => ({ type: 'task_card', task_id: id, title: message.probes.checks[id as CheckId]?.name ?? id, status })),
  };
}

/** The message's blocks: its words, the plan of the checks once one has started (where Slack takes it), the line. */
function progressBlocks(message: ProgressMessage, line: string, plans: boolean): Block[] {
  const plan = plans && message.tasks.size > 0 ? [planBlock(message)] : [];
  return withLine([...message.blocks, ...plan], line);
}

const shownKey = (message: ProgressMessage): string => `${message.line}\n${JSON.stringify([...message.tasks])}`;

/** Where the thread's status goes: the conversation's thread, or in a direct message the progress message's own. */
const statusThread = (target: Target, ts: string): string => target.threadTs ?? ts;
const statusKey = (target: Target, ts: string): string => `${target.channel} ${statusThread(target, ts)}`;

/**
 * The progress of live checks in Slack: the turn that starts a check is posted once, without buttons, and updated in
 * place as the checks run; the thread's status ("is checking the mailbox…") says the same until the result comes; the
 * sign-in code goes only to the person who started the check, as an ephemeral message; when the result arrives the
 * message says so and the status is cleared.
 */
export class CheckMessages {
  private readonly messages = new Map<string, ProgressMessage>();
  /** false once Slack refused a plan block (a workspace without it): the line alone shows the progress from then on */
  private plans = true;
  /** the threads (`channel thread`) whose status this process set and has not cleared yet */
  private readonly statusSet = new Set<string>();

  constructor(private readonly deps: CheckMessageDeps) {}

  /**
   * Called before the turn that started a check is posted: returns the blocks to post and a callback for its ts, or
   * null when a progress message for this check is already shown (a later turn during the check is an ordinary post).
   */
  begin(sessionId: string, target: Target, by: string, blocks: Block[], text: string, locale?: Locale): ProgressPost | null {
    const existing = this.messages.get(sessionId);
    if (existing && !existing.ended) return null;
    let settle: (ts: string | null) => void = () => undefined;
    const base = blocks.filter((block) => block.type !== 'actions');
    const words = this.deps.words?.(locale) ?? this.deps.content;
    const line = words.check.starting;
    const message: ProgressMessage = {
      target,
      by,
      blocks: base,
      text,
      ts: new Promise((resolve) => (settle = resolve)),
      words,
      probes: PROBE_WORDS[locale ?? 'en'],
      statusing: Promise.resolve(),
      statusShown: false,
      statusRefused: false,
      line,
      tasks: new Map(),
      shown: '',
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
        else if (ts !== null) this.deps.background(() => this.status(message, ts, line), 'check status');
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
    message.line = progressLine(message.words, progress, message.probes);
    for (const id of progress.done) message.tasks.set(id, 'complete');
    for (const id of progress.running) if (message.tasks.get(id) !== 'complete') message.tasks.set(id, 'in_progress');
    this.write(message);
  }

  /** The sign-in code and link, to the person who started the check only. */
  signIn(sessionId: string, prompt: DeviceCodePrompt): void {
    this.deps.codes.add(prompt.userCode);
    this.deps.background(async () => {
      const message = this.messages.get(sessionId);
      let target: Target;
      let user: string;
      let words: SlackContent;
      if (message) {
        await message.ts;
        ({ target, by: user, words } = message);
      } else {
        // a check started on a path that posted no progress message: its session says where, whose and in what language
        const found = await this.deps.engine.session(sessionId);
        const place = found ? this.deps.placeOf(found.session) : null;
        if (!found || !place) return;
        target = { channel: place.channel, threadTs: place.threadTs };
        user = place.user;
        words = this.deps.words?.(found.locale) ?? this.deps.content;
      }
      const line = words.check.signIn(escapeMrkdwn(prompt.verificationUri), escapeMrkdwn(prompt.userCode));
      await this.deps.api.ephemeral(target, user, line);
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
    await message.statusing;
    if (!ts) return;
    const line = finished ? message.words.check.done : message.words.check.stopped;
    for (const [id, status] of message.tasks) if (status === 'in_progress') message.tasks.set(id, finished ? 'complete' : 'error');
    await this.update(message, ts, line);
    // the answer posted next clears the status of its own thread; in a direct message it goes elsewhere
    if (message.statusShown) await this.clearStatus(message.target, ts);
  }

  /**
   * A check cut off by a restart (reported by its watchdog in a new process): its progress message, known only from
   * the session's meta, says that it stopped.
   */
  async endStored(target: Target, stored: { ts: string; text: string }): Promise<void> {
    // the stored text is the message's notification text, already escaped
    const blocks = [sectionBlock(stored.text)];
    await this.deps.api.update(target.channel, stored.ts, withLine(blocks, this.deps.content.check.stopped), stored.text);
    // a status set by the process before lapses by itself (Slack drops it after two minutes without a message)
    if (this.statusSet.has(statusKey(target, stored.ts))) await this.clearStatus(target, stored.ts);
  }

  private async clearStatus(target: Target, ts: string): Promise<void> {
    this.statusSet.delete(statusKey(target, ts));
    await this.deps.api.setStatus(target.channel, statusThread(target, ts), '');
  }

  /** The thread's status: what the message's progress line says now (after any status call still on its way). */
  private status(message: ProgressMessage, ts: string, line: string): Promise<void> {
    const next = message.statusing.then(async () => {
      if (message.ended || message.statusRefused) return;
      const set = await this.deps.api.setStatus(message.target.channel, statusThread(message.target, ts), message.words.check.status, [line]);
      if (set.ok) {
        message.statusShown = true;
        this.statusSet.add(statusKey(message.target, ts));
      } else message.statusRefused = true;
    });
    message.statusing = next.catch(() => undefined);
    return next;
  }

  /** Replaces the message with its progress; a plan block Slack refuses is dropped, now and for later checks. */
  private async update(message: ProgressMessage, ts: string, line: string): Promise<void> {
    const plans = this.plans && message.tasks.size > 0;
    const result = await this.deps.api.update(message.target.channel, ts, progressBlocks(message, line, plans), message.text);
    if (plans && !result.ok && result.error === 'invalid_blocks') {
      this.plans = false;
      await this.deps.api.update(message.target.channel, ts, progressBlocks(message, line, false), message.text);
    }
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
          if (message.ended || shownKey(message) === message.shown) continue;
          const line = message.line;
          message.shown = shownKey(message);
          await this.update(message, ts, line);
          await this.status(message, ts, line);
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
