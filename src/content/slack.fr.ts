import type { SlackContent } from './slack.en.js';
import { handoffRefusedFr } from './handoff-claims.fr.js';

export const slackFr: SlackContent = {
  handoffRefused: handoffRefusedFr('Teams ou la page web'),
  fallback: 'Mailbox Doctor a une question pour vous.',
  staleClick: 'Ce bouton appartient à une question précédente, il n’a donc rien fait. Répondez plutôt au message le plus récent.',
  notOffered: 'Cette option n’est pas disponible à cette étape. Utilisez les boutons du message le plus récent.',
  sessionGone: 'Je ne retrouve plus cette conversation. Mentionnez-moi ou envoyez-moi un message pour en commencer une nouvelle.',
  busy: 'Je traitais encore votre réponse précédente. Merci de réessayer.',
  stillChecking: 'Je vérifie encore votre boîte mail. Le résultat arrive ici dans un instant ; réessayez ensuite.',
  tooLong: (limit) => `Ce message dépasse ${limit} caractères. Envoyez seulement l’essentiel, par exemple la ligne d’erreur.`,
  chosen: (userId, label) => `<@${userId}> a choisi *${label}*`,
  newConversation: 'On repart de zéro.',
  addressButton: 'Saisir mon adresse e-mail',
  commandAck: 'Je vais vous aider dans nos messages privés : jetez-y un œil.',
  commandAckInPlace: 'Je vous ouvre un fil ici même.',
  commandThreadIntro: (userId) => `<@${userId}> m’a demandé de l’aide pour une boîte mail. Réglons ça dans ce fil.`,
  commandMovedToDm: (channelId) =>
    `Je n’ai pas pu ouvrir de fil dans <#${channelId}> (je n’en suis peut-être pas membre), alors parlons ici.`,
  dmFailed: 'Je n’ai pas pu vous envoyer de message privé. Demandez à votre admin Slack si les applications ont le droit d’envoyer des messages privés ici.',
  shortcutNoText: 'Ce message ne contient aucun texte que je puisse lire. Copiez plutôt l’erreur dans un message privé.',
  cannotPostHere: (channelId) =>
    `Je ne peux pas écrire dans <#${channelId}> : je n’en suis pas membre ou il est archivé. Invitez-moi avec /invite, ou envoyez-moi l’erreur en message privé.`,
  somethingWentWrong: 'Un problème est survenu de mon côté. Merci de réessayer dans un instant.',
  home: {
    title: 'Mailbox Doctor',
    intro: 'Je vous aide, étape par étape, à faire fonctionner de nouveau une boîte mail Microsoft 365 avec Close.',
    startButton: 'Commencer une conversation',
    addressButton: 'Vérifier une adresse e-mail',
    openHeading: 'Vos conversations en cours',
    noneOpen: 'Vous n’avez aucune conversation en cours. Commencez-en une avec le bouton ci-dessus, mentionnez-moi dans un canal ou envoyez-moi un message.',
    status: {
      active: 'En cours',
      waiting: 'En attente que Microsoft applique un changement',
      resolved: 'Résolu',
      escalated: 'Avec l’équipe du support',
    },
    where: (channelId, isDm) => (isDm ? 'dans nos messages privés' : `dans un fil de <#${channelId}>`),
    updated: (epochSeconds, fallback) => `dernière mise à jour <!date^${epochSeconds}^{date_short_pretty} à {time}|${fallback}>`,
  },
  addressModal: {
    title: 'Votre adresse e-mail',
    submit: 'La vérifier',
    close: 'Annuler',
    label: 'Adresse e-mail',
    placeholder: 'vous@exemple.com',
    hint: 'L’adresse de la boîte mail que vous avez connectée dans Close.',
    invalid: 'Cela ne ressemble pas à une adresse e-mail. Vérifiez-la et réessayez.',
  },
  admin: {
    pickerLabel: 'Vous n’êtes pas l’admin ? Choisissez-le ici et je lui enverrai les étapes moi-même :',
    pickerPlaceholder: 'Choisissez votre admin',
    intro: (requesterId) =>
      `Bonjour ! <@${requesterId}> a besoin d’un changement dans le Centre d’administration Microsoft 365, que seul un administrateur peut faire. Voici les étapes exactes :`,
    doneButton: 'C’est fait',
    sent: (adminId) => `J’ai envoyé les étapes à <@${adminId}>. Nous continuerons ici dès qu’il ou elle aura appuyé sur C’est fait.`,
    pickedSelf: 'C’est vous ! Si vous êtes l’admin, suivez les étapes ci-dessus, puis choisissez Mon admin l’a fait.',
    thanks: 'Merci ! La personne a été prévenue, et sa conversation continue.',
    movedOn: 'Merci ! Cette conversation est déjà passée à autre chose, il n’y a plus rien à faire.',
    doneNotice: (adminId) => `<@${adminId}> a fait le changement.`,
  },
  check: {
    starting: 'Lancement des vérifications…',
    progress: (running, left) =>
      `Vérification en cours : ${running.join(', ')}. ${left === 0 ? 'C’est la dernière.' : `Encore ${left} après ${running.length === 1 ? 'celle-ci' : 'celles-ci'}.`}`,
    finishing: 'Toutes les vérifications sont faites. Je rassemble les résultats…',
    done: 'Terminé : les résultats sont juste en dessous.',
    stopped: 'La vérification s’est arrêtée avant la fin ; voir ci-dessous.',
    signIn: (uri, code) =>
      `Vous seul voyez ce message. Pour que je lance les vérifications connectées, ouvrez ${uri} et saisissez le code *${code}*. Ne partagez ce code avec personne ; je continuerai tout seul une fois la connexion faite.`,
  },
  escalation: {
    title: 'Une conversation a besoin d’une personne',
    askedBy: (userId) => `Demandé par <@${userId}>.`,
    threadLink: 'Ouvrir la conversation',
    noLink: 'La conversation a lieu en message privé avec l’assistant.',
    reportedError: 'Erreur signalée',
    pickedUpBy: (channelId) => `Quelqu’un de <#${channelId}> va prendre le relais et répondre ici.`,
    pickedUpByTeam: 'Quelqu’un de l’équipe du support va prendre le relais.',
  },
};
