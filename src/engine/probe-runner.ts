import type { ProbeDeps } from '../probes/probe-deps.js';
import type { ProbeRunner } from './live-checks.js';

/**
 * The live check the machine invokes, on the probes of src/probes. A signed-in check sends one test message from
 * the mailbox to itself: the person consented to that by choosing it.
 */
export function probeRunner(deps: ProbeDeps): ProbeRunner {
  // the probes and their mail clients (imapflow, nodemailer) are loaded by the first check, not at start
  let probes: Promise<typeof import('../probes/run-probe.js')> | null = null;
  return async (input, hooks) => {
    const { runMailboxProbe } = await (probes ??= import('../probes/run-probe.js'));
    return runMailboxProbe(
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
  };
}
