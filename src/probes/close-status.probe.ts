import { z } from 'zod';
import { classifyError } from '../machine/classifier.js';
import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import { deadlineSignal } from './net/net-failure.js';
import { fetchJson, type FetchFn } from './net/fetch-json.js';
import { checkResult, type CheckContext, type CheckResult } from './types.js';

/** Field names come from public client code, not documentation: every field optional, unknown ones kept. */
const errorField = z.union([z.string(), z.object({ message: z.string().optional() }).passthrough(), z.null()]).optional();
const accountSchema = z
  .object({
    id: z.string().optional(),
    _type: z.string().optional(),
    email: z.string().nullish(),
    send_status: z.string().nullish(),
    receive_status: z.string().nullish(),
    latest_send_error: errorField,
    latest_receive_error: errorField,
    identities: z.array(z.object({ email: z.string().nullish() }).passthrough()).nullish(),
    default_identity: z.object({ email: z.string().nullish() }).passthrough().nullish(),
  })
  .passthrough();
const listSchema = z.object({ data: z.array(z.unknown()) }).passthrough();

export interface CloseStatusInput {
  apiUrl: string;
  apiKey: string | undefined;
  fetch: FetchFn;
  /** the address connected in Close */
  closeAddress: string;
}

const text = (value: z.infer<typeof errorField>): string | undefined =>
  typeof value === 'string' ? value || undefined : value && typeof value === 'object' ? (value.message ?? JSON.stringify(value)) : undefined;

/** Status words that mean trouble; anything else (ok, active, connected, …) is taken as fine. */
const BAD_STATUS = /error|fail|disconnect|invalid|disabled|paused|auth/i;

/** Close's view of the connected account for the address: send and receive status and the latest errors. */
export async function probeCloseStatus(input: CloseStatusInput, ctx: CheckContext): Promise<CheckResult> {
  if (!input.apiKey) return checkResult('close-status', 'skip', 'CLOSE_API_KEY not configured', { configured: false });
  const signal = deadlineSignal(ctx);
  const url = `${input.apiUrl.replace(/\/+$/, '')}/api/v1/connected_account/`;
  const auth = `Basic ${Buffer.from(`${input.apiKey}:`).toString('base64')}`;
  const answer = await fetchJson(input.fetch, url, signal, { headers: { authorization: auth, accept: 'application/json' } });
  if (!answer.ok) return checkResult('close-status', 'error', `Close API unreachable: ${answer.failure.kind}`, { failure: answer.failure.kind });
  if (answer.status === 401 || answer.status === 403) return checkResult('close-status', 'error', `Close API refused the key (HTTP ${answer.status})`, { status: answer.status });
  const list = listSchema.safeParse(answer.body);
  if (answer.status !== 200 || !list.success) {
    return checkResult('close-status', 'skip', `unexpected answer from the Close API (HTTP ${answer.status})`, { status: answer.status, unexpectedShape: true });
  }
  const wanted = input.closeAddress.toLowerCase();
  const accounts = list.data.data.map((item) => accountSchema.safeParse(item)).flatMap((r) => (r.success ? [r.data] : []));
  const account = accounts.find((a) =>
    [a.email, a.default_identity?.email, ...(a.identities ?? []).map((i) => i.email)].some((e) => e?.toLowerCase() === wanted),
  );
  if (!account) return checkResult('close-status', 'skip', `no connected account for ${input.closeAddress} among ${list.data.data.length}`, { accounts: list.data.data.length });
  const sendError = text(account.latest_send_error);
  const receiveError = text(account.latest_receive_error);
  const evidence = {
    accountType: account._type,
    sendStatus: account.send_status ?? null,
    receiveStatus: account.receive_status ?? null,
    latestSendError: sendError ?? null,
    latestReceiveError: receiveError ?? null,
  };
  const diagnoses: DiagnosisCode[] = [sendError, receiveError]
    .filter((e): e is string => Boolean(e))
    .map((e) => classifyError(e).code)
    .filter((c) => c !== 'unknown');
  const statusBad = [account.send_status, account.receive_status].some((s) => s && BAD_STATUS.test(s));
  const seen = `send ${account.send_status ?? '?'}, receive ${account.receive_status ?? '?'}`;
  if (sendError || receiveError || statusBad) {
    const errors = [sendError && `send error "${sendError}"`, receiveError && `receive error "${receiveError}"`].filter(Boolean).join('; ');
    return checkResult('close-status', 'fail', errors ? `${seen}; ${errors}` : seen, evidence, diagnoses);
  }
  return checkResult('close-status', 'pass', seen, evidence);
}
