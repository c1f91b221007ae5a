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
  findings: {
    refused: {
      title: 'Le serveur a refusé la connexion',
      meaning: () => 'Rien n’accepte de connexion sur ce port : le serveur est arrêté, le port n’est pas le bon, ou un pare-feu le bloque.',
      fix: 'Vérifiez le nom du serveur et le port. S’ils sont corrects, demandez à la personne qui gère le serveur ou le réseau si le port est ouvert.',
    },
    unreachable: {
      title: 'Le serveur est injoignable',
      meaning: () => 'La connexion n’est pas passée : un problème de réseau, un mauvais nom de serveur, ou un pare-feu qui bloque les ports de messagerie.',
      fix: 'Réessayez dans quelques minutes. Si l’échec persiste, vérifiez le nom du serveur et demandez à la personne qui gère le réseau si les ports de messagerie sont bloqués.',
    },
    'hung-up': {
      title: 'Le serveur a raccroché',
      meaning: () => 'Le serveur a accepté la connexion, puis l’a fermée sans répondre, comme le font parfois les serveurs surchargés ou les filtres.',
      fix: 'Réessayez dans quelques minutes. Si cela continue, demandez au fournisseur de messagerie pourquoi les connexions sont fermées.',
    },
    stalled: {
      title: 'Le serveur a répondu trop lentement',
      meaning: () => 'La connexion s’est établie, mais le serveur a cessé de répondre avant la fin de son accueil ou du chiffrement. Les serveurs surchargés et certains filtres font cela.',
      fix: 'Réessayez dans quelques minutes. S’il reste lent, prévenez la personne qui gère le serveur ou le réseau entre les deux.',
    },
    'greeting-refused': {
      title: 'Le serveur a refusé de dialoguer',
      meaning: () => 'Le serveur a répondu à la connexion par un refus au lieu d’un message d’accueil. Sa réponse, affichée plus haut, dit pourquoi.',
      fix: 'Envoyez cette réponse à la personne qui gère le serveur : elle indique ce qu’il faut changer.',
    },
    'reply-refused': {
      title: 'Le serveur a refusé une étape normale',
      meaning: () => 'Le serveur a répondu par une erreur à une étape normale de la connexion. Sa réponse est affichée plus haut.',
      fix: 'Envoyez cette réponse à la personne qui gère le serveur : elle indique ce qu’il faut changer.',
    },
    'not-microsoft': {
      title: 'Quelque chose d’autre a répondu à la place de Microsoft',
      meaning: () => 'La réponse ne venait pas de Microsoft 365. Un intermédiaire a répondu à sa place : un proxy, un antivirus, un pare-feu ou un autre fournisseur de messagerie.',
      fix: 'Désactivez l’analyse des e-mails dans l’antivirus ou le pare-feu pour ces connexions (ou demandez-le à la personne qui gère le réseau), et vérifiez que les réglages du serveur pointent vers Microsoft 365.',
    },
    'no-starttls': {
      title: 'Le serveur ne propose aucun chiffrement',
      meaning: () => 'Le serveur n’a pas proposé de chiffrer la connexion : un mot de passe circulerait donc en clair. Close ne se connecte pas de cette façon.',
      fix: 'Utilisez les réglages chiffrés du serveur, ou demandez au fournisseur de messagerie d’activer le chiffrement (STARTTLS).',
    },
    'starttls-refused': {
      title: 'Le serveur n’a pas pu démarrer le chiffrement',
      meaning: () => 'Le serveur propose le chiffrement mais a refusé de le démarrer (par exemple « 454 TLS not available »), généralement parce que son propre certificat est absent ou défectueux.',
      fix: 'Signalez à la personne qui gère le serveur de messagerie qu’il refuse STARTTLS et qu’il lui faut un certificat valide. Rien de votre côté ne peut corriger cela.',
    },
    'cert-expired': {
      title: 'Le certificat du serveur a expiré',
      meaning: (f) => `Le certificat ${f.expires ? `a expiré le ${f.expires}` : 'n’est plus valide'} : on ne peut donc pas faire confiance à la connexion.`,
      fix: 'La personne qui gère le serveur doit renouveler son certificat. Si le serveur est celui de Microsoft, vérifiez la date et l’heure de l’ordinateur, et cherchez un filtre intermédiaire qui remplace les certificats.',
    },
    'cert-untrusted': {
      title: 'Le certificat ne vient pas d’une autorité de confiance',
      meaning: (f) =>
        `Le certificat a été émis par ${f.issuer ?? 'un émetteur inconnu'}. Il est auto-signé, ou un intermédiaire (antivirus, pare-feu ou proxy) a remplacé le vrai certificat pour lire le contenu de la connexion.`,
      fix: 'Si l’émetteur est votre antivirus ou votre pare-feu, désactivez son analyse des e-mails ou de TLS pour ces connexions, ou demandez-le à la personne qui gère le réseau. Sinon, le serveur a besoin d’un certificat émis par une autorité publique.',
    },
    'cert-wrong-host': {
      title: 'Le certificat est celui d’un autre serveur',
      meaning: (f) => `Le certificat est établi au nom de ${f.subject ?? 'un autre nom'}, et non du serveur demandé : on ne peut donc pas faire confiance à la connexion.`,
      fix: 'Vérifiez le nom du serveur dans les réglages. S’il est correct, la personne qui gère le serveur doit installer un certificat pour ce nom.',
    },
    'tls-outdated': {
      title: 'Le serveur ne parle qu’un TLS dépassé',
      meaning: (f) =>
        `Le serveur ne propose que ${f.version ?? 'TLS 1.0 ou 1.1'}, que Close et Microsoft 365 n’acceptent plus (Microsoft le désactive pour IMAP et POP au second semestre 2026).`,
      fix: 'La personne qui gère le serveur, ou un filtre intermédiaire, doit autoriser TLS 1.2 ou plus récent.',
    },
    'tls-failed': {
      title: 'Le chiffrement n’a pas pu être établi',
      meaning: () => 'Les deux côtés ne sont pas parvenus à s’entendre sur une connexion chiffrée.',
      fix: 'Prévenez la personne qui gère le serveur ou le réseau entre les deux ; les détails ci-dessus montrent où cela s’est arrêté.',
    },
    'auth-not-offered': {
      title: 'Le serveur ne propose aucun moyen de se connecter',
      meaning: () => 'Après le chiffrement, le serveur n’a indiqué aucune méthode de connexion : Close ne peut donc pas se connecter pour envoyer.',
      fix: 'Demandez à la personne qui administre le service de messagerie d’activer le SMTP authentifié pour la boîte mail et d’accepter les adresses IP depuis lesquelles Close envoie.',
    },
    'auth-in-clear': {
      title: 'Le serveur propose la connexion avant le chiffrement',
      meaning: () => 'Le serveur laisse les applications envoyer un mot de passe avant que la connexion soit chiffrée. Close chiffre toujours d’abord, mais ce réglage est faible.',
      fix: 'Demandez à la personne qui gère le serveur de ne proposer la connexion qu’après STARTTLS.',
    },
    'xoauth2-missing': {
      title: 'Le serveur ne propose pas la connexion Microsoft',
      meaning: () => 'Le serveur n’indique pas XOAUTH2, la connexion qu’utilise Close avec le bouton Microsoft.',
      fix: 'Si ce devrait être Microsoft 365, vérifiez que les réglages du serveur pointent vers Microsoft. Sinon, connectez-vous avec la méthode de connexion propre au fournisseur.',
    },
  },
  certificate: (f) =>
    `Certificat : pour ${f.subject ?? 'un serveur sans nom'}, émis par ${f.issuer ?? 'un émetteur sans nom'}${f.expires ? `, valable jusqu’au ${f.expires}` : ''}.`,
  nextStep: 'Étape suivante :',
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
