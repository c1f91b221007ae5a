import { runSlackBench } from './slack.bench.js';
const r = await runSlackBench({ rounds: 2, seconds: 1, only: 'assistant' });
const g = globalThis as any;
console.log('find µs', (g.T1 * 1000 / g.N).toFixed(0), 'startWith µs', (g.T2 * 1000 / g.N).toFixed(0), 'cpu/event', r.assistant.cpuMsPerEvent);
