import type { TeamsContent } from './teams.en.js';
import { handoffRefusedFr } from './handoff-claims.fr.js';

function checksLeft(left: number): string {
  return `${left} vérification${left > 1 ? 's' : ''} restante${left > 1 ? 's' : ''}.`;
}

export const teamsFr: TeamsContent = {
  handoffRefused: handoffRefusedFr('Slack ou la page web'),
  welcomeTitle: 'Mailbox Doctor',
  welcomePersonal:
    'Bonjour, j’aide à réparer les boîtes mail Microsoft 365 qui ne fonctionnent plus dans Close. Choisissez ce que vous voyez ci-dessous, ou décrivez-le avec vos mots.',
  welcomeChannel:
    'Bonjour, j’aide à réparer les boîtes mail Microsoft 365 qui ne fonctionnent plus dans Close. Mentionnez-moi dans une nouvelle publication avec quelques mots sur le problème, et je répondrai dans son fil.',
  addressLabel: 'Votre adresse e-mail professionnelle (facultatif)',
  addressPlaceholder: 'nom@entreprise.com',
  addressNotEmail: (value) => `« ${value} » ne ressemble pas à une adresse e-mail, je l’ai donc ignoré. Saisissez-la sous la forme nom@entreprise.com.`,
  textLabel: 'Votre réponse',
  textPlaceholder: 'Collez l’erreur ou décrivez le problème',
  sendLabel: 'Envoyer',
  choiceSetLabel: 'Choisissez ce qui correspond',
  choiceSetSubmit: 'Continuer',
  choiceSetEmpty: 'Choisissez d’abord une option, puis sélectionnez Continuer.',
  answered: (label) => `Votre réponse : ${label}`,
  wrote: (text) => `Vous avez écrit : ${text}`,
  stale: 'Cette carte n’est plus à jour, le clic n’a donc rien fait. Répondez plutôt à la carte la plus récente.',
  unreadableSubmit: 'Je n’ai pas pu lire cette carte. Choisissez une option sur la carte la plus récente, ou tapez votre réponse.',
  emptyMention: 'Mentionnez-moi avec quelques mots sur le problème, ou choisissez une des options.',
  suggestionsIntro: 'Ou choisissez l’une de ces suggestions pour commencer.',
  feedbackComment: { label: 'Qu’est-ce qui a manqué ? (facultatif)', placeholder: 'Une ligne suffit', send: 'Envoyer le commentaire', empty: 'Écrivez d’abord quelques mots, puis sélectionnez Envoyer le commentaire.' },
  textTooLong: (limit) => `Ce message dépasse ${limit} caractères. Merci d’en envoyer un plus court.`,
  busy: 'Je traitais encore votre message précédent. Merci de le renvoyer.',
  stillChecking: 'Je vérifie encore votre boîte mail. Le résultat arrive ici dans un instant ; renvoyez ensuite votre message.',
  forwardHint: 'Copiez ce message et envoyez-le à votre administrateur Microsoft 365.',
  adminEmailLabel: 'Votre admin utilise-t-il cette application dans Teams ? Saisissez son adresse e-mail professionnelle et je lui enverrai les étapes.',
  adminEmailPlaceholder: 'admin@entreprise.com',
  adminSendLabel: 'Envoyer à mon admin',
  adminSent: (name) => `J’ai envoyé les étapes à ${name} dans Teams. Nous continuerons ici dès que cette personne aura sélectionné C’est fait.`,
  adminNotFound: (email) =>
    `${email} ne m’a encore jamais écrit dans Teams, je ne peux donc pas lui envoyer de message. Transférez-lui plutôt le message ci-dessus.`,
  adminUnreachable: (name) => `Je n’ai pas pu joindre ${name} dans Teams pour le moment. Transférez-lui plutôt le message ci-dessus.`,
  adminCardTitle: (requester) => `${requester} a besoin d’un changement dans le Centre d’administration Microsoft 365`,
  adminCardIntro: 'Sa boîte mail ne peut pas se connecter à Close tant que ce n’est pas fait. Sélectionnez C’est fait une fois le changement effectué.',
  adminDoneLabel: 'C’est fait',
  adminThanks: (requester) => `Merci ! J’ai prévenu ${requester}, et nous continuons à partir d’ici.`,
  adminAlreadyMovedOn: 'Merci ! Cette conversation est déjà passée à autre chose, il n’y a plus rien à faire.',
  adminNotYours: 'Cette demande a été envoyée à quelqu’un d’autre : seule cette personne peut la marquer comme faite.',
  adminDoneForUser: (admin) => `${admin} indique que le changement est fait.`,
  someone: 'Un collègue',
  escalationTitle: 'Une conversation sur une boîte mail a besoin d’une personne',
  escalationPosted: 'J’ai transmis un résumé de notre conversation à l’équipe informatique dans Teams. Quelqu’un va la reprendre ici.',
  escalationFailed: 'Je n’ai pas pu joindre le canal de l’équipe informatique pour le moment. Contactez-la directement en mentionnant cette conversation.',
  sessionGone: 'Cette conversation est terminée. Envoyez-moi un message pour en commencer une nouvelle.',
  turnFailed: 'Désolé, un problème est survenu de mon côté. Merci de réessayer dans une minute.',
  progressTitle: 'Vérification de votre boîte mail',
  checkDone: 'terminé',
  checkProgress: (running, left) =>
    running.length > 0 ? `Vérification en cours : ${running.join(', ')}. ${checksLeft(left)}` : checksLeft(left),
  checkStarting: 'Préparation des vérifications…',
  checkSignIn: (uri, code) => `C’est le moment de vous connecter : ouvrez ${uri} et saisissez le code ${code}. Je continue dès que la connexion est faite.`,
  checkSignInOpen: 'Ouvrir la page de connexion',
  checkSignInInChat:
    'Je ne publie pas de code de connexion là où d’autres peuvent le lire. Pour la vérification avec votre connexion Microsoft, écrivez-moi dans une conversation privée. Je termine les autres vérifications ici.',
  checkSignedInInChatOnly: 'Pour la vérification avec votre connexion Microsoft, écrivez-moi dans une conversation privée, pour que votre code de connexion reste confidentiel.',
  checkFinishedTitle: 'Vérifications terminées',
  checkStopped: 'La vérification s’est arrêtée avant la fin. Le message suivant indique quoi faire.',
  checkStatus: { pass: 'OK', warn: 'à regarder', fail: 'problème trouvé', skip: 'ignoré', error: 'vérification impossible' },
};
