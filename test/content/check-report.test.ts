import { describe, expect, it } from 'vitest';
import { checkLines } from '../../src/content/check-report.en.js';
import type { CheckSummary } from '../../src/machine/check-summary.js';

describe('the lines of a check report', () => {
  it('shows what a check saw in DNS as code, never as a name Slack, Teams or the page would turn into a link', () => {
    const check: CheckSummary = {
      outcome: 'done',
      address: 'ana@contoso.com',
      diagnoses: ['not-microsoft-365'],
      primary: 'not-microsoft-365',
      checks: [{ id: 'mx', status: 'fail', summary: 'MX: login-microsoftonline.attacker.example`<https://evil.example|Sign in>`', diagnoses: ['not-microsoft-365'] }],
    };
    expect(checkLines(check)).toEqual([
      "❌ Domain: Mail for this domain is not delivered by Microsoft 365. (`MX: login-microsoftonline.attacker.example'<https://evil.example|Sign in>'`)",
    ]);
  });
});
