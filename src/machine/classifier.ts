import type { DiagnosisCode } from './diagnosis-codes.js';

/** A question that tells two likely diagnoses apart; its text lives in the content module. */
export type DisambiguationQuestion = 'password-works-elsewhere' | 'address-is-primary';

export interface Ambiguity {
  question: DisambiguationQuestion;
  /** the code when the user answers yes */
  ifYes: DiagnosisCode;
  /** the code when the user answers no */
  ifNo: DiagnosisCode;
  /** the code when the user cannot tell */
  likeliest: DiagnosisCode;
}

export interface Classification {
  code: DiagnosisCode;
  /** the part of the text that decided, for evidence and tests */
  matched?: string;
  ambiguity?: Ambiguity;
}

interface Rule {
  code: DiagnosisCode;
  pattern: RegExp;
  ambiguity?: Ambiguity;
}

/**
 * Most specific first: a reply that carries an enhanced status code and a phrase is matched by the phrase
 * before a bare status code can claim it.
 */
const RULES: readonly Rule[] = [
  { code: 'smtp-auth-disabled', pattern: /smtp ?client ?authentication is disabled|smtp_auth_disabled/ },
  { code: 'provider-managed', pattern: /federated sts (service was unreachable|url does not support https)|federated sts/ },
  {
    code: 'basic-auth-blocked',
    pattern:
      /basic authentication is (disabled|not supported)|5\.7\.30\b|security defaults|locked by your organi[sz]ation|\bno login failed|legacy authentication/,
  },
  { code: 'bad-credentials', pattern: /user credentials were incorrect|aadsts50126|invalid username or password|username and password not accepted|aadsts700082|aadsts50173|aadsts50053/ },
  { code: 'admin-consent-required', pattern: /aadsts65001|aadsts90094|aadsts90095|need admin approval|admin(istrator)? (has not )?consent/ },
  { code: 'address-mismatch', pattern: /sendasdenied|5\.2\.252\b|5\.7\.60\b|not allowed to send as|permissions to send as this sender/ },
  { code: 'client-not-authenticated', pattern: /5\.7\.57\b|client (was )?not authenticated/ },
  { code: 'sender-restricted', pattern: /5\.1\.8\b|bad outbound sender/ },
  { code: 'ip-blocked', pattern: /5\.7\.708\b|5\.7\.6(0[6-9]|[1-3]\d|4[0-9])\b|traffic not accepted from this ip|banned sending ip/ },
  {
    code: 'tls-problem',
    pattern:
      /4\.7\.66\b|tls not available|tls 1\.[01] (and 1\.1 )?(are|is) not supported|must issue a starttls|wrong version number|ssl3_get_record|certificate (has expired|verify failed)|cert_has_expired|self[- ]signed certificate|unable to verify the first certificate|err_tls|\betls\b|handshake failure|unsupported protocol/,
  },
  {
    code: 'smtp-auth-not-offered',
    pattern:
      /smtp auth extension not supported|auth extension not supported|smtpnotsupportederror|no compatible authentication mechanism|5\.7\.4\b|unrecognized authentication type|does not support authentication|server does not support auth/,
  },
  { code: 'imap-disabled', pattern: /no authenticate failed|authenticate failed/ },
  {
    code: 'imap-disabled',
    pattern: /user is authenticated but not connected/,
    ambiguity: { question: 'address-is-primary', ifYes: 'imap-disabled', ifNo: 'address-mismatch', likeliest: 'imap-disabled' },
  },
  {
    code: 'bad-credentials',
    pattern: /5\.7\.3\b|authentication unsuccessful|invalid login|authentication failed|\beauth\b/,
    ambiguity: {
      question: 'password-works-elsewhere',
      ifYes: 'smtp-auth-disabled',
      ifNo: 'bad-credentials',
      likeliest: 'bad-credentials',
    },
  },
  {
    code: 'connection-failed',
    pattern:
      /etimedout|econnrefused|enotfound|ehostunreach|enetunreach|econnreset|eai_again|esocket|timed? ?out|connection (was )?refused|no route to host|network is unreachable|getaddrinfo|greeting never received|connection closed unexpectedly|could not connect/,
  },
];

/** Collapses the wrappers client libraries put around a server reply into one lower-case line. */
export function normalizeErrorText(text: string): string {
  return text
    .replace(/\\r\\n|\\n|\\r/g, ' ') // escaped newlines inside Python byte strings
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Names one diagnosis for any pasted error text; text that matches nothing is `unknown`. */
export function classifyError(text: string): Classification {
  const normalized = normalizeErrorText(text);
  for (const rule of RULES) {
    const found = rule.pattern.exec(normalized);
    if (found) {
      const result: Classification = { code: rule.code, matched: found[0] };
      if (rule.ambiguity) result.ambiguity = rule.ambiguity;
      return result;
    }
  }
  return { code: 'unknown' };
}
