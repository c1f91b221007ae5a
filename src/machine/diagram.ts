import type { AnyStateNode } from 'xstate';
import { triageMachine } from './triage.machine.js';

function targetsOf(node: AnyStateNode): Array<{ event: string; target: string }> {
  const edges: Array<{ event: string; target: string }> = [];
  for (const [event, transitions] of node.transitions) {
    for (const t of transitions) for (const target of t.target ?? []) edges.push({ event, target: target.id });
  }
  for (const t of node.always ?? []) for (const target of t.target ?? []) edges.push({ event: 'always', target: target.id });
  return edges;
}

const mermaidId = (id: string) => id.replace(/^triage\./, '').replace(/\./g, '_');

/**
 * The flow of the conversation as a Mermaid state diagram, generated from the machine itself. Events handled at
 * the root (talk to a person, start over, a pasted error, an address) are listed once in a note.
 */
export function flowDiagram(): string {
  const lines = ['stateDiagram-v2', '  direction LR'];
  const visit = (node: AnyStateNode, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const child of Object.values(node.states)) {
      if (Object.keys(child.states).length > 0) {
        lines.push(`${pad}state ${child.key} {`);
        if (child.initial?.target[0]) lines.push(`${pad}  [*] --> ${mermaidId(child.initial.target[0].id)}`);
        for (const leaf of Object.values(child.states)) {
          if (Object.keys(leaf.states).length === 0) lines.push(`${pad}  state "${leaf.key}" as ${mermaidId(leaf.id)}`);
        }
        visit(child, depth + 1);
        lines.push(`${pad}}`);
      }
    }
  };
  lines.push(`  [*] --> ${mermaidId('triage.triage')}`);
  visit(triageMachine.root, 1);
  const walk = (node: AnyStateNode) => {
    for (const child of Object.values(node.states)) {
      if (Object.keys(child.states).length === 0) {
        for (const edge of targetsOf(child)) lines.push(`  ${mermaidId(child.id)} --> ${mermaidId(edge.target)}: ${edge.event}`);
      }
      walk(child);
    }
  };
  walk(triageMachine.root);
  return lines.join('\n');
}

const README_START = '<!-- flow:start -->';
const README_END = '<!-- flow:end -->';

/** The README with its diagram section replaced by the current one. */
export function readmeWithDiagram(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n\n\`\`\`mermaid\n${flowDiagram()}\n\`\`\`\n\n${readme.slice(end)}`;
}

/** The generated Markdown file kept in docs/; a test fails when it differs from the machine. */
export function flowDocument(): string {
  return [
    '# The troubleshooting flow',
    '',
    'Generated from `src/machine/triage.machine.ts` by `npm run diagram`. Do not edit by hand: a test fails when this',
    'file and the machine disagree. Edge labels are choice ids (the same in every channel) or internal events.',
    '',
    'Not drawn, because every state has them: `human` goes to `escalated`, `start-over` back to the start,',
    'a pasted error to `routingDiagnosis` (or `disambiguating`), and naming a provider such as GoDaddy to `contactingProvider`.',
    '',
    '```mermaid',
    flowDiagram(),
    '```',
    '',
  ].join('\n');
}
