import type { ProbeContent } from './probes.en.js';

function minutes(count: number | undefined): string {
  if (count === undefined) return 'quelques minutes';
  return `${count} minute${count > 1 ? 's' : ''}`;
}

export const probesFr: ProbeContent = {
  checks: {
    mx: {
      name: 'Domaine',
      pass: 'Les e-mails de ce domaine sont distribués par Microsoft 365.',
      warn: 'Les e-mails passent d’abord par un autre service, mais le domaine appartient bien à une organisation Microsoft 365.',
      fail: 'Les e-mails de ce domaine ne sont pas distribués par Microsoft 365.',
      skip: 'Je n’ai pas consulté le domaine.',
      error: 'Je n’ai pas pu consulter le domaine pour le moment.',
    },
    tenant: {
      name: 'Organisation Microsoft 365',
      pass: 'Microsoft connaît cette organisation et laisse ses utilisateurs se connecter.',
      warn: 'Cette organisation est configurée d’une façon qui change les étapes : voir ci-dessous.',
      fail: 'Le service de connexion Microsoft ne connaît pas ce domaine.',
      skip: 'Je n’ai pas consulté l’organisation.',
      error: 'Je n’ai pas pu joindre le service de connexion de Microsoft pour consulter l’organisation.',
    },
    smtp: {
      name: 'Serveur d’envoi',
      pass: 'Le serveur d’envoi a répondu normalement et propose une connexion sécurisée.',
      warn: 'Le serveur d’envoi a répondu, mais sa réponse a quelque chose d’inhabituel.',
      fail: 'Le serveur d’envoi n’a pas accepté une connexion normale.',
      skip: 'Je n’ai pas testé le serveur d’envoi.',
      error: 'Je ne me suis pas connecté au serveur d’envoi.',
    },
    imap: {
      name: 'Serveur de synchronisation',
      pass: 'Le serveur IMAP sur lequel Close lit les e-mails a répondu normalement.',
      warn: 'Le serveur IMAP a répondu, mais sa réponse a quelque chose d’inhabituel.',
      fail: 'Le serveur IMAP n’a pas accepté une connexion normale.',
      skip: 'Je n’ai pas testé le serveur IMAP.',
      error: 'Je ne me suis pas connecté au serveur IMAP.',
    },
    'close-status': {
      name: 'État du compte dans Close',
      pass: 'Close indique ce compte comme connecté, sans erreur récente.',
      warn: 'Close signale quelque chose d’inhabituel pour ce compte.',
      fail: 'Close signale des erreurs pour ce compte.',
      skip: 'Je n’ai pas pu lire l’état de ce compte dans Close.',
      error: 'Je n’ai pas pu joindre Close pour lire l’état du compte.',
    },
    'sign-in': {
      name: 'Connexion Microsoft',
      pass: 'Connexion à Microsoft réussie.',
      warn: 'Connexion réussie, avec un avertissement de Microsoft.',
      fail: 'Microsoft a refusé la connexion.',
      skip: 'Nous n’avons pas fait la connexion, donc les vérifications qui en ont besoin n’ont pas eu lieu.',
      error: 'La connexion n’a pas pu démarrer.',
    },
    'smtp-oauth': {
      name: 'Envoi (avec connexion)',
      pass: 'Microsoft laisse cette boîte mail se connecter pour envoyer des e-mails.',
      warn: 'La connexion pour envoyer a fonctionné, avec un avertissement.',
      fail: 'Microsoft a refusé que cette boîte mail se connecte pour envoyer des e-mails.',
      skip: 'Je n’ai pas essayé de me connecter pour envoyer.',
      error: 'Je n’ai pas pu essayer de me connecter pour envoyer.',
    },
    'test-message': {
      name: 'E-mail de test',
      pass: 'Un e-mail de test depuis l’adresse de Close a été accepté et envoyé à la boîte mail elle-même.',
      warn: 'L’e-mail de test est passé, avec un avertissement.',
      fail: 'Microsoft a refusé d’envoyer depuis l’adresse de Close.',
      skip: 'Je n’ai pas envoyé d’e-mail de test.',
      error: 'Je n’ai pas pu envoyer l’e-mail de test.',
    },
    'imap-oauth': {
      name: 'Synchronisation (avec connexion)',
      pass: 'La boîte mail peut être lue via IMAP et possède un dossier Éléments envoyés.',
      warn: 'La boîte mail peut être lue via IMAP, mais je n’ai trouvé aucun dossier Éléments envoyés.',
      fail: 'Microsoft a refusé l’accès IMAP à cette boîte mail.',
      skip: 'Je n’ai pas essayé de lire la boîte mail.',
      error: 'Je n’ai pas pu essayer de lire la boîte mail.',
    },
    'graph-me': {
      name: 'Adresses de la boîte mail',
      pass: 'L’adresse de Close est l’adresse principale de la boîte mail.',
      warn: 'L’adresse de Close est le nom de connexion, mais pas l’adresse principale de la boîte mail.',
      fail: 'L’adresse de Close n’est pas l’adresse principale de la boîte mail.',
      skip: 'Je n’ai pas comparé les adresses de la boîte mail.',
      error: 'Je n’ai pas pu lire les adresses de la boîte mail.',
    },
  },
  refusals: {
    'invalid-address': () => 'Cela ne ressemble pas à une adresse e-mail. Envoyez-la sous la forme nom@entreprise.com et je la vérifierai.',
    'rate-limited-user': (count) =>
      `Vous avez lancé plusieurs vérifications en peu de temps. Réessayez dans ${minutes(count)} ; en attendant, nous pouvons continuer sans.`,
    'rate-limited-global': (count) =>
      `Beaucoup de vérifications sont en cours en ce moment. Réessayez dans ${minutes(count)} ; en attendant, nous pouvons continuer sans.`,
    'too-many-running': () => 'Beaucoup de vérifications tournent en ce moment. Redemandez-moi dans une minute, ou continuons sans.',
  },
  targetRefusals: {
    'invalid-host': 'Ce nom de serveur n’est pas valide, je ne m’y suis donc pas connecté.',
    'port-not-allowed': 'Je ne me connecte qu’aux ports de messagerie (25, 465, 587, 143, 993) et en HTTPS, je n’ai donc pas touché à celui-ci.',
    'host-not-found': 'Ce nom de serveur n’existe pas dans le DNS.',
    'blocked-unspecified': 'Ce serveur pointe vers une adresse fictive, je ne m’y suis donc pas connecté.',
    'blocked-loopback': 'Ce serveur pointe vers cette machine elle-même, je ne m’y suis donc pas connecté.',
    'blocked-private': 'Ce serveur est sur un réseau privé que je n’ai pas le droit de joindre, je ne m’y suis donc pas connecté.',
    'blocked-link-local': 'Ce serveur a une adresse locale de lien que je n’ai pas le droit de joindre, je ne m’y suis donc pas connecté.',
    'blocked-cgnat': 'Ce serveur a une adresse interne d’opérateur que je n’ai pas le droit de joindre, je ne m’y suis donc pas connecté.',
    'blocked-unique-local': 'Ce serveur est sur un réseau IPv6 privé que je n’ai pas le droit de joindre, je ne m’y suis donc pas connecté.',
    'blocked-multicast': 'Ce serveur pointe vers une adresse multicast, je ne m’y suis donc pas connecté.',
    'blocked-reserved': 'Ce serveur pointe vers une adresse réservée, je ne m’y suis donc pas connecté.',
    'blocked-cloud-metadata': 'Ce serveur pointe vers une adresse de métadonnées cloud, je ne m’y suis donc pas connecté.',
  },
  progress: (running, left) =>
    running.length > 0
      ? `Vérification : ${running.join(', ')} (encore ${left})…`
      : `Encore ${left} vérification${left > 1 ? 's' : ''}…`,
  offer: (address) => `Voulez-vous que je vérifie ${address} pour de vrai ? Cela prend environ 15 secondes, rien n’est modifié ni envoyé.`,
  signInOffer:
    'Je peux aller plus loin si vous vous connectez avec Microsoft : je testerais l’envoi et la synchronisation en votre nom, et j’enverrais un e-mail de test à votre propre boîte mail. Rien ne part vers quelqu’un d’autre, et j’oublie la connexion à la fin de la vérification.',
  signInPrompt: (uri, code) => `Ouvrez ${uri} et saisissez le code ${code}. Je continue dès que la connexion est faite.`,
  finished: (problems) =>
    problems === 0 ? 'Terminé : aucun problème trouvé.' : `Terminé : ${problems} point${problems > 1 ? 's' : ''} à corriger.`,
};
