/**
 * Understanding (issue 11): the cost of interpreting one message with the trained interpreter against the keyword
 * interpreter the product had before (bench/baseline/regex-interpreter.ts), each side in a process of its own, on the
 * same messages: the held-out utterances, read at the first question. Prints the median and p99 per message, the
 * ratio, and whether p99 stays under 1 ms.
 *
 *   npx tsx bench/understanding.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { en } from '../src/content/en.js';
import type { ChoiceId } from '../src/machine/choices.js';
import { Interpreter, type OfferedChoice } from '../src/understanding/interpreter.js';
import { heldOutEn } from '../test/understanding/held-out.en.js';
import { interpretText } from './baseline/regex-interpreter.js';

const FIRST: ChoiceId[] = ['sending-fails', 'sync-fails', 'have-error', 'smtp-auth-not-supported', 'check-close-status', 'something-else', 'check-mailbox', 'human', 'start-over'];
const OFFERED: OfferedChoice[] = FIRST.map((id) => ({ id, label: en.choices[id] }));
const MESSAGES = Object.values(heldOutEn).flat();
const ROUNDS = 20;

export interface SideFigures {
  side: 'trained' | 'regex';
  messages: number;
  medianUs: number;
  p99Us: number;
  /** the trained side only: how long training took at start */
  trainMs?: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? Number.NaN;

async function measure(side: SideFigures['side']): Promise<SideFigures> {
  let read: (text: string) => unknown;
  let trainMs: number | undefined;
  if (side === 'trained') {
    const interpreter = new Interpreter(en.understanding);
    const started = performance.now();
    await interpreter.warmUp();
    trainMs = performance.now() - started;
    read = (text) => interpreter.read(text, OFFERED, { key: 'askingSymptom', path: null });
  } else {
    read = (text) => interpretText(text, OFFERED);
  }
  for (const text of MESSAGES) await read(text); // warm up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of MESSAGES) {
      // a different message each round: NLP.js keeps what it prepared per text, which would flatter the trained side
      const message = `${text} ${round}`;
      const t = performance.now();
      await read(message);
      times.push(performance.now() - t);
    }
  }
  const figures: SideFigures = { side, messages: times.length, medianUs: quantile(times, 0.5) * 1000, p99Us: quantile(times, 0.99) * 1000 };
  if (trainMs !== undefined) figures.trainMs = Math.round(trainMs);
  return figures;
}

function inChild(side: SideFigures['side']): SideFigures {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, MAILBOX_DOCTOR_UNDERSTANDING_SIDE: side },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the ${side} side failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as SideFigures;
}

export async function runUnderstandingBench() {
  const regex = inChild('regex');
  const trained = inChild('trained');
  return {
    regex,
    trained,
    medianRatio: Number((trained.medianUs / regex.medianUs).toFixed(1)),
    p99Ratio: Number((trained.p99Us / regex.p99Us).toFixed(1)),
    /** the target: one message under 1 ms at p99 */
    p99UnderOneMs: trained.p99Us < 1000,
  };
}

const side = process.env.MAILBOX_DOCTOR_UNDERSTANDING_SIDE as SideFigures['side'] | undefined;
if (side) {
  process.stdout.write(JSON.stringify(await measure(side)));
  process.exit(0);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(await runUnderstandingBench(), null, 2)}\n`);
}
