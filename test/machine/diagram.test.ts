import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowDocument, readmeWithDiagram } from '../../src/machine/diagram.js';
import { VIEW_KEYS } from '../../src/machine/view-keys.js';

describe('the flow diagram in docs/', () => {
  it('matches the machine (run `npm run diagram` after changing it)', () => {
    expect(readFileSync(new URL('../../docs/flow.md', import.meta.url), 'utf8')).toBe(flowDocument());
  });

  it('is shown, current, in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('```mermaid\nstateDiagram-v2');
    expect(readme).toBe(readmeWithDiagram(readme));
  });

  it('draws every state a person can be in', () => {
    const doc = flowDocument();
    for (const key of VIEW_KEYS) expect(doc).toContain(`"${key}"`);
  });
});
