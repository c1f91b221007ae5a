import type { ChoiceId } from '../../src/machine/choices.js';
import type { Expect, Row } from './tables.en.js';

/**
 * The tables of tables.en.ts rewritten in German (same `at` and `expect`; addresses and server errors unchanged),
 * written apart from the German corpus: first messages → path, questions mid-path → answered in place, sentences
 * easy to misread → not misread.
 */

// Where a message is typed: the choices that lead there from the first question.
const START: ChoiceId[] = [];
const IS_ADMIN: ChoiceId[] = ['sending-fails'];
const IS_ADMIN_SYNC: ChoiceId[] = ['sync-fails'];
const BRINGING_ADMIN: ChoiceId[] = ['sending-fails', 'no'];
const BRINGING_ADMIN_SYNC: ChoiceId[] = ['sync-fails', 'no'];
const PROVIDER_Q: ChoiceId[] = ['sending-fails', 'yes'];
const CONTACTING_PROVIDER: ChoiceId[] = ['sending-fails', 'yes', 'yes'];
const TOGGLE_Q: ChoiceId[] = ['sending-fails', 'yes', 'no'];
const ENABLING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-off'];
const RESETTING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-on'];
const WAITING: ChoiceId[] = [...ENABLING_TOGGLE, 'done'];
const RECONNECT_RESULT: ChoiceId[] = [...WAITING, 'test-now'];
const CONNECTION_METHOD: ChoiceId[] = [...RECONNECT_RESULT, 'still-failing'];
const BASIC_AUTH_CHANGE: ChoiceId[] = [...CONNECTION_METHOD, 'password'];
const NEXT_STEPS: ChoiceId[] = [...CONNECTION_METHOD, 'microsoft-sign-in'];
const RESOLVED: ChoiceId[] = [...RECONNECT_RESULT, 'it-worked'];
const ADDRESSES_Q: ChoiceId[] = ['sync-fails', 'yes'];
const FIXING_PRIMARY: ChoiceId[] = [...ADDRESSES_Q, 'no'];
const READDING: ChoiceId[] = [...FIXING_PRIMARY, 'done'];
const ENABLING_IMAP: ChoiceId[] = [...ADDRESSES_Q, 'yes'];
const SYNC_RESULT: ChoiceId[] = [...ENABLING_IMAP, 'done'];
const IP_ALLOWLIST: ChoiceId[] = ['smtp-auth-not-supported'];
const ASKING_ERROR: ChoiceId[] = ['have-error'];
const CLOSE_STATUS: ChoiceId[] = ['check-close-status'];
const DESCRIBING: ChoiceId[] = ['something-else'];
const ASKING_ADDRESS: ChoiceId[] = ['check-mailbox'];
const ESCALATED: ChoiceId[] = ['human'];

const sending: Expect = { path: 'sending', state: 'askingIsAdmin' };
const syncing: Expect = { path: 'syncing', state: 'askingIsAdmin' };
const smtpAuthWords: Expect = { state: 'checkingIpAllowlist' };
const wantsToPaste: Expect = { state: 'askingForError' };
const person: Expect = { state: 'escalated' };
const wantsCheck: Expect = { state: 'askingForAddress' };
const eitherPath: Expect = { state: 'clarifyingPath' };

/** Typed as the very first message. */
export const firstMessages: Row[] = [
  // sending: disconnects on send, Outbox, sequences, bulk email
  { at: START, says: 'close trennt meine email jedes mal wenn ich was senden will', expect: sending },
  { at: START, says: 'seit heute morgen hängen die mails in der outbox', expect: sending },
  { at: START, says: 'meine sequences sind pausiert und da steht Email Sending: Disconnected', expect: sending },
  { at: START, says: 'bulk mail geht nicht raus, alles liegt in der outbox', expect: sending },
  { at: START, says: 'bei connected accounts steht email sending getrennt aber syncing verbunden', expect: sending },
  { at: START, says: 'ich klicke auf senden und das postfach ist sofort getrennt', expect: sending },
  { at: START, says: 'kann aus close keine mails mehr senden, outlook selbst geht', expect: sending },
  { at: START, says: 'in der outbox liegen so 40 mails die nie rausgegangen sind', expect: sending },
  { at: START, says: 'jedes mal wenn ein sequenz-schritt läuft wird mein office 365 konto getrennt', expect: sending },
  { at: START, says: 'seit dem umzug auf microsoft 365 geht das senden aus close nicht mehr', expect: sending },
  { at: START, says: 'die mails an meine leads bleiben einfach liegen und gehen nie raus', expect: sending },
  { at: START, says: 'Close sagt mein Email-Konto wurde getrennt als ich einem Lead schreiben wollte', expect: sending },
  { at: START, says: 'da ist ein roter banner, ich soll mein konto neu verbinden, immer wenn ich sende', expect: sending },
  { at: START, says: 'ausgehende mails aus close scheitern, eingehende sind ok', expect: sending },
  { at: START, says: 'meine workflows verschicken keine mails mehr', expect: sending },
  { at: START, says: 'kann meinen leads aus close nicht mailen, es trennt sich', expect: sending },
  { at: START, says: 'bulk mails pausiert, irgendwas dass mein postfach getrennt ist', expect: sending },
  { at: START, says: 'antworten an leads aus close gehen nicht, die antwort landet wieder in der outbox', expect: sending },
  { at: START, says: 'mails gehen nicht raus, hängen in der outbox, office 365', expect: sending },
  { at: START, says: 'mein emial trent sich immer wenn ich aus close sende', expect: sending },

  // syncing: mail not coming in, replies missing, Close-sent mail missing from Outlook's Sent folder
  { at: START, says: 'wenn ich aus close sende sehe ich die mail nicht in outlook bei gesendet', expect: syncing },
  {
    at: START,
    says: 'ich hab neulich meinen benutzernamen in office geändert und jetzt sind die aus close gesendeten mails nicht in outlook',
    expect: { path: 'syncing' },
  },
  { at: START, says: 'Close zieht die antworten aus meinem outlook nicht rein', expect: syncing },
  { at: START, says: 'Antworten erscheinen nicht im Activity Feed vom Lead', expect: syncing },
  { at: START, says: 'konto ist sauber verbunden aber es kommt nichts rein', expect: syncing },
  { at: START, says: 'emails von leads tauchen in close nicht auf', expect: syncing },
  { at: START, says: 'mails die ich über close sende sind nie in meinen gesendeten elementen in outlook', expect: syncing },
  { at: START, says: 'posteingang in close ist leer obwohl in outlook neue mails sind', expect: syncing },
  { at: START, says: 'close synchronisiert meine office 365 mails seit letzter woche nicht mehr', expect: syncing },
  { at: START, says: 'eingehende mails erscheinen nicht in der timeline vom lead', expect: syncing },
  { at: START, says: 'Email Syncing: Disconnected bei connected accounts', expect: syncing },
  { at: START, says: 'kundenantworten landen in outlook aber kommen nie in close an', expect: syncing },
  { at: START, says: 'im gesendet-ordner in outlook fehlt alles was ich aus close geschickt habe', expect: syncing },
  { at: START, says: 'meine mails synchronisieren nicht mit close', expect: syncing },
  { at: START, says: 'neue mails brauchen ewig oder tauchen gar nicht in close auf', expect: syncing },
  { at: START, says: 'seit dienstag nichts neues im activity feed, gar keine mails', expect: syncing },
  { at: START, says: 'close sagt verbunden aber es synchronisieren keine mails', expect: syncing },
  {
    at: START,
    says: 'senden aus close geht, aber die mails tauchen nicht im gesendet ordner von outlook auf',
    expect: syncing,
  },

  // "SMTP AUTH extension not supported", in the person's own words
  { at: START, says: 'da steht smtp auth wird nicht unterstützt', expect: smtpAuthWords },
  { at: START, says: 'der server sagt er unterstützt kein smtp auth', expect: smtpAuthWords },
  { at: START, says: 'bekomme smtp auth extension not supported wenn close sich verbindet', expect: smtpAuthWords },
  { at: START, says: 'smpt auth nicht unterstüzt??', expect: smtpAuthWords },
  { at: START, says: 'irgendeine meldung dass der mailserver keine smtp authentifizierung hat', expect: smtpAuthWords },

  // wants to paste an error
  { at: START, says: 'Ich habe eine Fehlermeldung', expect: wantsToPaste },
  { at: START, says: 'hab einen fehler bekommen, kann ich den einfügen?', expect: wantsToPaste },
  { at: START, says: 'close hat mir einen fehler angezeigt den ich dir kopieren kann', expect: wantsToPaste },
  { at: START, says: 'hab einen komischen fehlercode, willst du ihn sehen?', expect: wantsToPaste },
  { at: START, says: 'da ist eine fehlermeldung, ich füg sie ein', expect: wantsToPaste },

  // pasted server errors
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    expect: { diagnosis: 'smtp-auth-disabled' },
  },
  {
    at: START,
    says: '550 5.7.30 Basic authentication is not supported for Client Submission.',
    expect: { diagnosis: 'basic-auth-blocked' },
  },
  { at: START, says: 'A1 NO AUTHENTICATE failed.', expect: { diagnosis: 'imap-disabled' } },
  {
    at: START,
    says: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    expect: { diagnosis: 'ip-blocked', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: "AADSTS65001: The user or administrator has not consented to use the application named 'Close'.",
    expect: { diagnosis: 'admin-consent-required' },
  },
  {
    at: START,
    says: '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
    expect: { diagnosis: 'tls-problem' },
  },
  {
    at: START,
    says: '530 5.7.57 Client not authenticated to send mail. [DB8PR04CA0001.eurprd04.prod.outlook.com]',
    expect: { diagnosis: 'client-not-authenticated' },
  },
  {
    at: START,
    says: 'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
    expect: { diagnosis: 'smtp-auth-not-offered', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: 'der fehler lautet: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
    expect: { diagnosis: 'bad-credentials' },
  },
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. The federated STS service was unreachable.',
    expect: { diagnosis: 'provider-managed', state: 'contactingProvider' },
  },

  // a person
  { at: START, says: 'ich will mit dem support sprechen', expect: person },
  { at: START, says: 'kann ich bitte mit einem echten menschen reden', expect: person },
  { at: START, says: 'hol mir einen menschen', expect: person },
  { at: START, says: 'verbinde mich bitte mit einem mitarbeiter', expect: person },

  // a bare address, or a live check
  { at: START, says: 'jane@contoso.com', expect: { state: 'offeringCheck', remembers: 'jane@contoso.com' } },
  {
    at: START,
    says: 'sales@northwindtraders.com',
    expect: { state: 'offeringCheck', remembers: 'sales@northwindtraders.com' },
  },
  { at: START, says: 'kannst du mein postfach überprüfen', expect: wantsCheck },
  { at: START, says: 'mach bitte einen live test mit meinem konto', expect: wantsCheck },
  { at: START, says: 'könnt ihr euch mein domain setup von eurer seite ansehen', expect: wantsCheck },

  // could be either path: one short question naming both
  { at: START, says: 'email ist kaputt', expect: eitherPath },
  { at: START, says: 'mein outlook funktioniert nicht mit close', expect: eitherPath },
  { at: START, says: 'office 365 geht in close nicht mehr', expect: eitherPath },
  { at: START, says: 'irgendwas stimmt nicht mit meiner microsoft mail in close', expect: eitherPath },

  // facts said up front skip the questions they answer
  {
    at: START,
    says: 'Ich bin kein Admin, aber meine Mail trennt sich jedes Mal beim Senden',
    expect: { state: 'bringingInAdmin', path: 'sending' },
  },
  {
    at: START,
    says: 'ich bin der admin, mails hängen in der outbox',
    expect: { state: 'askingProviderManaged', path: 'sending' },
  },
  {
    at: START,
    says: 'wir haben office über godaddy gekauft und das senden schlägt fehl',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'unser microsoft 365 läuft über godaddy und die sequences pausieren ständig',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'ich bin hier der it-admin, antworten von leads fehlen in close',
    expect: { state: 'askingAddressesMatch', path: 'syncing' },
  },
  {
    at: START,
    says: 'bin kein admin, und close synchronisiert keine eingehenden mails',
    expect: { state: 'bringingInAdmin', path: 'syncing' },
  },
  {
    at: START,
    says: 'wir verwalten unseren tenant selbst, ich bin globaler admin, und close trennt beim senden',
    expect: { state: 'askingToggleState', path: 'sending' },
  },
  {
    at: START,
    says: 'ich hab authentifiziertes smtp gestern schon angehakt und kann trotzdem nicht aus close senden',
    expect: { path: 'sending' },
  },
];

/** Questions asked mid-path: answered in place, the same question stands again. */
export const asides: Row[] = [
  { at: IS_ADMIN, says: 'moment, hat microsoft gerade eine störung?', expect: { aside: 'service-status', state: 'askingIsAdmin' } },
  // the first question
  { at: START, says: 'hallo', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'hi, guten morgen', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'bist du ein bot?', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'wobei kannst du mir helfen', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'kannst du meinen google workspace sync reparieren?', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  { at: START, says: 'synchronisiert close auch meinen outlook kalender', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  {
    at: START,
    says: 'was ist das mit der änderung im dezember 2026, von der alle reden?',
    expect: { aside: 'december-change', state: 'askingSymptom' },
  },

  // are you an admin?
  { at: IS_ADMIN, says: 'Woher weiß ich, ob ich Admin bin?', expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  {
    at: IS_ADMIN,
    says: 'wie kann ich prüfen ob ich in microsoft 365 adminrechte habe',
    expect: { aside: 'am-i-admin', state: 'askingIsAdmin' },
  },
  {
    at: IS_ADMIN,
    says: 'was ist authentifiziertes smtp und warum braucht close das?',
    expect: { aside: 'what-smtp-auth', state: 'askingIsAdmin' },
  },
  { at: IS_ADMIN, says: 'ist es sicher diese einstellung zu ändern?', expect: { aside: 'is-it-safe', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'wie finde ich raus wer bei uns admin ist', expect: { aside: 'find-admin', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'mein gmail lässt sich nicht verbinden', expect: { aside: 'out-of-scope', state: 'askingIsAdmin' } },
  { at: IS_ADMIN_SYNC, says: 'was soll imap überhaupt heißen', expect: { aside: 'what-imap', state: 'askingIsAdmin' } },

  // bring in your admin
  { at: BRINGING_ADMIN, says: 'Ich bin nicht der Admin, wer ist es denn?', expect: { aside: 'find-admin', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN,
    says: 'wie bekomme ich raus wer unser 365 admin ist',
    expect: { aside: 'find-admin', state: 'bringingInAdmin' },
  },
  {
    at: BRINGING_ADMIN,
    says: 'ist das für unsere firma sicher das einzuschalten?',
    expect: { aside: 'is-it-safe', state: 'bringingInAdmin' },
  },
  { at: BRINGING_ADMIN, says: 'danke, leite ich weiter', expect: { aside: 'thanks', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN_SYNC,
    says: 'was ist imap und warum muss mein admin da ran',
    expect: { aside: 'what-imap', state: 'bringingInAdmin' },
  },

  // did you buy it through a provider?
  {
    at: PROVIDER_Q,
    says: 'was ist godaddy?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged', notState: 'contactingProvider' },
  },
  {
    at: PROVIDER_Q,
    says: 'was meinst du mit einem reseller',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  {
    at: PROVIDER_Q,
    says: 'woher soll ich wissen ob wir es über jemand anderen gekauft haben?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  { at: PROVIDER_Q, says: 'mein gmail lässt sich nicht verbinden', expect: { aside: 'out-of-scope', state: 'askingProviderManaged' } },

  // send your provider this request
  {
    at: CONTACTING_PROVIDER,
    says: 'was passiert solange mit den mails die in meiner outbox hängen?',
    expect: { aside: 'outbox-sequences', state: 'contactingProvider' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'ist es sicher, sie zu bitten das einzuschalten?',
    expect: { aside: 'is-it-safe', state: 'contactingProvider' },
  },

  // is Authenticated SMTP ticked?
  {
    at: TOGGLE_Q,
    says: 'was macht diese checkbox eigentlich',
    expect: { aside: 'what-setting', state: 'askingToggleState' },
  },
  { at: TOGGLE_Q, says: 'was ist smtp auth', expect: { aside: 'what-smtp-auth', state: 'askingToggleState' } },

  // turn it on / reset it
  {
    at: ENABLING_TOGGLE,
    says: 'bei dem benutzer gibt es kein e-mail-apps verwalten, was jetzt?',
    expect: { aside: 'mail-tab-missing', state: 'enablingToggle' },
  },
  { at: ENABLING_TOGGLE, says: 'ist es sicher das anzuhaken', expect: { aside: 'is-it-safe', state: 'enablingToggle' } },
  {
    at: ENABLING_TOGGLE,
    says: 'wie lange dauert es bis das nach dem speichern greift?',
    expect: { aside: 'wait-time', state: 'enablingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'warum haken raus und wieder rein, was bringt das?',
    expect: { aside: 'what-setting', state: 'resettingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'der reiter e-mail ist bei diesem benutzer nicht da, warum?',
    expect: { aside: 'mail-tab-missing', state: 'resettingToggle' },
  },

  // waiting for Microsoft
  {
    at: WAITING,
    says: 'Wie lange soll ich warten?',
    expect: { aside: 'wait-time', state: 'waitingForPropagation', notState: 'askingReconnectResult' },
  },
  { at: WAITING, says: 'wie lange noch?', expect: { aside: 'wait-time', state: 'waitingForPropagation' } },
  { at: WAITING, says: 'ich mag nicht warten', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  {
    at: WAITING,
    says: 'was passiert mit den mails die in meiner outbox hängen?',
    expect: { aside: 'outbox-sequences', state: 'waitingForPropagation' },
  },
  {
    at: WAITING,
    says: 'wie verbinde ich dann neu wenn es so weit ist?',
    expect: { aside: 'how-reconnect', state: 'waitingForPropagation' },
  },
  { at: WAITING, says: 'danke schon mal für die hilfe', expect: { aside: 'thanks', state: 'waitingForPropagation' } },

  // reconnect and test
  { at: RECONNECT_RESULT, says: 'Wie verbinde ich neu?', expect: { aside: 'how-reconnect', state: 'askingReconnectResult' } },
  {
    at: RECONNECT_RESULT,
    says: 'wo ist connected accounts in close',
    expect: { aside: 'how-reconnect', state: 'askingReconnectResult' },
  },
  {
    at: RECONNECT_RESULT,
    says: 'starten meine pausierten sequences von selbst wieder?',
    expect: { aside: 'outbox-sequences', state: 'askingReconnectResult' },
  },

  // how is it connected / the December change
  {
    at: CONNECTION_METHOD,
    says: 'was hat es mit dieser dezember 2026 änderung bei passwörtern auf sich?',
    expect: { aside: 'december-change', state: 'askingConnectionMethod' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'warum schafft microsoft im dezember die passwörter ab?',
    expect: { aside: 'december-change', state: 'explainingBasicAuthChange' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'wie verbinde ich neu mit dem microsoft button?',
    expect: { aside: 'how-reconnect', state: 'explainingBasicAuthChange' },
  },

  // do the addresses match?
  { at: ADDRESSES_Q, says: 'was ist ein alias?', expect: { aside: 'what-alias', state: 'askingAddressesMatch' } },
  {
    at: ADDRESSES_Q,
    says: 'was davon ist der benutzername und was die primäre email?',
    expect: { aside: 'what-alias', state: 'askingAddressesMatch' },
  },
  {
    at: ADDRESSES_Q,
    says: 'woher weiß ich ob ich admin bin? vielleicht kann ich das gar nicht sehen',
    expect: { aside: 'am-i-admin', state: 'askingAddressesMatch' },
  },

  // make the Close address primary / re-add
  {
    at: FIXING_PRIMARY,
    says: 'soll ich den benutzernamen ändern oder den alias?',
    expect: { aside: 'what-alias', state: 'fixingPrimaryAddress' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'ist es sicher die primäre adresse zu ändern, verliere ich mails?',
    expect: { aside: 'is-it-safe', state: 'fixingPrimaryAddress' },
  },
  { at: READDING, says: 'wo war nochmal connected accounts?', expect: { aside: 'how-reconnect', state: 'readdingAccount' } },
  { at: READDING, says: 'wie lange bis neue mails auftauchen?', expect: { aside: 'wait-time', state: 'readdingAccount' } },

  // IMAP
  { at: ENABLING_IMAP, says: 'Was ist IMAP?', expect: { aside: 'what-imap', state: 'enablingImap' } },
  {
    at: ENABLING_IMAP,
    says: 'ich sehe e-mail-apps verwalten überhaupt nicht, was mache ich',
    expect: { aside: 'mail-tab-missing', state: 'enablingImap' },
  },
  {
    at: ENABLING_IMAP,
    says: 'ist es sicher imap einzuschalten? ist das nicht unsicher',
    expect: { aside: 'is-it-safe', state: 'enablingImap' },
  },
  { at: SYNC_RESULT, says: 'wie lange soll ich dem zeit geben', expect: { aside: 'wait-time', state: 'askingSyncResult' } },

  // the IP allowlist
  { at: IP_ALLOWLIST, says: 'Wo bekomme ich die Liste der IPs?', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'was ist smtp auth überhaupt', expect: { aside: 'what-smtp-auth', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'wo ist die ip adressliste von close', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },

  // other places
  {
    at: NEXT_STEPS,
    says: 'bleiben meine sequences pausiert bis das behoben ist?',
    expect: { aside: 'outbox-sequences', state: 'nextSteps' },
  },
  {
    at: NEXT_STEPS,
    says: 'kannst du mir stattdessen mit meiner hubspot integration helfen',
    expect: { aside: 'out-of-scope', state: 'nextSteps' },
  },
  {
    at: ASKING_ERROR,
    says: 'was machst du mit dem fehler wenn ich ihn einfüge?',
    expect: { aside: 'capabilities', state: 'askingForError' },
  },
  { at: CLOSE_STATUS, says: 'wo finde ich connected accounts?', expect: { aside: 'how-reconnect', state: 'askingCloseStatus' } },
  { at: ASKING_ADDRESS, says: 'ist es sicher dir meine adresse zu geben?', expect: { aside: 'is-it-safe', state: 'askingForAddress' } },
  { at: ASKING_ADDRESS, says: 'warum brauchst du meine adresse?', expect: { aside: 'why-address', state: 'askingForAddress' } },
  { at: DESCRIBING, says: 'geht das auch für google workspace?', expect: { aside: 'out-of-scope', state: 'describingProblem' } },
  { at: RESOLVED, says: 'danke dir vielmals!', expect: { aside: 'thanks', state: 'resolved' } },
  { at: RESOLVED, says: 'super, danke schön', expect: { aside: 'thanks', state: 'resolved' } },
  { at: ESCALATED, says: 'während ich warte, was ist imap genau?', expect: { aside: 'what-imap', state: 'escalated' } },
  { at: ESCALATED, says: 'danke', expect: { aside: 'thanks', state: 'escalated' } },
  // what now? / what do you mean?: where we are and what to do next
  { at: IS_ADMIN, says: 'ich weiß nicht, was du damit meinst', expect: { aside: 'what-next', state: 'askingIsAdmin' } },
  { at: WAITING, says: 'und jetzt?', expect: { aside: 'what-next', state: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'was mache ich als nächstes?', expect: { aside: 'what-next', state: 'bringingInAdmin' } },
];

/** Sentences that are easy to misread: negation, contrast, questions, "jemand", addresses, typos. */
export const misreadRisks: Row[] = [
  // the admin center opens, but access is refused (or was only once): not the admin's own steps
  { at: IS_ADMIN, says: 'ich bin der Admin, die Mails gehen jetzt nicht mehr raus', expect: { notState: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: 'das Admin Center öffnet sich, aber da steht, ich habe keine Berechtigung', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: 'letztes Jahr kam ich ins Admin Center, jetzt nicht mehr', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  // negation and contrast in the first message
  { at: START, says: 'senden ist kaputt, sync geht', expect: { path: 'sending', notState: 'clarifyingPath' } },
  { at: START, says: 'synchronisierung läuft super, nur das senden klappt nicht', expect: { path: 'sending' } },
  { at: START, says: 'senden funktioniert, aber in close kommt nichts neues an', expect: { path: 'syncing' } },
  { at: START, says: 'kein problem beim senden, antworten von leads kommen einfach nie in close an', expect: { path: 'syncing' } },
  { at: START, says: 'emials hänegn in outbox gehn nich raus', expect: { path: 'sending' } },
  { at: START, says: 'synk gestoppt, keine neuen emials in close', expect: { path: 'syncing' } },

  // "jemand", "Agent", "Support" inside a description of a problem
  {
    at: START,
    says: 'Jemand hat das Passwort geändert und jetzt zeigt Close getrennt an',
    expect: { notState: 'escalated' },
  },
  { at: START, says: 'unser support-postfach synchronisiert nicht mehr in close', expect: { path: 'syncing', notState: 'escalated' } },
  {
    at: START,
    says: 'unsere vertriebsmitarbeiter können nicht aus close senden, alles hängt in der outbox',
    expect: { path: 'sending', notState: 'escalated' },
  },
  {
    at: START,
    says: 'smtp log: EHLO mail.close.com / User-Agent: Close-Mailer/3.1 / 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    expect: { diagnosis: 'smtp-auth-disabled', notState: 'escalated' },
  },
  { at: IS_ADMIN, says: 'nein, das macht jemand aus der IT', expect: { state: 'bringingInAdmin', notState: 'escalated' } },

  // addresses inside sentences are remembered, not a detour
  {
    at: START,
    says: 'meine close adresse ist mike@northwind.io und die mails liegen in der outbox',
    expect: { path: 'sending', remembers: 'mike@northwind.io', notState: 'offeringCheck' },
  },
  {
    at: START,
    says: '554 5.2.252 SendAsDenied; sales@acme.com not allowed to send as info@acme.com',
    expect: { diagnosis: 'address-mismatch', notState: 'offeringCheck' },
  },
  {
    at: ADDRESSES_Q,
    says: 'der benutzername ist john@acme.onmicrosoft.com und in close nutze ich john@acme.com',
    expect: { state: 'fixingPrimaryAddress', remembers: 'john@acme.com' },
  },
  {
    at: ADDRESSES_Q,
    says: 'ja beide sind sara@brightdental.co',
    expect: { state: 'enablingImap', remembers: 'sara@brightdental.co', notState: 'offeringCheck' },
  },

  // questions at yes/no states are not answers
  { at: IS_ADMIN, says: 'muss ich dafür admin sein?', expect: { state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'was ist godady? sind das die mit den webseiten?', expect: { aside: 'what-provider', notState: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'ist godaddy ein anbieter?', expect: { state: 'askingProviderManaged', notState: 'contactingProvider' } },
  { at: TOGGLE_Q, says: 'soll der haken gesetzt sein?', expect: { state: 'askingToggleState', notState: 'resettingToggle' } },
  {
    at: ADDRESSES_Q,
    says: 'zählt ein alias oder muss es die primäre sein?',
    expect: { aside: 'what-alias', notState: 'enablingImap' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'ändert sich meine anmeldung wenn ich den benutzernamen ändere?',
    expect: { aside: 'what-alias', notState: 'readdingAccount' },
  },
  { at: WAITING, says: 'ok, und wie lange bis ich testen kann?', expect: { aside: 'wait-time', notState: 'askingReconnectResult' } },

  // a change of topic, negated provider, going back
  {
    at: PROVIDER_Q,
    says: 'eigentlich ist das echte problem, dass eingehende mails nicht synchronisieren',
    expect: { path: 'syncing', notState: 'askingToggleState' },
  },
  {
    at: ADDRESSES_Q,
    says: 'sorry ich meinte senden, die mails hängen in der outbox',
    expect: { path: 'sending', notState: 'fixingPrimaryAddress' },
  },
  {
    at: PROVIDER_Q,
    says: 'nein wir nutzen kein godaddy oder so, wir verwalten das selbst',
    expect: { state: 'askingToggleState', notState: 'contactingProvider' },
  },
  { at: PROVIDER_Q, says: 'geh zurück', expect: { state: 'askingIsAdmin' } },
  { at: ENABLING_TOGGLE, says: 'rückgängig', expect: { state: 'askingToggleState' } },
  { at: RESETTING_TOGGLE, says: 'zurück', expect: { state: 'askingToggleState' } },
  { at: FIXING_PRIMARY, says: 'ups, zurück, die stimmen doch überein', expect: { notState: 'readdingAccount' } },
  { at: TOGGLE_Q, says: 'neu anfangen', expect: { state: 'askingSymptom' } },

  // answers with a negative word that still mean success, or a topic word that is still an answer
  { at: RECONNECT_RESULT, says: 'diesmal kein fehler, ging sauber raus', expect: { state: 'resolved' } },
  {
    at: RECONNECT_RESULT,
    says: 'nein, trennt sich immer noch sobald ich auf senden klicke',
    expect: { state: 'askingConnectionMethod', notState: 'resolved' },
  },
  {
    at: SYNC_RESULT,
    says: 'ja! die antworten tauchen jetzt beim lead auf',
    expect: { state: 'resolved', notState: 'askingIsAdmin' },
  },
  { at: SYNC_RESULT, says: 'nö, kommt immer noch nichts neues rein', expect: { state: 'nextSteps' } },
  {
    at: CONNECTION_METHOD,
    says: 'ich hab kein passwort benutzt, ich hab auf den microsoft button geklickt',
    expect: { state: 'nextSteps', notState: 'explainingBasicAuthChange' },
  },
  {
    at: CONNECTION_METHOD,
    says: 'passwort glaub ich, ich hab smtp server und port eingetragen',
    expect: { state: 'explainingBasicAuthChange' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'godaddy sagt sie haben es eingeschaltet',
    expect: { state: 'waitingForPropagation' },
  },
  { at: CONTACTING_PROVIDER, says: 'die sagen das geht in unserem tarif nicht', expect: { state: 'nextSteps' } },
  { at: BRINGING_ADMIN, says: 'mein admin sagt es ist erledigt', expect: { state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'ja ist angehakt, nicht ausgegraut oder so', expect: { state: 'resettingToggle' } },
  { at: TOGGLE_Q, says: 'nö, ist nicht angehakt', expect: { state: 'enablingToggle' } },
  { at: IS_ADMIN, says: 'jaa bin admin', expect: { state: 'askingProviderManaged' } },
  { at: NEXT_STEPS, says: 'kann sich ein echter mensch das anschauen?', expect: { state: 'escalated' } },
  // heard, or an admin after all: never "done"
  { at: BRINGING_ADMIN, says: "ich glaube, ich bin's doch", expect: { state: 'askingProviderManaged', notState: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'ok', expect: { state: 'bringingInAdmin' } },
  { at: BRINGING_ADMIN, says: 'hab es ihm geschickt', expect: { state: 'bringingInAdmin' } },
  { at: TOGGLE_Q, says: 'ich finde Authentifiziertes SMTP nirgends', expect: { aside: 'mail-tab-missing', state: 'askingToggleState' } },
  { at: BRINGING_ADMIN, says: 'ok, ich frag mal unseren IT-Typen', expect: { state: 'bringingInAdmin', notState: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: "ach so, eigentlich bin ich's doch", expect: { state: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: 'nicht ich, das macht Stefan', expect: { state: 'bringingInAdmin' } },
  { at: CONTACTING_PROVIDER, says: 'die haben es noch nicht gemacht', expect: { state: 'contactingProvider' } },
  { at: WAITING, says: 'geht immer noch nicht', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'ich weiß nicht, ob das angehakt ist', expect: { aside: 'what-next', state: 'askingToggleState' } },
  { at: IS_ADMIN, says: 'was ist ein Admin?', expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  { at: TOGGLE_Q, says: 'Häkchen ist gesetzt', expect: { state: 'resettingToggle' } },
  { at: BRINGING_ADMIN, says: 'mach ich, er ist aber erst Montag wieder da', expect: { state: 'bringingInAdmin' } },
  { at: RESOLVED, says: 'nicht schlecht, danke', expect: { state: 'resolved' } },
];
