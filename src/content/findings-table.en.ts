import { CLASSIFIED_FINDINGS, FINDING_DIAGNOSIS, FINDING_IDS } from '../probes/findings.js';
import { probesEn } from './probes.en.js';

const START = '<!-- findings table: generated from src/content/probes.en.ts by `npm run docs:probes` -->';
const END = '<!-- end of findings table -->';

/** Placeholders for the facts a finding's words name. */
const FACTS = { issuer: '‹issuer›', subject: '‹name on the certificate›', expires: '‹expiry date›', version: '‹TLS version›' };

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** docs/probes.md's table: each finding of the mail-server checks, its words, and the diagnosis it routes the chat by. */
export function findingsTable(): string {
  const rows = FINDING_IDS.map((id) => {
    const words = probesEn.findings[id];
    const diagnosis = FINDING_DIAGNOSIS[id];
    const routed = diagnosis ? `\`${diagnosis}\`` : CLASSIFIED_FINDINGS.includes(id) ? 'the reply, classified' : 'none (a warning)';
    return `| \`${id}\` | ${cell(words.title)} | ${cell(words.meaning(FACTS))} | ${cell(words.fix)} | ${routed} |`;
  });
  return [
    START,
    '| finding | what the person sees | what it means | what to do | diagnosis |',
    '|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
}

/** The document with its findings table replaced by the current one (appended when it has none). */
export function probesDocWithTable(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n${findingsTable()}\n`;
  return doc.slice(0, start) + findingsTable() + doc.slice(end + END.length);
}
