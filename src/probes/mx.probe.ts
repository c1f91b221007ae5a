import { deadlineSignal } from './net/net-failure.js';
import type { ProbeResolver } from './resolver.js';
import { checkResult, type CheckContext, type CheckResult } from './types.js';

/** MX host suffixes of Microsoft 365 (worldwide, the July 2026 `.mx.microsoft` family, US Government, China). */
export const MICROSOFT_MX_SUFFIXES = [
  '.mail.protection.outlook.com',
  '.mx.microsoft',
  '.mail.protection.office365.us',
  '.mail.protection.partner.outlook.cn',
] as const;

export const isMicrosoftMx = (host: string): boolean => {
  const name = `.${host.toLowerCase().replace(/\.$/, '')}`;
  return MICROSOFT_MX_SUFFIXES.some((suffix) => name.endsWith(suffix));
};

const NO_RECORDS = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN']);

/** Domain check: does mail for the domain arrive through Microsoft 365? */
export async function probeMx(input: { domain: string; resolver: ProbeResolver }, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  let records;
  try {
    records = await Promise.race([
      input.resolver.mx(input.domain, signal),
      new Promise<never>((_, reject) => {
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    if (code && NO_RECORDS.has(code)) {
      return checkResult('mx', 'fail', `${input.domain} has no MX records (${code})`, { domain: input.domain, code, mx: [] }, ['not-microsoft-365']);
    }
    return checkResult('mx', 'error', `MX lookup for ${input.domain} failed: ${code}`, { domain: input.domain, code });
  }
  const sorted = [...records].sort((a, b) => a.priority - b.priority);
  const mx = sorted.map((r) => ({ host: r.exchange, priority: r.priority, microsoft: isMicrosoftMx(r.exchange) }));
  const hosts = mx.map((r) => r.host).join(', ');
  if (mx.length === 0) return checkResult('mx', 'fail', `${input.domain} has no MX records`, { domain: input.domain, mx }, ['not-microsoft-365']);
  if (mx.some((r) => r.microsoft)) return checkResult('mx', 'pass', `MX ${hosts}`, { domain: input.domain, mx, microsoft: true });
  return checkResult('mx', 'fail', `MX ${hosts}: not Microsoft 365`, { domain: input.domain, mx, microsoft: false }, ['not-microsoft-365']);
}
