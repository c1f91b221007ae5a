import { describe, expect, it } from 'vitest';
import { handoffKeysFrom } from '../../src/handoff/handoff-keys.js';
import { verifyHandoffToken } from '../../src/handoff/handoff-token.js';
import { runCli } from '../helpers/cli.js';

const SECRET = 'cli-secret-cli-secret-cli-secret-cli-secret';

const run = runCli;

describe('mailbox-doctor handoff', () => {
  it('prints a signed link on PUBLIC_URL and when it expires', async () => {
    const { code, out, err } = await run(
      ['handoff', '--ticket', '4711', '--symptom', 'sending', '--address', 'ana@example.com', '--expires', '2d', '--single-use'],
      { HANDOFF_SECRET: SECRET, PUBLIC_URL: 'https://doctor.example.com' },
    );
    expect(code).toBe(0);
    const url = new URL(out.trim());
    expect(url.origin).toBe('https://doctor.example.com');
    expect(verifyHandoffToken(handoffKeysFrom({ HANDOFF_SECRET: SECRET })!, url.pathname.slice(3)).ok).toBe(true);
    expect(err).toMatch(/^Expires \d{4}-\d\d-\d\dT/);
  });

  it('tells a Slack link apart by the message the person sends in the app', async () => {
    const { code, err } = await run(['handoff', '--ticket', '1', '--channel', 'slack'], { HANDOFF_SECRET: SECRET });
    expect(code).toBe(0);
    expect(err).toMatch(/In the app the person sends: start [A-HJ-NP-Z2-9]{8}/);
  });

  it('exits 2 naming what is missing or wrong', async () => {
    const missing = await run(['handoff', '--symptom', 'smoke'], { HANDOFF_SECRET: SECRET });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/ticket is required; symptom must be one of/);
    expect(missing.err).toMatch(/^Usage: mailbox-doctor handoff --ticket/m);
    const unknown = await run(['handoff', '--ticket', '1', '--colour', 'red'], { HANDOFF_SECRET: SECRET });
    expect(unknown.err).toMatch(/Unknown option --colour\./);
    const noKey = await run(['handoff', '--ticket', '1'], {});
    expect(noKey.code).toBe(2);
    expect(noKey.err).toMatch(/set HANDOFF_SECRET/);
  });
});
