import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/machine/classifier.js';
import type { DiagnosisCode } from '../../src/machine/diagnosis-codes.js';

/** Real-world error text in the wrappers people paste it in, and the code each must get. */
const TABLE: ReadonlyArray<[string, DiagnosisCode]> = [
  // Exchange Online replies with the server name and timestamp in brackets
  ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [DM6PR04CA0012.namprd04.prod.outlook.com 2026-11-20T10:11:12.345Z 08DCF0C2A1B2C3D4]', 'smtp-auth-disabled'],
  ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]', 'smtp-auth-disabled'],
  ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BN9PR03CA0123.namprd03.prod.outlook.com]', 'basic-auth-blocked'],
  ["535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. [LO2P265CA0001.GBRP265.PROD.OUTLOOK.COM]", 'basic-auth-blocked'],
  ['550 5.7.30 Basic authentication is not supported for Client Submission. [SY5PR01CA0001.ausprd01.prod.outlook.com]', 'basic-auth-blocked'],
  ['535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [CH0PR03CA0002.namprd03.prod.outlook.com]', 'bad-credentials'],
  ['535 5.7.3 Authentication unsuccessful [MW4PR03CA0123.namprd03.prod.outlook.com]', 'bad-credentials'],
  ['535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator. The federated STS service was unreachable.', 'provider-managed'],
  ['535 5.7.139 Authentication unsuccessful, the federated STS URL does not support HTTPS', 'provider-managed'],
  ['530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful', 'client-not-authenticated'],
  ['530 5.7.57 Client not authenticated to send anonymous mail during MAIL FROM [PR3P191CA0001.EURP191.PROD.OUTLOOK.COM]', 'client-not-authenticated'],
  ['550 5.7.60 SMTP; Client does not have permissions to send as this sender [BY5PR04MB1234.namprd04.prod.outlook.com]', 'address-mismatch'],
  ['554 5.2.252 SendAsDenied; sales@contoso.com not allowed to send as info@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]', 'address-mismatch'],
  ['504 5.7.4 Unrecognized authentication type [SN6PR01CA0001.prod.exchangelabs.com]', 'smtp-auth-not-offered'],
  ['550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'ip-blocked'],
  ['550 5.7.606 Access denied, banned sending IP [203.0.113.7]', 'ip-blocked'],
  ['550 5.1.8 Access denied, bad outbound sender. AS(42004) [BL0PR0102MB1234.prod.exchangelabs.com]', 'sender-restricted'],
  ['421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.', 'tls-problem'],
  ['530 5.7.0 Must issue a STARTTLS command first', 'tls-problem'],
  // what Postfix answers to STARTTLS when its certificate cannot be loaded
  ['454 4.7.0 TLS not available due to local problem', 'tls-problem'],
  // Python smtplib tuples with byte strings
  ["smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [SJ0PR13CA0001.namprd13.prod.outlook.com]')", 'smtp-auth-disabled'],
  ["(535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled. [AS9PR06CA0001.eurprd06.prod.outlook.com]')", 'basic-auth-blocked'],
  ["smtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful [LO4P123CA0001.GBRP123.PROD.OUTLOOK.COM]')", 'bad-credentials'],
  ['smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', 'smtp-auth-not-offered'],
  ['SMTP AUTH extension not supported by the server', 'smtp-auth-not-offered'],
  ["ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", 'tls-problem'],
  ["smtplib.SMTPSenderRefused: (530, b'5.7.57 Client not authenticated to send mail. [DB8PR04CA0001.eurprd04.prod.outlook.com]', 'me@contoso.com')", 'client-not-authenticated'],
  ["smtplib.SMTPDataError: (554, b'5.2.252 SendAsDenied; me@contoso.com not allowed to send as alias@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied')", 'address-mismatch'],
  // nodemailer
  ['Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp-auth-disabled'],
  ['Error: Invalid login: 535 5.7.3 Authentication unsuccessful [BYAPR06CA0001.namprd06.prod.outlook.com]', 'bad-credentials'],
  ['Error: Connection timeout\n    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:798:19) code: ETIMEDOUT', 'connection-failed'],
  ['Error: connect ECONNREFUSED 40.99.10.2:587', 'connection-failed'],
  ['Error: getaddrinfo ENOTFOUND smtp.office365.con', 'connection-failed'],
  ['Error: Greeting never received', 'connection-failed'],
  // MailKit (.NET)
  ['MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', 'smtp-auth-disabled'],
  ['MailKit.Net.Smtp.SmtpCommandException: 5.7.60 SMTP; Client does not have permissions to send as this sender', 'address-mismatch'],
  ['MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. The host name did not match the name given in the server\'s SSL certificate. certificate verify failed', 'tls-problem'],
  // lettre (Rust)
  ['Error: No compatible authentication mechanism was found', 'smtp-auth-not-offered'],
  ['lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Nine }), source: "5.7.139 Authentication unsuccessful, basic authentication is disabled." }', 'basic-auth-blocked'],
  // IMAP tagged replies
  ['A1 NO AUTHENTICATE failed.', 'imap-disabled'],
  ['a002 NO LOGIN failed.', 'basic-auth-blocked'],
  ['A3 BAD User is authenticated but not connected.', 'imap-disabled'],
  // Entra sign-in
  ['AADSTS65001: The user or administrator has not consented to use the application with ID \'0000\' named \'Close\'. Send an interactive authorization request for this user and resource.', 'admin-consent-required'],
  ['AADSTS90094: The grant requires admin permission.', 'admin-consent-required'],
  ['Need admin approval: Close needs permission to access resources in your organization that only an admin can grant.', 'admin-consent-required'],
  ['AADSTS50126: Error validating credentials due to invalid username or password.', 'bad-credentials'],
  // socket errors
  ['connect EHOSTUNREACH 52.96.0.1:587', 'connection-failed'],
  ['Error: read ECONNRESET', 'connection-failed'],
  // nothing recognisable
  ['The quick brown fox jumps over the lazy dog', 'unknown'],
  ['Something weird happened, please help', 'unknown'],
];

describe('the error classifier', () => {
  it('has a table of at least 40 real error strings', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('reads %s as %s', (text, code) => {
    expect(classifyError(text).code).toBe(code);
  });

  it('marks the generic 535 5.7.3 reply as ambiguous and names the question that tells the causes apart', () => {
    const result = classifyError('535 5.7.3 Authentication unsuccessful');
    expect(result.ambiguity).toEqual({
      question: 'password-works-elsewhere',
      ifYes: 'smtp-auth-disabled',
      ifNo: 'bad-credentials',
      likeliest: 'bad-credentials',
    });
  });

  it('does not mark a specific 5.7.139 reply as ambiguous', () => {
    expect(classifyError('535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.').ambiguity).toBeUndefined();
  });

  it('keeps 5.7.30 apart from 5.7.3', () => {
    expect(classifyError('550 5.7.30 Basic authentication is not supported for Client Submission.').code).toBe('basic-auth-blocked');
  });
});
