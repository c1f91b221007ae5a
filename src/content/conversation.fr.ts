import type { DisambiguationQuestion } from '../machine/classifier.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { ViewKey } from '../machine/view-keys.js';
import { byState, type AsideAnswer, type ConversationContent, type PerState } from './conversation.types.js';
import type { ContentSettings } from './types.js';
import { BASIC_AUTH_CHANGE_DATE } from './wording-rules.js';

/** States where the admin-center steps for Authenticated SMTP are on screen or about to be. */
const TOGGLE_STATES: readonly ViewKey[] = ['askingToggleState', 'resettingToggle', 'enablingToggle'];
/** States about the mailbox's primary address. */
const ADDRESS_STATES: readonly ViewKey[] = ['askingAddressesMatch', 'fixingPrimaryAddress'];
/** States after the mailbox was re-added, where Close is syncing again. */
const RESYNC_STATES: readonly ViewKey[] = ['readdingAccount', 'enablingImap', 'askingSyncResult'];
/** States that wait on someone else: an admin or a provider. */
const HANDED_OFF: readonly ViewKey[] = ['bringingInAdmin', 'contactingProvider'];
/** The conversation is over. */
const ENDED: readonly ViewKey[] = ['resolved', 'escalated'];

const MAIL_APPS = 'Utilisateurs > Utilisateurs actifs > l’utilisateur > Courrier > Gérer les applications de messagerie';
const USERNAME = 'Utilisateurs > Utilisateurs actifs > l’utilisateur > Compte > Gérer le nom d’utilisateur et l’adresse e-mail';

function span(minutes: number): string {
  if (minutes >= 60) {
    const hours = Math.round(minutes / 60);
    return `${hours} heure${hours > 1 ? 's' : ''}`;
  }
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

/** Whole minutes until the follow-up, or null when none is scheduled. */
function minutesLeft(settings: ContentSettings): number | null {
  if (!settings.followUpDueAt) return null;
  return Math.max(0, Math.ceil((settings.followUpDueAt.getTime() - settings.now.getTime()) / 60_000));
}

function closeAddress(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

const waitTime: AsideAnswer = (facts, settings, where) => {
  const usual = span(settings.followUpMinutes);
  if (where === 'resolved') return 'Plus besoin d’attendre : votre boîte mail fonctionne de nouveau.';
  if (where === 'escalated') return 'Je ne peux pas le dire exactement : cela dépend de la charge de l’équipe en ce moment.';
  if (where === 'waitingForPropagation') {
    const left = minutesLeft(settings);
    if (left === null) return `Microsoft applique en général le changement en ${usual} environ. Je reviens vers vous à ce moment-là.`;
    if (left === 0) return 'L’attente est presque finie. Je reviens d’un instant à l’autre, ou vous pouvez choisir Tester maintenant.';
    return `Encore ${span(left)} environ. Microsoft applique en général le changement en ${usual}, et je reviens vers vous à ce moment-là.`;
  }
  if (where === 'runningCheck') return 'Pas longtemps : la vérification prend environ 15 secondes.';
  if (RESYNC_STATES.includes(where)) return 'Une fois la boîte mail ajoutée de nouveau, laissez quelques minutes à Close pour commencer la synchronisation.';
  if (HANDED_OFF.includes(where)) {
    return `Cela dépend de la rapidité de leur réponse. Une fois le changement fait, Microsoft met en général ${usual} environ à l’appliquer.`;
  }
  if (facts.path === 'syncing') return 'Après le changement, ajoutez de nouveau la boîte mail dans Close et laissez-lui quelques minutes pour se synchroniser.';
  return `Après le changement dans Microsoft 365, il faut en général ${usual} environ avant que Close puisse de nouveau envoyer. Je vous dirai quand tester.`;
};

const skipWait: AsideAnswer = (facts, _settings, where) => {
  if (where === 'waitingForPropagation') {
    return 'Inutile d’attendre : choisissez Tester maintenant quand vous voulez. Si le test échoue, il faut peut-être juste un peu plus de temps : réessayez un peu plus tard.';
  }
  if (ENDED.includes(where)) return 'Il n’y a plus rien à attendre de mon côté.';
  if (facts.path === 'syncing') {
    return 'Il n’y a pas de délai fixe ici. Une fois la boîte mail ajoutée de nouveau, regardez si de nouveaux e-mails arrivent ; sinon, il faut peut-être juste quelques minutes de plus.';
  }
  return 'Vous n’aurez pas à attendre : le moment venu, vous pourrez choisir Tester maintenant. Si le test échoue, il faut peut-être juste un peu plus de temps.';
};

const whatImap: AsideAnswer = (facts, _settings, where) => {
  const base = 'IMAP, c’est ce qui permet à Close de lire votre boîte mail, pour afficher les nouveaux e-mails, les réponses et vos e-mails envoyés.';
  if (where === 'enablingImap') return `${base} S’il est désactivé pour la boîte mail, rien ne se synchronise. C’est le réglage de cette étape.`;
  if (facts.path === 'sending') return `${base} Il sert à la synchronisation : ce n’est pas lui qui vous empêche d’envoyer.`;
  return `${base} S’il est désactivé pour la boîte mail dans Microsoft 365, les e-mails ne se synchronisent pas dans Close.`;
};

const whatSmtpAuth: AsideAnswer = (facts) => {
  const base =
    'SMTP authentifié ("Authenticated SMTP") permet à une application de se connecter au serveur de Microsoft pour envoyer en votre nom. C’est ainsi que Close envoie vos e-mails : il doit donc être activé pour votre boîte, même avec la connexion Microsoft.';
  return facts.path === 'syncing' ? `${base} Mais il concerne l’envoi : pour la synchro, ce sont IMAP et l’adresse qui comptent.` : base;
};

const whatSetting: AsideAnswer = (facts, _settings, where) => {
  if (ADDRESS_STATES.includes(where)) {
    const address = closeAddress(facts);
    return `Close ne synchronise que si l’adresse connectée dans Close${address ? ` (${address})` : ''} est à la fois l’adresse principale et le nom d’utilisateur de la boîte mail. Les deux se trouvent sous ${USERNAME}.`;
  }
  if (where === 'enablingImap' || where === 'askingSyncResult') {
    return `C’est IMAP, sous ${MAIL_APPS}. Close lit vos e-mails par ce biais, il doit donc être coché.`;
  }
  if (where === 'checkingIpAllowlist') {
    return 'Deux choses : votre fournisseur doit accepter les adresses IP de Close, et SMTP authentifié doit être coché pour la boîte mail (Courrier > Gérer les applications de messagerie).';
  }
  if (where === 'askingConnectionMethod' || where === 'explainingBasicAuthChange') {
    return 'C’est la façon dont la boîte mail est connectée dans Close : avec le bouton de connexion Microsoft, ou avec un mot de passe et des paramètres de serveur. C’est la connexion Microsoft qui continue de fonctionner.';
  }
  if (where === 'resettingToggle') {
    return `C’est SMTP authentifié, sous ${MAIL_APPS}. Le décocher puis le recocher oblige Microsoft à l’appliquer de nouveau quand il est bloqué.`;
  }
  if (facts.path === 'sending' || TOGGLE_STATES.includes(where)) {
    return `C’est SMTP authentifié, sous ${MAIL_APPS}. Il permet à Close de se connecter à Microsoft pour envoyer vos e-mails.`;
  }
  if (facts.path === 'syncing') {
    return 'Pour la synchronisation, il y en a deux : l’adresse principale de la boîte mail (Compte > Gérer le nom d’utilisateur et l’adresse e-mail) et IMAP (Courrier > Gérer les applications de messagerie).';
  }
  return 'Cela dépend du problème : pour l’envoi, c’est SMTP authentifié ; pour la synchronisation, c’est l’adresse principale de la boîte mail et IMAP. Lequel rencontrez-vous ?';
};

const isItSafe: AsideAnswer = (facts, _settings, where) => {
  if (where === 'askingForAddress' || where === 'offeringCheck' || where === 'runningCheck' || where === 'reportingCheck') {
    return 'Oui. La vérification regarde seulement de l’extérieur et ne change rien. Si vous vous connectez pour elle, j’envoie un seul e-mail de test de la boîte mail vers elle-même, et j’oublie votre connexion à la fin.';
  }
  if (ADDRESS_STATES.includes(where)) {
    return 'Oui. Cela ne change que cette boîte mail, et les e-mails déjà dedans restent où ils sont. Si vous changez le nom d’utilisateur, vous vous connecterez ensuite à Microsoft avec la nouvelle adresse.';
  }
  if (facts.path === 'syncing' || where === 'enablingImap') {
    return 'Oui. Ces réglages ne changent que cette boîte mail, rien d’autre n’est ouvert. Avec la connexion Microsoft, Close ne voit jamais votre mot de passe.';
  }
  return 'Oui. SMTP authentifié est activé pour cette seule boîte mail, pas pour toute votre organisation, et rien d’autre n’est ouvert. Avec la connexion Microsoft, Close ne voit jamais votre mot de passe.';
};

const amIAdmin: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Allez sur admin.microsoft.com et connectez-vous avec votre compte professionnel. Si le centre d’administration s’ouvre, vous avez un rôle d’administrateur (par exemple administrateur général ou Exchange). S’il indique que vous n’avez pas accès, vous n’êtes pas admin.';
  return where === 'askingIsAdmin' ? `${base} Pas de souci : j’écrirai un message pour la personne qui l’est.` : base;
};

const findAdmin: AsideAnswer = () =>
  'C’est souvent la personne qui a mis en place Microsoft 365 dans votre entreprise, votre équipe informatique, ou celle qui paie la facture Microsoft. Toute personne qui peut ouvrir admin.microsoft.com peut les voir sous Rôles > Attributions de rôles ("Role assignments") > Administrateur général.';

const whatProvider: AsideAnswer = () =>
  'Un fournisseur (ou revendeur) est une entreprise, comme GoDaddy, qui vous a vendu Microsoft 365 et peut en détenir les réglages d’administration. Pour le savoir : regardez qui vous le facture, ou connectez-vous à outlook.office.com. Si vous arrivez sur une page de connexion GoDaddy, c’est GoDaddy qui le gère.';

const howReconnect: AsideAnswer = () =>
  'Dans Close, ouvrez Settings > Connected Accounts (Accounts & Apps dans la nouvelle interface) et sélectionnez votre boîte mail. Reconnectez-la à cet endroit. Si cela ne marche pas, choisissez Remove account en bas de la page, puis ajoutez-la de nouveau avec + Add Account > Microsoft.';

const whatAlias: AsideAnswer = (facts) => {
  const base =
    'Le nom d’utilisateur sert à vous connecter à Microsoft. L’adresse principale est l’adresse de la boîte ; un alias est une adresse en plus. Close a besoin que son adresse soit les deux.';
  const signIn = ' Changer le nom d’utilisateur change votre identifiant de connexion.';
  const target = facts.known.closeAddress;
  const named = target ? `${base} Rendez ${target} principale : si c’est un alias, menu … > "Change to primary email".${signIn}` : null;
  if (named && named.length <= 350) return named;
  return `${base} Si l’adresse de Close est un alias, rendez-la principale (menu … > "Change to primary email").${signIn}`;
};

const ipList: AsideAnswer = (_facts, settings, where) => {
  if (settings.closeIpListUrl) {
    return `Close publie ici les adresses IP depuis lesquelles il envoie : ${settings.closeIpListUrl}. Votre fournisseur doit toutes les accepter.`;
  }
  return where === 'escalated'
    ? 'Le support de Close peut vous envoyer la liste à jour des adresses IP d’envoi de Close. Demandez-la à la personne qui vous répondra ici.'
    : 'Le support de Close peut vous envoyer la liste à jour des adresses IP d’envoi de Close. Demandez à parler à une personne ici, elle vous la transmettra.';
};

const whyAddress: AsideAnswer = () =>
  "Pour vérifier la boîte aux lettres à votre place : à partir de l'adresse, je consulte les enregistrements de messagerie du domaine et sa connexion Microsoft 365, et je teste les serveurs de messagerie Outlook, le tout de l'extérieur. Rien n'est modifié et rien n'est envoyé. Vous n'êtes pas obligé de la donner : nous pouvons continuer sans la vérification.";

const decemberChange: AsideAnswer = (_facts, settings) => {
  const when =
    settings.now >= BASIC_AUTH_CHANGE_DATE
      ? 'Depuis fin décembre 2026, la connexion par mot de passe pour l’envoi est désactivée par défaut dans les organisations Microsoft 365 existantes.'
      : 'À partir de fin décembre 2026, Microsoft désactive par défaut la connexion par mot de passe pour l’envoi dans les organisations Microsoft 365 existantes.';
  return `${when} Les admins peuvent la réactiver jusqu’à une date finale annoncée au second semestre 2027. La connexion Microsoft évite ce problème, mais SMTP authentifié doit rester activé.`;
};

const mailTabMissing: AsideAnswer = () =>
  'Trois points à vérifier : que vous avez ouvert le bon utilisateur (Utilisateurs > Utilisateurs actifs) ; que l’utilisateur a une licence qui inclut une boîte mail Exchange ; et que vous êtes connecté avec un rôle d’administrateur, par exemple administrateur général ou Exchange.';

const outboxSequences: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Les e-mails bloqués dans l’Outbox ne sont pas perdus : une fois la boîte mail reconnectée, vous pourrez les renvoyer depuis l’Outbox. Les séquences mises en pause lors de la déconnexion devront être relancées.';
  return ENDED.includes(where) ? base : `${base} Je vous le rappellerai à la fin.`;
};

const capabilities: AsideAnswer = () =>
  'J’aide avec les boîtes mail Microsoft 365 connectées à Close : envoi qui échoue, e-mails qui ne se synchronisent pas, messages d’erreur, et vérification en direct de votre boîte mail. Si on bloque, je peux vous passer à une personne.';

const thanks: AsideAnswer = (_facts, _settings, where) => {
  if (where === 'resolved') return 'Avec plaisir ! Ravi que ça fonctionne de nouveau. Bonne journée.';
  if (where === 'escalated') return 'Avec plaisir.';
  return 'Avec plaisir ! Continuez quand vous voulez.';
};

const greeting: AsideAnswer = () => 'Bonjour ! J’aide avec les boîtes mail Microsoft 365 connectées à Close.';

const serviceStatus: AsideAnswer = () =>
  'Je ne vois pas l’état des services Microsoft d’ici. Un admin peut le consulter dans le centre d’administration Microsoft 365, sous Intégrité > Intégrité du service, et tout le monde peut regarder status.office365.com. Une panne explique rarement que Close se déconnecte sans cesse : c’est presque toujours un paramètre de Microsoft 365.';

const outOfScope: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Je ne connais que les boîtes mail Microsoft 365 (Office 365) connectées à Close : je ne peux donc pas aider pour Gmail, Google Workspace, les calendriers ou d’autres CRM.';
  if (where === 'escalated') return `${base} La personne du support qui vous répondra ici pourra vous aider.`;
  if (where === 'resolved') return `${base} Une personne du support le peut : il suffit d’en demander une.`;
  return `${base} Une personne du support le peut : choisissez Parler à une personne.`;
};

const SYNC_CHECK =
  'Laissez quelques minutes à Close, puis cherchez les nouveaux e-mails sur un lead et les e-mails envoyés depuis Close dans les Éléments envoyés d’Outlook. Dites-moi s’ils apparaissent.';

/** « Et maintenant ? » : où nous en sommes et quoi faire ensuite, pour chaque état (la question courte suit). */
const WHAT_NEXT: PerState = {
  askingSymptom: () =>
    'Nous n’avons pas encore commencé. Dites-moi en quelques mots ce qui ne va pas (l’envoi depuis Close, ou les e-mails qui arrivent), ou collez le message d’erreur, et je vous guide jusqu’à la solution.',
  askingCloseStatus: () =>
    'Ouvrez Connected Accounts dans Close et regardez votre boîte mail. Dites-moi ce qu’indiquent Email Sending et Email Syncing, et je saurai quelle solution il vous faut.',
  askingForError: () =>
    'Collez ici le message d’erreur tel qu’il apparaît. Je vous dirai ce qu’il signifie et comment le corriger. Pas de message d’erreur ? Choisissez Je n’en ai pas.',
  describingProblem: () => 'Dites-moi en une phrase ce qui ne va pas, ou collez le message d’erreur. Ensuite, je vous mène à la solution.',
  clarifyingPath: () => 'J’ai juste besoin de savoir ce qui ne marche pas : l’envoi depuis Close, ou les e-mails qui arrivent. Chacun a sa solution.',
  disambiguating: () => 'Cette erreur a deux causes possibles. Votre réponse me dit laquelle, puis je vous donne la solution.',
  explainingDiagnosis: () =>
    'Essayez la solution que j’ai décrite, puis dites-moi si ça marche ou si ça échoue encore. Si ça échoue, nous verrons ensemble l’étape suivante.',
  notMicrosoft365: () =>
    'Ces étapes ne valent que pour les boîtes mail Microsoft 365 : la suite, ce sont les réglages de votre fournisseur de messagerie pour Close. Une personne du support peut aussi vous aider : choisissez Parler à une personne.',
  askingIsAdmin: () =>
    'La solution est un réglage du centre d’administration Microsoft 365, que seul un administrateur peut modifier. Si vous l’êtes, je vous guide pas à pas. Sinon, ou si vous n’êtes pas sûr, je rédige un message pour votre administrateur.',
  bringingInAdmin: (facts) =>
    `Envoyez à votre administrateur le message ci-dessus. Une fois le changement fait, dites-le-moi ici, et nous vérifierons que Close ${facts.path === 'syncing' ? 'synchronise' : 'envoie'} de nouveau. Si vous êtes finalement administrateur vous-même, dites-le-moi.`,
  askingProviderManaged: () =>
    'J’ai besoin de savoir si une société comme GoDaddy gère votre Microsoft 365 pour vous. Si c’est le cas, c’est à elle de faire le changement. Sinon, nous regarderons le réglage ensemble juste après.',
  contactingProvider: (facts) =>
    `Envoyez au support de ${facts.provider ?? 'votre fournisseur'} la demande ci-dessus : elle dit exactement quoi changer. Quand ils répondent, dites-moi s’ils l’ont activé.`,
  askingToggleState: () =>
    'Dans le centre d’administration, ouvrez l’utilisateur, puis Courrier > Gérer les applications de messagerie, et regardez SMTP authentifié. Dites-moi s’il est coché, et je vous dirai quoi changer.',
  resettingToggle: (_facts, settings) =>
    `Décochez SMTP authentifié et enregistrez, puis recochez-le et enregistrez de nouveau, comme dans les étapes ci-dessus. Microsoft a ensuite besoin d’environ ${span(settings.followUpMinutes)} pour l’appliquer, puis nous testons.`,
  enablingToggle: (_facts, settings) =>
    `Cochez SMTP authentifié et enregistrez, comme dans les étapes ci-dessus. Microsoft a ensuite besoin d’environ ${span(settings.followUpMinutes)} pour l’appliquer, puis nous testons.`,
  waitingForPropagation: (_facts, settings) => {
    const left = minutesLeft(settings);
    const wait = left ? ` (encore environ ${span(left)})` : '';
    return `Rien à faire pour l’instant : Microsoft applique le changement${wait}. Ensuite, vous reconnectez la boîte mail dans Close et envoyez un test. Vous ne voulez pas attendre ? Choisissez Tester maintenant.`;
  },
  askingReconnectResult: () =>
    'Reconnectez la boîte mail dans Connected Accounts de Close, puis envoyez-vous un e-mail de test depuis Close. Dites-moi s’il est parti.',
  askingConnectionMethod: () =>
    'Dites-moi comment la boîte mail est connectée dans Close : avec le bouton de connexion Microsoft, ou avec un mot de passe et des paramètres de serveur. Cela décide de ce que nous essayons ensuite.',
  explainingBasicAuthChange: () =>
    'Reconnectez la boîte mail dans Close avec le bouton de connexion Microsoft, comme dans les étapes ci-dessus. Dites-moi quand c’est fait, et nous testerons de nouveau.',
  askingAddressesMatch: (facts) =>
    `Dans le centre d’administration, ouvrez l’utilisateur et regardez l’onglet Compte. Dites-moi si le nom d’utilisateur et l’adresse principale sont tous deux ${closeAddress(facts) ?? 'l’adresse utilisée dans Close'}.`,
  fixingPrimaryAddress: (facts) =>
    `Faites de ${closeAddress(facts) ?? 'l’adresse de Close'} l’adresse principale et enregistrez, comme dans les étapes ci-dessus. Ensuite, vous reconnectez la boîte mail à Close.`,
  readdingAccount: () => SYNC_CHECK,
  enablingImap: () =>
    'Cochez IMAP pour la boîte mail et enregistrez, puis supprimez la boîte mail dans Close et ajoutez-la de nouveau. Dites-moi quand elle est de retour, et nous vérifierons la synchronisation.',
  askingSyncResult: () => SYNC_CHECK,
  checkingIpAllowlist: () =>
    'Demandez à votre fournisseur de messagerie d’accepter toutes les adresses IP de Close. Quand c’est fait, dites-le-moi, et nous vérifierons ensuite SMTP authentifié.',
  askingForAddress: () => 'Tapez l’adresse e-mail connectée dans Close, et je la vérifie en direct. Cela prend environ 15 secondes et ne change rien.',
  offeringCheck: (facts) =>
    `Choisissez Vérifier et je regarde ${facts.address ?? 'cette adresse'} en direct, en 15 secondes environ. Ou choisissez Pas maintenant pour continuer sans.`,
  runningCheck: () => 'Rien pour l’instant : la vérification est en cours, et je publie ici ce que je trouve dans un instant.',
  reportingCheck: () => 'Les résultats de la vérification sont ci-dessus. Choisissez Continuer pour reprendre là où nous en étions, ou Vérifier de nouveau.',
  nextSteps: () =>
    'Les solutions habituelles n’ont pas suffi : l’étape suivante, c’est une personne du support. Choisissez Parler à une personne, elle recevra un résumé de ce que nous avons essayé. Ou collez un nouveau message d’erreur.',
  resolved: (facts) => (facts.path === 'syncing' ? 'Il n’y a plus rien à faire : Close synchronise de nouveau votre boîte mail.' : 'Il n’y a plus rien à réparer. Renvoyez simplement ce qui est resté dans votre Outbox dans Close et relancez les séquences en pause.'),
  escalated: () => 'Rien à faire de votre côté : ils ont déjà un résumé de ce que nous avons essayé, vous n’aurez donc rien à répéter.',
};

/** The disambiguation questions, short. */
const SHORT_QUESTIONS: Record<DisambiguationQuestion, string> = {
  'password-works-elsewhere': 'Pouvez-vous vous connecter à outlook.office.com avec la même adresse et le même mot de passe ?',
  'address-is-primary': 'L’adresse utilisée dans Close est-elle l’adresse principale de la boîte mail, et non un alias ?',
};

export const conversationFr: ConversationContent = {
  asides: {
    'wait-time': waitTime,
    'skip-wait': skipWait,
    'what-imap': whatImap,
    'what-smtp-auth': whatSmtpAuth,
    'what-setting': whatSetting,
    'is-it-safe': isItSafe,
    'am-i-admin': amIAdmin,
    'find-admin': findAdmin,
    'what-provider': whatProvider,
    'how-reconnect': howReconnect,
    'what-alias': whatAlias,
    'ip-list': ipList,
    'why-address': whyAddress,
    'december-change': decemberChange,
    'mail-tab-missing': mailTabMissing,
    'outbox-sequences': outboxSequences,
    'what-next': byState(WHAT_NEXT),
    capabilities,
    thanks,
    greeting,
    'out-of-scope': outOfScope,
    'service-status': serviceStatus,
  },
  reprompts: {
    askingSymptom: () => 'Que voyez-vous avec votre boîte mail dans Close ?',
    askingCloseStatus: () => 'Qu’indiquent Email Sending et Email Syncing dans Close ?',
    askingForError: () => 'Collez le message d’erreur dès que vous l’avez.',
    describingProblem: () => 'Qu’est-ce qui ne va pas, en une phrase ? Ou collez le message d’erreur.',
    clarifyingPath: () => 'Le problème concerne-t-il l’envoi depuis Close, ou les e-mails reçus ?',
    disambiguating: (facts) => (facts.ambiguity ? SHORT_QUESTIONS[facts.ambiguity.question] : 'Laquelle de ces réponses correspond le mieux ?'),
    explainingDiagnosis: () => 'Une fois la correction essayée, est-ce que ça marche, ou ça échoue encore ?',
    notMicrosoft365: () => 'Ces étapes concernent uniquement Microsoft 365. Vous pouvez recommencer ou parler à une personne.',
    askingIsAdmin: () => 'Êtes-vous administrateur Microsoft 365 de votre organisation ?',
    bringingInAdmin: () => 'Dites-moi quand votre admin a fait le changement.',
    askingProviderManaged: () => 'Avez-vous acheté Microsoft 365 auprès d’un fournisseur comme GoDaddy ?',
    contactingProvider: (facts) => `Dites-moi ce que répond ${facts.provider ?? 'votre fournisseur'} une fois qu’il vous a répondu.`,
    askingToggleState: () => 'SMTP authentifié est-il coché pour la boîte mail ?',
    resettingToggle: () => 'Dites-moi quand vous l’avez décoché, enregistré, recoché et enregistré.',
    enablingToggle: () => 'Dites-moi quand SMTP authentifié est coché et enregistré.',
    waitingForPropagation: () => 'Je reviens vers vous quand Microsoft aura eu le temps. Ou choisissez Tester maintenant.',
    askingReconnectResult: () => 'Après la reconnexion, votre e-mail de test est-il parti ?',
    askingConnectionMethod: () => 'La boîte mail est-elle connectée avec la connexion Microsoft, ou avec un mot de passe ?',
    explainingBasicAuthChange: () => 'Dites-moi quand elle est reconnectée avec la connexion Microsoft.',
    askingAddressesMatch: (facts) =>
      `Le nom d’utilisateur et l’adresse principale sont-ils exactement ${closeAddress(facts) ?? 'l’adresse utilisée dans Close'} ?`,
    fixingPrimaryAddress: (facts) => `Dites-moi quand ${closeAddress(facts) ?? 'l’adresse de Close'} est l’adresse principale et que c’est enregistré.`,
    readdingAccount: () => 'Maintenant que la boîte mail est ajoutée de nouveau, les nouveaux e-mails apparaissent-ils dans Close ?',
    enablingImap: () => 'Dites-moi quand IMAP est coché et que la boîte mail est ajoutée de nouveau.',
    askingSyncResult: () => 'Les e-mails se synchronisent-ils maintenant ?',
    checkingIpAllowlist: () => 'Dites-moi quand votre fournisseur accepte les adresses IP de Close.',
    askingForAddress: () => 'Quelle adresse e-mail est connectée dans Close ?',
    offeringCheck: (facts) => `Je vérifie ${facts.address ?? 'cette adresse'} en direct ?`,
    runningCheck: () => 'La vérification est toujours en cours. Je publie le résultat dans un instant.',
    reportingCheck: () => 'Continuez quand vous voulez, ou relancez la vérification.',
    nextSteps: () => 'Je transmets à une personne, ou préférez-vous coller une nouvelle erreur ?',
    resolved: () => 'Tout est réglé. Si autre chose se présente, choisissez Recommencer.',
    escalated: () => 'Une personne du support vous répondra ici. En attendant, vous pouvez continuer à me poser des questions.',
  },
  understood: {
    sending:
      'Compris : Close se déconnecte quand vous envoyez, ou les e-mails restent dans l’Outbox. C’est en général le réglage SMTP authentifié dans Microsoft 365. Si je me trompe, dites-le-moi.',
    syncing:
      'Compris : les e-mails ne se synchronisent pas, ou manquent dans les Éléments envoyés. En général, l’adresse dans Close n’est pas l’adresse principale de la boîte mail, ou IMAP est désactivé. Si je me trompe, dites-le-moi.',
  },
  skipped: {
    'is-admin': () => 'Vous avez dit être administrateur Microsoft 365 : vous pouvez donc faire le changement vous-même.',
    'not-admin': () => 'Vous avez dit ne pas être admin : voici donc un message pour la personne qui l’est.',
    'provider-manages-it': (facts) =>
      `Vous avez dit que ${facts.provider ?? 'un fournisseur'} gère votre Microsoft 365 : la demande lui est donc destinée.`,
    'self-managed': () => 'Vous avez dit gérer Microsoft 365 vous-mêmes : je ne vous demande donc pas de fournisseur.',
    'toggle-on': () => 'Vous avez dit que SMTP authentifié est déjà coché : réinitialisons-le.',
    'toggle-off': () => 'Vous avez dit que SMTP authentifié n’est pas coché : activons-le.',
    'connection-method': (facts) =>
      facts.connectionMethod === 'password'
        ? 'Vous avez dit vous connecter avec un mot de passe : je ne vous demande donc pas comment la boîte est connectée.'
        : 'Vous avez dit vous connecter avec la connexion Microsoft : je ne vous demande donc pas comment la boîte est connectée.',
    'changed-earlier': () => 'Vous avez fait le changement il y a un moment : inutile d’attendre. Testons.',
    'addresses-differ': (facts) =>
      `Vous avez dit que les adresses sont différentes : faisons de ${closeAddress(facts) ?? 'l’adresse de Close'} l’adresse principale.`,
    'addresses-match': () => 'Vous avez dit que les adresses correspondent déjà : vérifions IMAP ensuite.',
  },
  addressNoted: (address) => `J’utiliserai ${address} si nous lançons une vérification en direct.`,
  noted: 'C’est noté, merci.',
  acknowledged: {
    whileYouWork: 'Bien sûr, prenez votre temps.',
    whileWaiting: 'Très bien, je reviens vers vous à ce moment-là.',
    whileChecking: 'La vérification est en cours : le résultat arrive ici dans un instant.',
    afterResolved: 'Parfait !',
    afterHandedOver: 'Entendu.',
  },
  handedOver: 'Merci de l’avoir transmis.',
  notUnderstood: 'Désolé, je n’ai pas compris. Choisissez une option ci-dessous, ou posez-moi une question sur une étape, un réglage ou un mot que vous ne connaissez pas.',
  offerPerson: 'Si vous préférez, une personne du support peut prendre le relais : choisissez Parler à une personne.',
  wentBack: 'D’accord, revenons à la question précédente.',
  nothingToGoBackTo: 'Nous sommes à la première question, il n’y a donc rien avant.',
  cannotGoBackAfterEnd: 'Cette conversation est terminée, on ne peut plus y revenir en arrière. Choisissez Recommencer pour en ouvrir une nouvelle.',
  cannotGoBackWhileChecking: 'La vérification est en cours, je ne peux pas revenir en arrière tout de suite. Cela ne prend que quelques secondes.',
  questionNotAnswer: 'On dirait une question à laquelle je n’ai pas de réponse ici. Pour continuer, choisissez une option ci-dessous.',
  feedback: {
    question: 'Est-ce que cela vous a aidé ?',
    labels: { helpful: 'Oui, ça m’a aidé', 'not-helpful': 'Non, pas vraiment' },
    thanks: {
      helpful: 'Merci de nous le dire. Ravi que cela vous ait aidé !',
      'not-helpful': 'Merci de nous le dire. Cela nous aide à nous améliorer.',
    },
    commentThanks: 'Merci, votre commentaire a bien été transmis à l’équipe.',
  },
};
