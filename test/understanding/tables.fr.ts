import type { ChoiceId } from '../../src/machine/choices.js';
import type { Expect, Row } from './tables.en.js';

/** The tables of tables.en.ts, rewritten as French-speaking customers type them (same places, same expectations). */

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
  { at: START, says: 'close déconnecte mon mail à chaque fois que j’essaie d’envoyer', expect: sending },
  { at: START, says: 'des mails bloqués dans l’outbox depuis ce matin', expect: sending },
  { at: START, says: 'mes séquences sont en pause et ça affiche Email Sending: Disconnected', expect: sending },
  { at: START, says: 'l’envoi en masse ne part pas, tout reste dans l’outbox', expect: sending },
  { at: START, says: 'connected accounts montre email sending disconnected mais syncing connected', expect: sending },
  { at: START, says: 'je clique sur envoyer et la boîte se déconnecte direct', expect: sending },
  { at: START, says: 'je ne peux plus envoyer de mails depuis close, outlook lui marche très bien', expect: sending },
  { at: START, says: 'l’outbox a genre 40 mails qui ne sont jamais partis', expect: sending },
  { at: START, says: 'à chaque étape de séquence mon compte office 365 se déconnecte', expect: sending },
  { at: START, says: 'l’envoi depuis close a cassé depuis qu’on est passés à microsoft 365', expect: sending },
  { at: START, says: 'les mails que j’envoie aux leads restent là et ne partent jamais', expect: sending },
  { at: START, says: 'Close dit que mon compte mail a été déconnecté quand j’ai voulu écrire à un lead', expect: sending },
  { at: START, says: 'il y a un bandeau rouge qui me demande de reconnecter mon compte dès que j’envoie', expect: sending },
  { at: START, says: 'les mails sortants de close échouent, les entrants ça va', expect: sending },
  { at: START, says: 'mes workflows n’envoient plus de mails', expect: sending },
  { at: START, says: 'impossible d’écrire à mes leads depuis close, ça se déconnecte', expect: sending },
  { at: START, says: 'envois en masse en pause, un truc comme quoi ma boîte est déconnectée', expect: sending },
  { at: START, says: 'répondre à un lead depuis close ne marche pas, la réponse retourne dans l’outbox', expect: sending },
  { at: START, says: 'les mails partent pas, bloqués dans l’outbox, office 365', expect: sending },
  { at: START, says: 'mon emial se deconecte tout le temps quand j’envoie depuis close', expect: sending },

  // syncing: mail not coming in, replies missing, Close-sent mail missing from Outlook's Sent folder
  { at: START, says: 'quand j’envoie depuis close je ne le vois pas dans les envoyés d’outlook', expect: syncing },
  {
    at: START,
    says: 'j’ai changé mon nom d’utilisateur office récemment et depuis les mails envoyés depuis close ne sont plus dans outlook',
    expect: { path: 'syncing' },
  },
  { at: START, says: 'Close ne récupère pas les réponses de mon outlook', expect: syncing },
  { at: START, says: 'Les réponses ne s’affichent pas dans le fil d’activité du lead', expect: syncing },
  { at: START, says: 'le compte s’est bien connecté mais rien n’arrive', expect: syncing },
  { at: START, says: 'les mails des leads n’apparaissent pas dans close', expect: syncing },
  { at: START, says: 'les mails que j’envoie par close n’apparaissent jamais dans mes éléments envoyés outlook', expect: syncing },
  { at: START, says: 'la boîte de réception dans close est vide alors qu’outlook a des nouveaux mails', expect: syncing },
  { at: START, says: 'close a arrêté de synchroniser mes mails office 365 la semaine dernière', expect: syncing },
  { at: START, says: 'les mails entrants ne s’affichent pas sur la timeline du lead', expect: syncing },
  { at: START, says: 'Email Syncing: Disconnected dans connected accounts', expect: syncing },
  { at: START, says: 'les réponses des clients vont dans outlook mais n’arrivent jamais dans close', expect: syncing },
  { at: START, says: 'le dossier envoyés d’outlook ne contient rien de ce que j’ai envoyé depuis close', expect: syncing },
  { at: START, says: 'mes mails ne se synchronisent pas avec close', expect: syncing },
  { at: START, says: 'les nouveaux mails mettent une éternité ou n’arrivent jamais dans close', expect: syncing },
  { at: START, says: 'rien de nouveau dans le fil d’activité depuis mardi, aucun mail', expect: syncing },
  { at: START, says: 'close dit connecté mais aucun mail ne se synchronise', expect: syncing },
  {
    at: START,
    says: 'j’envoie bien des mails depuis close mais ils n’apparaissent pas dans le dossier envoyés d’outlook',
    expect: syncing,
  },

  // "SMTP AUTH extension not supported", in the person's own words
  { at: START, says: 'ça dit smtp auth non supporté', expect: smtpAuthWords },
  { at: START, says: 'le serveur dit qu’il ne supporte pas smtp auth', expect: smtpAuthWords },
  { at: START, says: 'j’ai smtp auth extension not supported quand close se connecte', expect: smtpAuthWords },
  { at: START, says: 'smpt auth pas suporté ??', expect: smtpAuthWords },
  { at: START, says: 'un message comme quoi le serveur mail n’a pas d’authentification smtp', expect: smtpAuthWords },

  // wants to paste an error
  { at: START, says: 'J’ai un message d’erreur', expect: wantsToPaste },
  { at: START, says: 'j’ai eu une erreur, je peux la coller ?', expect: wantsToPaste },
  { at: START, says: 'close m’a affiché une erreur que je peux vous copier', expect: wantsToPaste },
  { at: START, says: 'j’ai un code d’erreur bizarre, vous voulez le voir ?', expect: wantsToPaste },
  { at: START, says: 'il y a un message d’erreur, je vous le colle', expect: wantsToPaste },

  // pasted server errors
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    expect: { diagnosis: 'smtp-auth-disabled' },
  },
  {
    at: START,
    says: 'j’ai ça : 550 5.7.30 Basic authentication is not supported for Client Submission.',
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
    says: 'l’erreur dit : 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
    expect: { diagnosis: 'bad-credentials' },
  },
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. The federated STS service was unreachable.',
    expect: { diagnosis: 'provider-managed', state: 'contactingProvider' },
  },

  // a person
  { at: START, says: 'je veux parler au support', expect: person },
  { at: START, says: 'je peux parler à une vraie personne s’il vous plaît', expect: person },
  { at: START, says: 'passez-moi un humain', expect: person },
  { at: START, says: 'mettez moi en relation avec un conseiller svp', expect: person },

  // a bare address, or a live check
  { at: START, says: 'jane@contoso.com', expect: { state: 'offeringCheck', remembers: 'jane@contoso.com' } },
  {
    at: START,
    says: 'c’est sales@northwindtraders.com',
    expect: { state: 'offeringCheck', remembers: 'sales@northwindtraders.com' },
  },
  { at: START, says: 'pouvez-vous vérifier ma boîte mail', expect: wantsCheck },
  { at: START, says: 'lancez un test en direct sur mon compte svp', expect: wantsCheck },
  { at: START, says: 'vous pourriez regarder la config de mon domaine de votre côté', expect: wantsCheck },

  // could be either path: one short question naming both
  { at: START, says: 'l’email est cassé', expect: eitherPath },
  { at: START, says: 'mon outlook ne fonctionne pas avec close', expect: eitherPath },
  { at: START, says: 'office 365 ne marche plus dans close', expect: eitherPath },
  { at: START, says: 'il y a un problème avec mon mail microsoft dans close', expect: eitherPath },

  // facts said up front skip the questions they answer
  {
    at: START,
    says: 'Je ne suis pas admin mais mon mail se déconnecte dès que j’envoie',
    expect: { state: 'bringingInAdmin', path: 'sending' },
  },
  {
    at: START,
    says: 'je suis l’admin, mails bloqués dans l’outbox',
    expect: { state: 'askingProviderManaged', path: 'sending' },
  },
  {
    at: START,
    says: 'on a acheté office chez godaddy et l’envoi échoue',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'notre microsoft 365 passe par godaddy et les séquences se mettent en pause sans arrêt',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'je suis l’admin informatique ici, les réponses des leads manquent dans close',
    expect: { state: 'askingAddressesMatch', path: 'syncing' },
  },
  {
    at: START,
    says: 'pas admin, et close ne synchronise pas les mails entrants',
    expect: { state: 'bringingInAdmin', path: 'syncing' },
  },
  {
    at: START,
    says: 'on gère nous-mêmes notre tenant, je suis l’administrateur général, et close se déconnecte à l’envoi',
    expect: { state: 'askingToggleState', path: 'sending' },
  },
  {
    at: START,
    says: 'j’ai déjà coché smtp authentifié hier et je ne peux toujours pas envoyer depuis close',
    expect: { path: 'sending' },
  },
];

/** Questions asked mid-path: answered in place, the same question stands again. */
export const asides: Row[] = [
  { at: IS_ADMIN, says: 'attendez, microsoft a une panne en ce moment ?', expect: { aside: 'service-status', state: 'askingIsAdmin' } },
  // the first question
  { at: START, says: 'bonjour', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'salut, bonne journée', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'vous êtes un bot ?', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'vous pouvez m’aider pour quoi exactement', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'vous pouvez réparer ma synchro google workspace ?', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  { at: START, says: 'est-ce que close synchronise aussi mon calendrier outlook', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  {
    at: START,
    says: 'c’est quoi ce changement de décembre 2026 dont tout le monde parle ?',
    expect: { aside: 'december-change', state: 'askingSymptom' },
  },

  // are you an admin?
  { at: IS_ADMIN, says: 'Comment je sais si je suis admin ?', expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  {
    at: IS_ADMIN,
    says: 'comment vérifier si j’ai les droits d’admin dans microsoft 365',
    expect: { aside: 'am-i-admin', state: 'askingIsAdmin' },
  },
  {
    at: IS_ADMIN,
    says: 'c’est quoi smtp authentifié et pourquoi close en a besoin ?',
    expect: { aside: 'what-smtp-auth', state: 'askingIsAdmin' },
  },
  { at: IS_ADMIN, says: 'c’est sans risque de changer ce réglage ?', expect: { aside: 'is-it-safe', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'comment je trouve qui est notre admin', expect: { aside: 'find-admin', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'mon gmail ne veut pas se connecter', expect: { aside: 'out-of-scope', state: 'askingIsAdmin' } },
  { at: IS_ADMIN_SYNC, says: 'imap ça veut dire quoi au juste', expect: { aside: 'what-imap', state: 'askingIsAdmin' } },

  // bring in your admin
  { at: BRINGING_ADMIN, says: 'Je ne suis pas l’admin, c’est qui ?', expect: { aside: 'find-admin', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN,
    says: 'comment savoir qui est notre admin 365',
    expect: { aside: 'find-admin', state: 'bringingInAdmin' },
  },
  {
    at: BRINGING_ADMIN,
    says: 'c’est sûr pour notre entreprise d’activer ça ?',
    expect: { aside: 'is-it-safe', state: 'bringingInAdmin' },
  },
  { at: BRINGING_ADMIN, says: 'merci, je vais lui transférer', expect: { aside: 'thanks', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN_SYNC,
    says: 'c’est quoi imap et pourquoi mon admin devrait y toucher',
    expect: { aside: 'what-imap', state: 'bringingInAdmin' },
  },

  // did you buy it through a provider?
  {
    at: PROVIDER_Q,
    says: 'c’est quoi godaddy ?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged', notState: 'contactingProvider' },
  },
  {
    at: PROVIDER_Q,
    says: 'vous entendez quoi par revendeur',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  {
    at: PROVIDER_Q,
    says: 'comment je saurais si on l’a acheté via quelqu’un d’autre ?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  { at: PROVIDER_Q, says: 'mon gmail ne se connecte pas', expect: { aside: 'out-of-scope', state: 'askingProviderManaged' } },

  // send your provider this request
  {
    at: CONTACTING_PROVIDER,
    says: 'et les mails bloqués dans mon outbox en attendant, ils deviennent quoi ?',
    expect: { aside: 'outbox-sequences', state: 'contactingProvider' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'c’est sans danger de leur demander d’activer ça ?',
    expect: { aside: 'is-it-safe', state: 'contactingProvider' },
  },

  // is Authenticated SMTP ticked?
  {
    at: TOGGLE_Q,
    says: 'elle fait quoi concrètement cette case',
    expect: { aside: 'what-setting', state: 'askingToggleState' },
  },
  { at: TOGGLE_Q, says: 'c’est quoi smtp auth', expect: { aside: 'what-smtp-auth', state: 'askingToggleState' } },

  // turn it on / reset it
  {
    at: ENABLING_TOGGLE,
    says: 'je n’ai pas gérer les applications de messagerie sur cet utilisateur, je fais quoi ?',
    expect: { aside: 'mail-tab-missing', state: 'enablingToggle' },
  },
  { at: ENABLING_TOGGLE, says: 'c’est sûr de cocher ça', expect: { aside: 'is-it-safe', state: 'enablingToggle' } },
  {
    at: ENABLING_TOGGLE,
    says: 'ça met combien de temps à s’appliquer après l’enregistrement ?',
    expect: { aside: 'wait-time', state: 'enablingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'pourquoi décocher puis recocher, ça sert à quoi ?',
    expect: { aside: 'what-setting', state: 'resettingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'l’onglet courrier n’est pas là pour cet utilisateur, pourquoi ?',
    expect: { aside: 'mail-tab-missing', state: 'resettingToggle' },
  },

  // waiting for Microsoft
  {
    at: WAITING,
    says: 'J’attends combien de temps ?',
    expect: { aside: 'wait-time', state: 'waitingForPropagation', notState: 'askingReconnectResult' },
  },
  { at: WAITING, says: 'encore longtemps ?', expect: { aside: 'wait-time', state: 'waitingForPropagation' } },
  { at: WAITING, says: 'j’ai pas envie d’attendre', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  {
    at: WAITING,
    says: 'que deviennent les mails coincés dans mon outbox ?',
    expect: { aside: 'outbox-sequences', state: 'waitingForPropagation' },
  },
  {
    at: WAITING,
    says: 'comment je me reconnecte le moment venu ?',
    expect: { aside: 'how-reconnect', state: 'waitingForPropagation' },
  },
  { at: WAITING, says: 'merci pour votre aide jusqu’ici', expect: { aside: 'thanks', state: 'waitingForPropagation' } },

  // reconnect and test
  { at: RECONNECT_RESULT, says: 'Comment je reconnecte ?', expect: { aside: 'how-reconnect', state: 'askingReconnectResult' } },
  {
    at: RECONNECT_RESULT,
    says: 'où sont les connected accounts dans close',
    expect: { aside: 'how-reconnect', state: 'askingReconnectResult' },
  },
  {
    at: RECONNECT_RESULT,
    says: 'mes séquences en pause vont redémarrer toutes seules ?',
    expect: { aside: 'outbox-sequences', state: 'askingReconnectResult' },
  },

  // how is it connected / the December change
  {
    at: CONNECTION_METHOD,
    says: 'c’est quoi ce changement de décembre 2026 sur les mots de passe ?',
    expect: { aside: 'december-change', state: 'askingConnectionMethod' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'pourquoi microsoft supprime les mots de passe en décembre ?',
    expect: { aside: 'december-change', state: 'explainingBasicAuthChange' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'comment je reconnecte avec le bouton microsoft ?',
    expect: { aside: 'how-reconnect', state: 'explainingBasicAuthChange' },
  },

  // do the addresses match?
  { at: ADDRESSES_Q, says: 'c’est quoi un alias ?', expect: { aside: 'what-alias', state: 'askingAddressesMatch' } },
  {
    at: ADDRESSES_Q,
    says: 'lequel est le nom d’utilisateur et lequel est l’adresse principale ?',
    expect: { aside: 'what-alias', state: 'askingAddressesMatch' },
  },
  {
    at: ADDRESSES_Q,
    says: 'comment savoir si je suis admin ? je ne peux peut-être pas voir ça',
    expect: { aside: 'am-i-admin', state: 'askingAddressesMatch' },
  },

  // make the Close address primary / re-add
  {
    at: FIXING_PRIMARY,
    says: 'je dois changer le nom d’utilisateur ou l’alias ?',
    expect: { aside: 'what-alias', state: 'fixingPrimaryAddress' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'c’est sans risque de changer l’adresse principale, je vais perdre des mails ?',
    expect: { aside: 'is-it-safe', state: 'fixingPrimaryAddress' },
  },
  { at: READDING, says: 'c’est où déjà connected accounts ?', expect: { aside: 'how-reconnect', state: 'readdingAccount' } },
  { at: READDING, says: 'dans combien de temps les nouveaux mails vont apparaître ?', expect: { aside: 'wait-time', state: 'readdingAccount' } },

  // IMAP
  { at: ENABLING_IMAP, says: 'C’est quoi IMAP ?', expect: { aside: 'what-imap', state: 'enablingImap' } },
  {
    at: ENABLING_IMAP,
    says: 'je ne vois pas du tout gérer les applications de messagerie, je fais quoi',
    expect: { aside: 'mail-tab-missing', state: 'enablingImap' },
  },
  {
    at: ENABLING_IMAP,
    says: 'c’est sûr d’activer imap ? c’est pas risqué ?',
    expect: { aside: 'is-it-safe', state: 'enablingImap' },
  },
  { at: SYNC_RESULT, says: 'je lui laisse combien de temps', expect: { aside: 'wait-time', state: 'askingSyncResult' } },

  // the IP allowlist
  { at: IP_ALLOWLIST, says: 'Je trouve où la liste des IP ?', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'c’est quoi smtp auth au fait', expect: { aside: 'what-smtp-auth', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'elle est où la liste des adresses ip de close', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },

  // other places
  {
    at: NEXT_STEPS,
    says: 'mes séquences vont rester en pause tant que ce n’est pas réglé ?',
    expect: { aside: 'outbox-sequences', state: 'nextSteps' },
  },
  {
    at: NEXT_STEPS,
    says: 'vous pouvez plutôt m’aider avec mon intégration hubspot',
    expect: { aside: 'out-of-scope', state: 'nextSteps' },
  },
  {
    at: ASKING_ERROR,
    says: 'vous allez faire quoi de l’erreur une fois que je l’aurai collée ?',
    expect: { aside: 'capabilities', state: 'askingForError' },
  },
  { at: CLOSE_STATUS, says: 'où je trouve connected accounts ?', expect: { aside: 'how-reconnect', state: 'askingCloseStatus' } },
  { at: ASKING_ADDRESS, says: 'c’est sûr de vous donner mon adresse ?', expect: { aside: 'is-it-safe', state: 'askingForAddress' } },
  { at: ASKING_ADDRESS, says: 'pourquoi vous avez besoin de mon adresse ?', expect: { aside: 'why-address', state: 'askingForAddress' } },
  { at: DESCRIBING, says: 'ça marche pour google workspace ?', expect: { aside: 'out-of-scope', state: 'describingProblem' } },
  { at: RESOLVED, says: 'merci mille fois !', expect: { aside: 'thanks', state: 'resolved' } },
  { at: RESOLVED, says: 'super merci', expect: { aside: 'thanks', state: 'resolved' } },
  { at: ESCALATED, says: 'en attendant, c’est quoi imap exactement ?', expect: { aside: 'what-imap', state: 'escalated' } },
  { at: ESCALATED, says: 'merci à vous', expect: { aside: 'thanks', state: 'escalated' } },
  // what now? / what do you mean?: where we are and what to do next
  { at: IS_ADMIN, says: 'je ne vois pas ce que vous voulez dire', expect: { aside: 'what-next', state: 'askingIsAdmin' } },
  { at: WAITING, says: 'et maintenant ?', expect: { aside: 'what-next', state: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'je fais quoi ensuite ?', expect: { aside: 'what-next', state: 'bringingInAdmin' } },
  { at: ADDRESSES_Q, says: 'je ne sais pas trop, comment je vérifie ?', expect: { aside: 'what-next', state: 'askingAddressesMatch' } },
];

/** Sentences that are easy to misread: negation, contrast, questions, "quelqu'un", addresses, typos. */
export const misreadRisks: Row[] = [
  // the admin center opens, but access is refused (or was only once): not the admin's own steps
  { at: IS_ADMIN, says: "je suis l'admin, ça ne marche plus maintenant", expect: { notState: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: "le centre d'administration s'ouvre mais il dit que je n'ai pas la permission", expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: "je pouvais ouvrir le centre d'administration l'an dernier, plus maintenant", expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  // negation and contrast in the first message
  { at: START, says: 'l’envoi est cassé, la synchro va bien', expect: { path: 'sending', notState: 'clarifyingPath' } },
  { at: START, says: 'la synchronisation marche bien, c’est juste l’envoi qui échoue', expect: { path: 'sending' } },
  { at: START, says: 'l’envoi marche, mais rien de nouveau n’arrive dans close', expect: { path: 'syncing' } },
  { at: START, says: 'pas un problème d’envoi, les réponses des leads n’arrivent juste jamais dans close', expect: { path: 'syncing' } },
  { at: START, says: 'emials bloquer dans outbox partent pa', expect: { path: 'sending' } },
  { at: START, says: 'synchro arreté, plus de nouveau mails dans close', expect: { path: 'syncing' } },

  // "quelqu'un", "agent", "support" inside a description of a problem
  {
    at: START,
    says: 'Quelqu’un a changé le mot de passe et maintenant Close affiche déconnecté',
    expect: { notState: 'escalated' },
  },
  { at: START, says: 'notre boîte support ne se synchronise plus dans close', expect: { path: 'syncing', notState: 'escalated' } },
  {
    at: START,
    says: 'mes agents commerciaux ne peuvent pas envoyer depuis close, tout reste dans l’outbox',
    expect: { path: 'sending', notState: 'escalated' },
  },
  {
    at: START,
    says: 'log smtp : EHLO mail.close.com / User-Agent: Close-Mailer/3.1 / 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    expect: { diagnosis: 'smtp-auth-disabled', notState: 'escalated' },
  },
  { at: IS_ADMIN, says: 'non, c’est quelqu’un de l’informatique qui gère ça', expect: { state: 'bringingInAdmin', notState: 'escalated' } },

  // addresses inside sentences are remembered, not a detour
  {
    at: START,
    says: 'mon adresse dans close est mike@northwind.io et les mails restent dans l’outbox',
    expect: { path: 'sending', remembers: 'mike@northwind.io', notState: 'offeringCheck' },
  },
  {
    at: START,
    says: '554 5.2.252 SendAsDenied; sales@acme.com not allowed to send as info@acme.com',
    expect: { diagnosis: 'address-mismatch', notState: 'offeringCheck' },
  },
  {
    at: ADDRESSES_Q,
    says: 'le nom d’utilisateur est john@acme.onmicrosoft.com et dans close j’utilise john@acme.com',
    expect: { state: 'fixingPrimaryAddress', remembers: 'john@acme.com' },
  },
  {
    at: ADDRESSES_Q,
    says: 'oui les deux sont sara@brightdental.co',
    expect: { state: 'enablingImap', remembers: 'sara@brightdental.co', notState: 'offeringCheck' },
  },

  // questions at yes/no states are not answers
  { at: IS_ADMIN, says: 'il faut être admin pour ça ?', expect: { state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'c quoi godady ? c’est les gens des sites web ?', expect: { aside: 'what-provider', notState: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'godaddy c’est un fournisseur ?', expect: { state: 'askingProviderManaged', notState: 'contactingProvider' } },
  { at: TOGGLE_Q, says: 'ça doit être coché ?', expect: { state: 'askingToggleState', notState: 'resettingToggle' } },
  {
    at: ADDRESSES_Q,
    says: 'un alias ça compte ou il faut que ce soit l’adresse principale ?',
    expect: { aside: 'what-alias', notState: 'enablingImap' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'changer le nom d’utilisateur va changer ma façon de me connecter ?',
    expect: { aside: 'what-alias', notState: 'readdingAccount' },
  },
  { at: WAITING, says: 'ok, donc dans combien de temps je peux tester ?', expect: { aside: 'wait-time', notState: 'askingReconnectResult' } },

  // a change of topic, negated provider, going back
  {
    at: PROVIDER_Q,
    says: 'en fait le vrai problème c’est que les mails entrants ne se synchronisent pas',
    expect: { path: 'syncing', notState: 'askingToggleState' },
  },
  {
    at: ADDRESSES_Q,
    says: 'pardon je voulais dire l’envoi, les mails sont bloqués dans l’outbox',
    expect: { path: 'sending', notState: 'fixingPrimaryAddress' },
  },
  {
    at: PROVIDER_Q,
    says: 'non on n’utilise pas godaddy ni rien, on le gère nous-mêmes',
    expect: { state: 'askingToggleState', notState: 'contactingProvider' },
  },
  { at: PROVIDER_Q, says: 'revenir en arrière', expect: { state: 'askingIsAdmin' } },
  { at: ENABLING_TOGGLE, says: 'annuler ma réponse', expect: { state: 'askingToggleState' } },
  { at: RESETTING_TOGGLE, says: 'retour', expect: { state: 'askingToggleState' } },
  { at: FIXING_PRIMARY, says: 'oups, retour, en fait elles correspondent', expect: { notState: 'readdingAccount' } },
  { at: TOGGLE_Q, says: 'recommencer', expect: { state: 'askingSymptom' } },

  // answers with a negative word that still mean success, or a topic word that is still an answer
  { at: RECONNECT_RESULT, says: 'aucune erreur cette fois, il est bien parti', expect: { state: 'resolved' } },
  {
    at: RECONNECT_RESULT,
    says: 'non, ça se déconnecte toujours dès que j’appuie sur envoyer',
    expect: { state: 'askingConnectionMethod', notState: 'resolved' },
  },
  {
    at: SYNC_RESULT,
    says: 'oui ! les réponses s’affichent sur le lead maintenant',
    expect: { state: 'resolved', notState: 'askingIsAdmin' },
  },
  { at: SYNC_RESULT, says: 'non, toujours rien de nouveau qui arrive', expect: { state: 'nextSteps' } },
  {
    at: CONNECTION_METHOD,
    says: 'j’ai pas utilisé de mot de passe, j’ai cliqué sur le bouton microsoft',
    expect: { state: 'nextSteps', notState: 'explainingBasicAuthChange' },
  },
  {
    at: CONNECTION_METHOD,
    says: 'mot de passe je crois, j’ai tapé le serveur smtp et le port',
    expect: { state: 'explainingBasicAuthChange' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'godaddy dit qu’ils l’ont activé',
    expect: { state: 'waitingForPropagation' },
  },
  { at: CONTACTING_PROVIDER, says: 'ils disent qu’ils ne peuvent pas faire ça avec notre offre', expect: { state: 'nextSteps' } },
  { at: BRINGING_ADMIN, says: 'mon admin dit que c’est fait', expect: { state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'oui c’est coché, pas grisé ni rien', expect: { state: 'resettingToggle' } },
  { at: TOGGLE_Q, says: 'non, c’est décoché', expect: { state: 'enablingToggle' } },
  { at: IS_ADMIN, says: 'oiu je suis admin', expect: { state: 'askingProviderManaged' } },
  { at: NEXT_STEPS, says: 'une vraie personne peut regarder ça ?', expect: { state: 'escalated' } },
  // heard, or an admin after all: never "done"
  { at: BRINGING_ADMIN, says: 'je crois que je le suis', expect: { state: 'askingProviderManaged', notState: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'ok', expect: { state: 'bringingInAdmin' } },
  { at: WAITING, says: "d'accord", expect: { state: 'waitingForPropagation' } },
  { at: IS_ADMIN, says: "pas moi, c'est Julien qui gère ça", expect: { state: 'bringingInAdmin' } },
  { at: CONTACTING_PROVIDER, says: "ils ne l'ont pas encore fait", expect: { state: 'contactingProvider' } },
  { at: WAITING, says: 'ça ne marche toujours pas', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: "je ne sais pas si c'est coché", expect: { aside: 'what-next', state: 'askingToggleState' } },
  { at: IS_ADMIN, says: "c'est quoi un admin ?", expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  { at: WAITING, says: 'ok je reviens dans une demi-heure', expect: { state: 'waitingForPropagation', notState: 'enablingToggle' } },
  { at: ENABLING_TOGGLE, says: 'Bonjour, je vous confirme que la modification a été enregistrée.', expect: { state: 'waitingForPropagation' } },
];
