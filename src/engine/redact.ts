/**
 * Removes anything that looks like a secret before text reaches a transcript or a log:
 * bearer tokens, JWTs, Slack tokens, SASL blobs, passwords typed as "password: …", device codes and long keys.
 */
const RULES: ReadonlyArray<[RegExp, string]> = [
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted token]'],
  [/\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  [/\bxox[abposr]-[A-Za-z0-9-]{8,}/g, '[redacted slack token]'],
  [/\bxapp-[A-Za-z0-9-]{8,}/g, '[redacted slack token]'],
  [/\b(AUTH(?:ENTICATE)?\s+(?:PLAIN|LOGIN|XOAUTH2))\s+\S+/gi, '$1 [redacted]'],
  [/\b(pass(?:word|wd)?|pwd|secret|api[_ -]?key|client[_ -]?secret|token|app password)(\s*(?:is|=|:)\s*)("[^"]*"|'[^']*'|\S+)/gi, '$1$2[redacted]'],
  [/\b(code|user_code)(\s*(?:is|=|:)?\s*)([A-Z0-9]{8,9})\b/g, '$1$2[redacted code]'],
  // tried only where a run of token characters starts (not at each of its characters): linear on a long run
  [/(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*\d)(?=[A-Za-z0-9+/_-]*[A-Za-z])[A-Za-z0-9+/_-]{40,}={0,2}/g, '[redacted]'],
];

export function redact(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
