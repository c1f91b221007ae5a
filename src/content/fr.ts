import type { Content, ContentSettings } from './types.js';
import { accountsNamedBefore, basicAuthChanged, reportAsRemark } from './wording-rules.js';
import {
  CLOSE_ACCOUNTS,
  IMAP_STEPS,
  LABELS,
  PRIMARY_ADDRESS_STEPS,
  CLOSE_ACCOUNTS_SHORT,
  readdSteps,
  TOGGLE_ENABLE_STEPS,
  TOGGLE_RESET_STEPS,
  adminRequest,
  providerRequest,
} from './admin-steps.fr.js';
import { diagnosesFr } from './diagnoses.fr.js';
import { checkFinding, checkReport } from './check-report.fr.js';
import { conversationFr } from './conversation.fr.js';
import { corpusFr } from './corpus.fr.js';
import { vocabularyFr } from './vocabulary.fr.js';

function basicAuthSentence(settings: ContentSettings): string {
  return basicAuthChanged(settings)
    ? 'Depuis fin décembre 2026, la connexion par mot de passe pour l’envoi est désactivée par défaut dans les organisations Microsoft 365 existantes. Les admins ne peuvent la réactiver que jusqu’à une date finale que Microsoft a promis d’annoncer au second semestre 2027.'
    : 'À partir de fin décembre 2026, Microsoft désactive par défaut la connexion par mot de passe pour l’envoi dans les organisations Microsoft 365 existantes. Les admins ne pourront la réactiver que jusqu’à une date finale, annoncée par Microsoft au second semestre 2027.';
}

/** Close's Connected Accounts page: explained once per conversation, named short after that. */
function accounts(settings: ContentSettings): string {
  return accountsNamedBefore(settings) ? CLOSE_ACCOUNTS_SHORT : CLOSE_ACCOUNTS;
}

function waitText(settings: ContentSettings): string {
  const minutes = settings.followUpMinutes;
  const hours = Math.round(minutes / 60);
  const span = minutes >= 60 ? `${hours} heure${hours > 1 ? 's' : ''}` : `${minutes} minute${minutes > 1 ? 's' : ''}`;
  return `Microsoft peut mettre un moment à appliquer le changement. Je reviens vers vous dans ${span} : nous reconnecterons alors la boîte mail dans Close et enverrons un test.`;
}

const QUESTIONS: Content['questions'] = {
  'password-works-elsewhere':
    'Cette réponse peut avoir plusieurs causes. Pouvez-vous vous connecter à Outlook sur le web (outlook.office.com) avec la même adresse et le même mot de passe ?',
  'address-is-primary': 'L’adresse que vous utilisez dans Close est-elle l’adresse principale de cette boîte mail Microsoft 365 (et non un alias) ?',
};

export const fr: Content = {
  states: {
    askingSymptom: () => ({
      text: 'Bonjour ! Je vais vous aider à refaire fonctionner votre boîte mail Microsoft 365 avec Close. Que constatez-vous ?',
      after: 'Vous pouvez aussi coller un message d’erreur ou taper votre adresse e-mail.',
    }),
    askingCloseStatus: () => ({
      text: `Ouvrez ${CLOSE_ACCOUNTS} et sélectionnez votre boîte mail. Qu’indiquent Email Sending et Email Syncing ?`,
    }),
    askingForError: () => ({
      text: 'Collez le message d’erreur exactement tel que vous le voyez. Vous pouvez inclure ce qui l’entoure (dates, noms de serveurs).',
    }),
    describingProblem: () => ({
      text: 'Dites-moi en une phrase ce qui ne va pas, ou collez un message d’erreur. Si c’est l’un de ces cas, choisissez-le :',
    }),
    clarifyingPath: () => ({
      text: 'Pour être sûr de vous orienter correctement : le problème concerne-t-il l’envoi depuis Close, ou les e-mails reçus ?',
    }),
    disambiguating: (facts) => ({
      text: facts.ambiguity ? QUESTIONS[facts.ambiguity.question] : 'Laquelle de ces réponses correspond le mieux ?',
    }),
    explainingDiagnosis: (facts) => {
      const found = checkFinding(facts.check, facts.lastDiagnosis);
      if (found) return { text: found.text, steps: [found.fix], after: 'Essayez, puis dites-moi comment ça s’est passé.' };
      const diagnosis = diagnosesFr[facts.lastDiagnosis ?? 'unknown'];
      return { text: `${diagnosis.title}. ${diagnosis.meaning}`, steps: [diagnosis.fix], after: 'Essayez, puis dites-moi comment ça s’est passé.' };
    },
    notMicrosoft365: (facts) => ({
      text: `${facts.address ? `Le domaine de ${facts.address}` : 'Cette boîte mail'} ne reçoit pas ses e-mails via Microsoft 365 : ces étapes ne s’appliquent donc pas. Consultez les réglages de votre fournisseur de messagerie pour Close, ou parlez à une personne ici.`,
    }),
    askingIsAdmin: () => ({
      text: 'La correction se fait dans le Centre d’administration Microsoft 365, il faut donc un administrateur. Êtes-vous administrateur Microsoft 365 de votre organisation ?',
    }),
    bringingInAdmin: (facts) => ({
      text: 'Pas de souci : votre admin peut le faire en deux minutes. Envoyez-lui le message ci-dessous, puis dites-moi quand c’est fait.',
      forward: { title: 'Message pour votre administrateur Microsoft 365', body: adminRequest(facts) },
    }),
    askingProviderManaged: () => ({
      text: 'Avez-vous acheté Microsoft 365 auprès d’une autre entreprise, comme GoDaddy, qui le gère pour vous ? Ces entreprises verrouillent souvent ces réglages.',
    }),
    contactingProvider: (facts) => ({
      text: `${facts.provider ? `Comme ${facts.provider} gère votre Microsoft 365,` : 'Comme un fournisseur gère votre Microsoft 365,'} seul son support peut activer les réglages dont Close a besoin. Envoyez-lui la demande ci-dessous et dites-moi ce qu’il répond.`,
      forward: { title: 'Demande pour le support de votre fournisseur', body: providerRequest(facts) },
    }),
    askingToggleState: () => ({
      text: 'Regardons le réglage qui permet à Close d’envoyer des e-mails :',
      steps: [TOGGLE_ENABLE_STEPS[0] ?? '', TOGGLE_ENABLE_STEPS[1] ?? '', `Trouvez ${LABELS.authenticatedSmtp}. Est-il coché ?`],
    }),
    resettingToggle: () => ({
      text: 'Il est coché, mais il peut quand même être bloqué. Réinitialisez-le :',
      steps: TOGGLE_RESET_STEPS,
      after: 'Dites-moi quand les deux enregistrements sont faits.',
    }),
    enablingToggle: () => ({
      text: 'Voilà la cause : Close ne peut pas envoyer tant qu’il n’est pas activé. Activez-le :',
      steps: TOGGLE_ENABLE_STEPS,
      after: 'Dites-moi quand c’est enregistré.',
    }),
    waitingForPropagation: (_facts, settings) => ({
      text: waitText(settings),
      after: 'Si vous préférez ne pas attendre, choisissez Tester maintenant.',
    }),
    askingReconnectResult: (_facts, settings) => ({
      text: `Reconnectez maintenant la boîte mail dans ${accounts(settings)}, puis envoyez-vous un e-mail de test depuis Close. Est-il parti ?`,
    }),
    askingConnectionMethod: () => ({
      text: 'Comment cette boîte mail est-elle connectée dans Close : avec le bouton de connexion Microsoft, ou avec un mot de passe et des paramètres de serveur ?',
    }),
    explainingBasicAuthChange: (_facts, settings) => ({
      text: `${basicAuthSentence(settings)} Connectez donc plutôt la boîte mail avec la connexion Microsoft (SMTP authentifié doit rester activé) :`,
      steps: readdSteps(accounts(settings)),
      after: 'Dites-moi quand elle est reconnectée.',
    }),
    askingAddressesMatch: (facts) => ({
      text: `Close ne peut synchroniser une boîte mail que si son adresse principale Microsoft 365 et son nom d’utilisateur sont l’adresse connectée dans Close${facts.address ? ` (${facts.address})` : ''}. Vérifiez-le ici :`,
      steps: [PRIMARY_ADDRESS_STEPS[0] ?? '', `Dans ${LABELS.accountTab}, regardez le nom d’utilisateur et l’adresse e-mail.`],
      after: 'Le nom d’utilisateur et l’adresse e-mail principale sont-ils tous les deux exactement l’adresse utilisée dans Close ?',
    }),
    fixingPrimaryAddress: () => ({
      text: 'Faites de l’adresse utilisée dans Close l’adresse principale :',
      steps: PRIMARY_ADDRESS_STEPS,
      after: 'Dites-moi quand c’est enregistré.',
    }),
    readdingAccount: (_facts, settings) => ({
      text: 'Reconnectez maintenant la boîte mail à Close en repartant de zéro, pour qu’il prenne en compte le changement :',
      steps: readdSteps(accounts(settings)),
      after: 'Laissez passer quelques minutes. Les nouveaux e-mails et ceux envoyés depuis Close apparaissent-ils maintenant ?',
    }),
    enablingImap: (_facts, settings) => ({
      text: 'Close lit vos e-mails via IMAP, qui doit donc être activé pour cette boîte mail :',
      // the steps to re-add the mailbox were just given when it was re-added once already
      steps: settings.seen?.includes('readdingAccount')
        ? [...IMAP_STEPS, `Ensuite, supprimez la boîte mail dans ${accounts(settings)} et ajoutez-la de nouveau, comme avant.`]
        : [...IMAP_STEPS, ...readdSteps(accounts(settings))],
      after: 'Dites-moi quand la boîte mail est ajoutée de nouveau.',
    }),
    askingSyncResult: (_facts, settings) => ({
      text: `Une fois la boîte mail de retour dans ${accounts(settings)}, laissez passer quelques minutes. Les e-mails se synchronisent-ils maintenant ?`,
    }),
    checkingIpAllowlist: (facts, settings) => ({
      text:
        facts.lastDiagnosis === 'ip-blocked'
          ? 'Microsoft a refusé la connexion à cause de l’adresse IP d’origine, celle d’un des serveurs d’envoi de Close. Deux choses règlent le problème :'
          : 'Cette erreur signifie que le serveur de messagerie n’a proposé à Close aucun moyen de se connecter : vos e-mails n’ont donc pas pu partir. Deux choses règlent le problème :',
      steps: [
        settings.closeIpListUrl
          ? `Demandez à votre fournisseur de messagerie d’accepter les connexions de toutes les adresses IP d’envoi de Close. La liste est ici : ${settings.closeIpListUrl}`
          : 'Demandez à votre fournisseur de messagerie d’accepter les connexions de toutes les adresses IP d’envoi de Close (le support de Close peut vous envoyer la liste à jour).',
        `Vérifiez que ${LABELS.authenticatedSmtp} est activé pour la boîte mail (je peux vous guider ensuite).`,
      ],
      after: 'Dites-moi quand les adresses IP sont autorisées, et nous vérifierons le réglage.',
    }),
    askingForAddress: () => ({
      text: 'Quelle adresse e-mail est connectée dans Close ? Je regarderai sa configuration Microsoft 365 et ses serveurs de messagerie depuis l’extérieur.',
    }),
    offeringCheck: (facts) => ({
      text: `Je vérifie ${facts.address ?? 'cette adresse'} en direct ? Je regarde ses enregistrements de messagerie, sa connexion Microsoft 365 et les serveurs de messagerie Outlook. Cela prend environ 15 secondes et ne change rien.`,
      after:
        'Si vous vous connectez aussi avec Microsoft, je peux tester l’envoi et IMAP au nom de cette boîte mail, et envoyer un e-mail de test d’elle vers elle-même. Rien d’autre n’est envoyé, et votre connexion est oubliée dès la fin de la vérification.',
    }),
    runningCheck: (facts) => ({
      text: `Je vérifie ${facts.address ?? 'la boîte mail'} maintenant. Je publie ce que je trouve ici dans un instant.`,
    }),
    reportingCheck: (facts) => checkReport(facts.check),
    nextSteps: () => ({
      text: 'Désolé, les corrections habituelles n’ont pas suffi. Une personne du support peut examiner votre compte. Je peux lui transmettre tout ce que nous avons essayé, ou vous pouvez coller un nouveau message d’erreur.',
    }),
    resolved: (facts) => ({
      // a sending problem leaves mail in the Outbox and sequences paused; a syncing one does not
      text:
        facts.path === 'syncing'
          ? 'Parfait, c’est réglé ! Les nouveaux e-mails et les réponses devraient de nouveau apparaître dans Close.'
          : 'Parfait, c’est réglé ! Une dernière chose : regardez votre Outbox dans Close pour renvoyer ce qui était bloqué, et relancez les séquences mises en pause.',
    }),
    escalated: () => ({
      text: 'J’ai transmis votre demande à une personne de l’équipe du support, avec un résumé de ce que nous avons essayé : vous n’aurez pas à tout répéter. Elle vous répondra ici. En attendant, vous pouvez continuer à me poser des questions.',
    }),
  },
  choices: {
    'sending-fails': 'Ça se déconnecte quand j’envoie, ou les e-mails restent dans l’Outbox',
    'sync-fails': 'Les e-mails ne se synchronisent pas, ou manquent dans Outlook',
    'have-error': 'J’ai un message d’erreur',
    'smtp-auth-not-supported': '« SMTP AUTH extension not supported »',
    'check-close-status': 'Je vais regarder ce qu’affiche Close',
    'something-else': 'Autre chose',
    'sending-disconnected': 'L’envoi est déconnecté',
    'syncing-disconnected': 'La synchronisation est déconnectée',
    'both-disconnected': 'Les deux sont déconnectés',
    'both-connected': 'Les deux sont connectés',
    'describe-instead': 'Je n’en ai pas',
    yes: 'Oui',
    no: 'Non',
    'not-sure': 'Je ne sais pas',
    'toggle-on': 'Oui, c’est coché',
    'toggle-off': 'Non, ce n’est pas coché',
    'cannot-find-setting': 'Je ne le trouve pas',
    done: 'C’est fait',
    'test-now': 'Tester maintenant',
    'it-worked': 'Ça marche maintenant',
    'still-failing': 'Ça échoue toujours',
    'microsoft-sign-in': 'Connexion Microsoft',
    password: 'Mot de passe et paramètres de serveur',
    'provider-enabled': 'Ils l’ont activé',
    'provider-refused': 'Ils ne peuvent pas ou refusent',
    'admin-done': 'Mon admin l’a fait',
    'provider-manages-it': 'Un fournisseur le gère',
    'check-mailbox': 'Vérifier ma boîte mail en direct',
    'run-check': 'Vérifier',
    'run-check-signed-in': 'Vérifier, avec ma connexion Microsoft',
    'skip-check': 'Pas maintenant',
    continue: 'Continuer',
    human: 'Parler à une personne',
    'start-over': 'Recommencer',
  },
  choiceOverrides: {
    askingIsAdmin: { yes: 'Oui, je suis admin', no: 'Non, je ne le suis pas' },
    askingProviderManaged: { yes: 'Oui, via un fournisseur', no: 'Non, nous le gérons' },
    askingAddressesMatch: { yes: 'Oui, elles correspondent', no: 'Non, elles sont différentes' },
    checkingIpAllowlist: { done: 'Les IP sont autorisées', 'it-worked': 'Ça marche maintenant' },
    explainingBasicAuthChange: { done: 'Reconnecté avec Microsoft' },
    readdingAccount: { 'it-worked': 'Oui, ça se synchronise' },
    askingSyncResult: { 'it-worked': 'Oui, ça se synchronise' },
    nextSteps: { 'have-error': 'Coller une nouvelle erreur' },
    reportingCheck: { 'run-check': 'Vérifier de nouveau' },
  },
  diagnoses: diagnosesFr,
  questions: QUESTIONS,
  notices: {
    'not-understood': () => 'Désolé, je n’ai pas compris. Choisissez une des options, ou dites-le avec vos mots.',
    diagnosed: (notice) => `${diagnosesFr[notice.code].title}. ${diagnosesFr[notice.code].meaning}`,
    'follow-up': () => 'Le changement date d’un moment : Microsoft devrait l’avoir appliqué maintenant.',
    restarted: () => 'Reprenons depuis le début.',
    'check-report': (_notice, facts) => {
      return reportAsRemark(checkReport(facts.check));
    },
  },
  stale: 'Cette question a déjà reçu une réponse : le bouton ne fait donc plus rien.',
  endedHint: 'Cette conversation est terminée. Choisissez Recommencer pour en commencer une nouvelle.',
  conversation: conversationFr,
  understanding: { locale: 'fr', corpus: corpusFr, vocabulary: vocabularyFr },
};
