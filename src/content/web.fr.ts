import type { HandoffSymptom } from '../store/helpdesk-records.js';
import type { WebContent } from './web.en.js';

const SYMPTOMS: Record<HandoffSymptom, string> = {
  sending: 'les e-mails envoyés depuis Close ne partent pas',
  syncing: 'les e-mails ne se synchronisent pas dans Close',
  'smtp-auth-not-supported': 'Close affiche « SMTP AUTH extension not supported »',
  error: 'Close affiche une erreur',
};

export const webFr: WebContent = {
  title: 'Mailbox Doctor',
  heading: 'Mailbox Doctor',
  conversationLabel: 'Conversation',
  choicesLabel: 'Réponses possibles',
  inputLabel: 'Votre message',
  inputPlaceholder: 'Tapez une réponse, un message d’erreur ou votre adresse e-mail',
  send: 'Envoyer',
  speakers: { bot: 'Assistant :', user: 'Vous :' },
  followUpLabel: 'Relance',
  checkProgress: 'Vérification de votre boîte mail : {done} sur {total} terminées.',
  signInPrompt: 'Pour vous connecter, ouvrez {uri} et saisissez le code {code}. La vérification reprend d’elle-même une fois la connexion faite.',
  status: {
    active: '',
    waiting: 'En attente que Microsoft applique le changement. Gardez cette page ouverte ou revenez plus tard : la relance apparaîtra ici le moment venu.',
    resolved: 'Résolu : votre boîte mail fonctionne de nouveau avec Close.',
    escalated: 'Transmis à une personne de l’équipe du support.',
  },
  ticketContext: ({ ticketId, symptom, address }) =>
    [`Ticket de support ${ticketId}`, symptom ? SYMPTOMS[symptom] : null, address].filter(Boolean).join(' · '),
  startFailed: 'La conversation n’a pas pu démarrer. Vérifiez votre connexion et rechargez la page.',
  sendFailed: 'Le message n’est pas passé. Vérifiez votre connexion et réessayez.',
  stillChecking: 'Je vérifie encore votre boîte mail. Le résultat s’affiche ici dans un instant ; renvoyez ensuite votre message.',
  emptyText: 'Tapez d’abord quelque chose, ou choisissez une des réponses.',
  feedbackComment: { label: 'Qu’est-ce qui a manqué ? (facultatif)', placeholder: 'Une ligne suffit', send: 'Envoyer le commentaire' },
  forbidden: {
    title: 'Ce lien n’est pas valide',
    text: 'Le lien semble avoir été modifié ou coupé. Copiez-le de nouveau depuis l’e-mail de votre équipe du support, ou commencez une nouvelle conversation.',
    action: 'Commencer une nouvelle conversation',
  },
  expired: {
    title: 'Ce lien a expiré',
    text: 'Les liens de l’équipe du support ne fonctionnent que pendant un temps limité. Vous pouvez commencer une nouvelle conversation ici ; indiquez votre numéro de ticket si vous en avez un.',
    action: 'Commencer une nouvelle conversation',
  },
  notFound: {
    title: 'Ce lien n’est plus reconnu',
    text: 'Nous n’avons pas trouvé la conversation à laquelle ce lien correspond. Commencez-en une nouvelle ici, ou demandez un nouveau lien à votre équipe du support.',
    action: 'Commencer une nouvelle conversation',
  },
  app: {
    slack: {
      title: 'Continuer dans Slack',
      withLink: 'Votre équipe du support a préparé cette conversation dans Slack. Ouvrez Slack avec le bouton ci-dessous et envoyez ce message à l’assistant :',
      withoutLink: 'Votre équipe du support a préparé cette conversation dans Slack. Ouvrez l’application Mailbox Doctor dans Slack et envoyez-lui ce message :',
      open: 'Ouvrir Slack',
      codeLabel: 'Message à envoyer',
    },
    teams: {
      title: 'Continuer dans Microsoft Teams',
      withLink: 'Votre équipe du support a préparé cette conversation dans Teams. Le bouton ci-dessous ouvre une conversation avec l’assistant, avec ce message prêt à envoyer :',
      withoutLink: 'Votre équipe du support a préparé cette conversation dans Teams. Ouvrez l’application Mailbox Doctor dans Teams et envoyez-lui ce message :',
      open: 'Ouvrir Teams',
      codeLabel: 'Message à envoyer',
    },
  },
};
