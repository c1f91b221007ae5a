import { z } from 'zod';
import { deadlineSignal } from '../net/net-failure.js';
import { fetchJson, type FetchFn } from '../net/fetch-json.js';
import { checkResult, type CheckContext, type CheckResult } from '../types.js';
import { diagnosesOf } from '../net/smtp-submission.js';

const meSchema = z
  .object({
    userPrincipalName: z.string().nullish(),
    mail: z.string().nullish(),
    proxyAddresses: z.array(z.string()).nullish(),
  })
  .passthrough();

export interface GraphMeInput {
  graphUrl: string;
  fetch: FetchFn;
  token: (signal: AbortSignal) => Promise<{ ok: true; token: string } | { ok: false; error: string }>;
  /** the address connected in Close */
  closeAddress: string;
}

/** Graph /me: is the Close address the mailbox's username or primary address, or only an alias? */
export async function probeGraphMe(input: GraphMeInput, ctx: CheckContext): Promise<CheckResult> {
  const signal = deadlineSignal(ctx);
  const token = await input.token(signal);
  if (!token.ok) {
    const diagnoses = diagnosesOf(token.error).filter((code) => code !== 'connection-failed');
    return checkResult('graph-me', diagnoses.length > 0 ? 'fail' : 'error', `no Graph token: ${token.error.slice(0, 300)}`, { error: token.error.slice(0, 500) }, diagnoses);
  }
  const url = `${input.graphUrl.replace(/\/+$/, '')}/v1.0/me?$select=userPrincipalName,mail,proxyAddresses`;
  const answer = await fetchJson(input.fetch, url, signal, { headers: { authorization: `Bearer ${token.token}` } });
  if (!answer.ok) return checkResult('graph-me', 'error', `Graph unreachable: ${answer.failure.kind}`, { failure: answer.failure.kind });
  const parsed = meSchema.safeParse(answer.body);
  if (answer.status !== 200 || !parsed.success) return checkResult('graph-me', 'error', `Graph answered HTTP ${answer.status}`, { status: answer.status });
  const me = parsed.data;
  const wanted = input.closeAddress.toLowerCase();
  const upn = me.userPrincipalName?.toLowerCase();
  const mail = me.mail?.toLowerCase();
  const aliases = (me.proxyAddresses ?? []).map((p) => p.replace(/^smtp:/i, '').toLowerCase());
  const evidence = { userPrincipalName: me.userPrincipalName, mail: me.mail, proxyAddresses: me.proxyAddresses ?? [], closeAddress: input.closeAddress };
  const seen = `UPN ${me.userPrincipalName ?? '-'}, primary ${me.mail ?? '-'}`;
  if (wanted === mail || (wanted === upn && (!mail || mail === upn))) return checkResult('graph-me', 'pass', `${seen}: matches ${input.closeAddress}`, evidence);
  if (wanted === upn) return checkResult('graph-me', 'warn', `${seen}: ${input.closeAddress} is the username but not the primary address`, { ...evidence, role: 'username' }, ['address-mismatch']);
  if (aliases.includes(wanted)) return checkResult('graph-me', 'fail', `${seen}: ${input.closeAddress} is only an alias`, { ...evidence, role: 'alias' }, ['address-mismatch']);
  return checkResult('graph-me', 'fail', `${seen}: ${input.closeAddress} is not an address of this mailbox`, { ...evidence, role: 'none' }, ['address-mismatch']);
}
