import type { ProbeDeps } from '../probes/probe-deps.js';
import { runMailboxProbe } from '../probes/run-probe.js';
import type { ProbeRunner } from './live-checks.js';

/**
 * The live check the machine invokes, on the probes of src/probes. A signed-in check sends one test message from
 * the mailbox to itself: the person consented to that by choosing it.
 */
export function probeRunner(deps: ProbeDeps): ProbeRunner {
  return (input, hooks) =>
    runMailboxProbe(
      {
        address: input.address,
        closeAddress: input.closeAddress || input.address,
        requester: hooks.requester,
        ...(input.signIn ? { signIn: { testMessage: true } } : {}),
      },
      deps,
      {
        signal: hooks.signal,
        onProgress: (p) => hooks.onProgress({ running: [...p.running], done: [...p.done], total: p.total }),
        deviceCode: (prompt) => hooks.onDeviceCode(prompt),
      },
    );
}
