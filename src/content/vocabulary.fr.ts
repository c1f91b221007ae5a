import type { Vocabulary } from '../understanding/vocabulary.js';

/**
 * What the French interpreter looks for besides its trained intents. Recognition vocabulary only: never shown. Every
 * pattern runs on normalized text (lower case, no accents, ’ typed as '), so "déconnecté" is "deconnecte" here and
 * "n’arrive" is "n'arrive".
 */
export const vocabularyFr: Vocabulary = {
  // "quand j'envoie…" is a statement; a question opens with an interrogative word, "est-ce que" or an inversion
  question:
    /\?\s*$|^(comment|pourquoi|pq|pk|qui|quoi|quel|quelle|quels|quelles|combien|c'est quoi|c est quoi|cest quoi|qu'est|qu est|quest|est-ce|est ce|estce|ou est|ou se|ou sont|ou trouver|ou je|ou ca|ou on|a quoi|je fais comment|on fait comment)\b|\b(peut-on|puis-je|dois-je|faut-il|y a-t-il|pouvez-vous|pourriez-vous|savez-vous|sais-tu|peux-tu|c'est quoi|cest quoi|veut dire quoi|quoi par|entendez quoi|entends quoi|voulez dire quoi|veux dire quoi|combien de temps|c'est grave)\b/,
  clauseBreak: /\s*(?:[,;.!]|\bet\b|\bmais\b|\bpar contre\b|\balors que\b|\btandis que\b|\bpourtant\b|\bcependant\b|\bsauf que\b|\bmeme si\b|\bbien que\b|\ben revanche\b)\s*/,
  healthy:
    /\b(marche|marchent|fonctionne|fonctionnent|ok|okay|ca va|va bien|vont bien|ca roule|connected|fine|nickel|impeccable|parfait|parfaitement|normal|normalement|connecte|connectee|connectes|connectees|bien|correct|correctement|aucun (probleme|souci)|pas de (probleme|souci|soucis))\b/,
  unhealthy:
    /\bn'|\b(ne|pas|plus|jamais|rien|aucun|aucune|bloque|bloques|bloquee|bloquees|coince|coinces|coincee|coincees|casse|cassee|echoue|echouent|echec|erreur|erreurs|deconnecte|deconnectee|deconnectes|deconnectees|deconnexion|probleme|problemes|souci|soucis|bug|bugue|manque|manquent|manquant|manquants|impossible|ko|hs|plante|disconnected)\b/,
  notTheProblem:
    /\b(pas|non|ce n'est pas|c'est pas|n'est pas|est pas) (un|une|le|la|mon|ma) (\w+ )?(probleme|souci)\b|\b(pas de|aucun|sans) (probleme|souci|soucis)\b/,
  sendingTopic:
    /\b(envoi|envois|envoyer|envoie|envoient|j'envoie|envoyant|sending|outbox|boite d'envoi|sortant|sortants|sortante|sortantes|smtp|sequence|sequences|bulk|en masse|part pas|partent|partent pas|ne part|ne partent|est parti|sont partis|delivre|delivres|livres|campagne|campagnes|workflow|workflows)\b/,
  syncingTopic:
    /\b(sync|syncing|synchro|syncro|synchronisation|synchronise|synchronisent|synchroniser|synchronisee|synchronises|synchronisees|recu|recus|recue|recues|reception|recevoir|recois|recoit|recoivent|entrant|entrants|entrante|entrantes|inbox|reponses|elements envoyes|dossier envoyes|les envoyes|envoyes d'outlook|imap|arrive|arrivent|arrivant|remonte|remontent|apparait|apparaissent|s'affiche|s'affichent|fil d'activite|activity|historique)\b/,
  disconnectTopic: /\b(deconnecte|deconnectee|deconnectes|deconnectees|deconnecter|deconnexion|deconnexions|deco|se deconnecte)\b/,
  leadingYes: /^(oui|ouais|ouai|ouep|yes|yep|exact|exactement|tout a fait|c'est ca|c'est exact|effectivement|affirmatif|bien sur|absolument|oui oui)\b/,
  leadingNo: /^(non|nan|nope|no|pas du tout|pas vraiment|absolument pas|negatif|pas moi)\b(?! (problem|worries))/,
  human:
    /\b(parler|discuter|echanger|causer) (a|au|aux|avec) (un |une |le |la |l'|du )?(vrai |vraie )?(humain|humaine|personne|conseiller|conseillere|agent|operateur|operatrice|technicien|technicienne|support|service client|quelqu'un|quelqu un|qqn|membre)\b|\b(passez|passer|transferez|transferer|mettez|mettre|redirigez|rediriger)(-moi| moi)? (a|avec|en relation avec|vers) (un |une |le |la |l')?(vrai |vraie )?(humain|personne|conseiller|agent|operateur|support|technicien|quelqu'un)\b|^(humain|un humain|une personne|une vraie personne|agent|un agent|conseiller|un conseiller|operateur|support humain)( svp| stp| s'il vous plait| please)?[.! ]*$|\b(je veux|je voudrais|j'aimerais|je souhaite|il me faut|besoin d') ?(parler a |parler avec )?(un |une )?(vrai |vraie )?(humain|vraie personne|personne reelle|personne physique|conseiller|conseillere|agent humain|operateur)\b|\bescalad(e|er)\b/,
  // the whole message, so that "le reset est fait" or "les anciens e-mails manquent" is not navigation
  startOver:
    /^((on peut |peut-on |je veux |je voudrais |on |svp |stp )?(recommencer|tout recommencer|recommence|reprendre (depuis le debut|a zero|du debut)|repartir (de zero|du debut|a zero)|recommencer (depuis le debut|a zero|du debut)|reset|restart|redemarrer|depuis le debut|nouveau probleme|autre probleme|nouvelle question|nouvelle conversation|tout effacer|j'ai un autre probleme|j'ai un nouveau probleme))( svp| stp| s'il vous plait| please)?[.! ]*$/,
  back: /^((attendez,? |attends,? |oups,? |pardon,? |euh,? )?(retour|revenir|retour en arriere|revenir en arriere|revenir a la question precedente|question precedente|etape precedente|precedent|retour arriere|en arriere|on revient en arriere|revenir d'une etape|une etape en arriere|annuler ma reponse|annule ma reponse))( svp| stp| s'il vous plait)?[.! ]*$/,
  future:
    /\b(je vais|on va|nous allons|il va|elle va|ils vont|je le ferai|je ferai|je lui enverrai|je leur enverrai|plus tard|demain|tout a l'heure|bientot|des que possible|je m'en occupe|je le fais|je fais ca|je m'y mets|ce soir|la semaine prochaine)\b/,
  // a report that something is not (yet) so: never read as yes, done or working
  negated: /\bn'|\b(ne|pas|plus|jamais|encore|toujours pas)\b/,
  stillFailing:
    /\b(toujours pas|encore|echoue|echouent|echec|marche pas|fonctionne pas|marche plus|fonctionne plus|pas marche|rien a faire|erreur|se deconnecte|deconnecte|deconnectee|bloque|bloques|plante|meme probleme|pareil|idem|ko)\b/,
  courtesy:
    /^(ok |okay |super |parfait |top |genial |cool |d'accord |daccord )?(merci|merci beaucoup|merci bien|mille mercis|thanks|thx|bonjour|bonsoir|salut|hello|coucou|hey|bonne journee|svp|s'il vous plait|stp|s'il te plait)( (beaucoup|bien|encore|a vous|a toi|pour (ton|votre) aide|l'equipe|pour tout|a tous))?[!. ]*$/,
  acknowledge: /^(ok|okay|d'accord|daccord|dac|entendu|compris|bien recu|note|ok d'accord|ok compris)[.! ]*$/,
  holdOn:
    /^(ok,? |d'accord,? )?(un instant|une seconde|une minute|un moment|attends un peu|deux secondes|je regarde|je verifie|je vais voir|je m'en occupe|je m'y mets|je le fais( maintenant)?|je teste|laisse[- ]moi (regarder|verifier|voir)|je (reviens|repasse)( vers (vous|toi))?( (dans (une|un|la|le|\d+)( [\w-]+){0,2}|plus tard|tout a l'heure|apres))?)[.! ]*$/,
  handedOver:
    /\bje (le |la |lui |leur )?(lui |leur )?ai (envoye|transfere|transmis|ecrit|fait suivre)\b|\b(message|demande) (est )?(envoyee?|transmise?|partie?)\b/,
  notYet: /\bpas encore\b|\bj'?attends (encore|toujours)\b|\b(pas de|aucune) (reponse|nouvelles)\b/,
  hedged: /\b(pas sure?(?! (cette|ce|cet|la|le|les|l'|mon|ma|mes|son|sa|ses|votre|vos|notre|nos|un|une|des|leur|leurs)\b)|pas certaine?|je (ne )?sais pas|sais pas|aucune idee|pas d'idee)\b/,
  addressFiller:
    /^(c'est|cest|c est|voici|voila|la voici|ici|celle-ci|utilisez|essayez|verifiez|verifie|check|(mon |l'|l )?(adresse|email|e-mail|mail|adresse e-mail|adresse mail|adresse email|boite mail)( est| c'est| cest)?)?[:.!\s]*$/,
  facts: {
    notAdmin:
      /\b(je ne suis pas|je suis pas|j'suis pas|jsuis pas|chui pas|pas) (l'|un |une |le |la )?(admin|administrateur|administratrice)\b|\b(pas les|pas de|sans|aucun|aucuns) (droits?|acces|role|privileges?) (d')?(admin|administrat)\w*|\bje suis (juste|seulement|simplement) (un |une )?(utilisateur|utilisatrice|commercial|commerciale|user|sales)\b/,
    isAdmin:
      /\b(je suis|j'suis|jsuis|chui|moi je suis|c'est moi) (l'|un |une |le |la |notre )?(admin|administrateur|administratrice)\b|\bj'ai (les )?(droits|acces|role) (d')?(admin|administrat)\w*|\b(le )?centre d'administration (s'ouvre|s'est ouvert|marche|fonctionne)\b|\bj'(arrive a|peux) (ouvrir|acceder au|acceder a) (le )?centre d'administration\b/,
    // access refused, or only once: "it opens but says I have no permission", "last year, not now"
    adminDenied:
      /\bacces (refuse|interdit)\b|\bpermission refusee\b|\b(sans|aucun|aucune) (permission|autorisation|acces)\b|\b(n'ai|n'as|ai|as) pas (la permission|l'autorisation|acces|l'acces|le droit|les droits)\b|\b(suis|es) pas (autorise|autorisee)\b|\bne me laisse pas (entrer|acceder|ouvrir)\b|(,|\bmais|\bet) (plus|pas) maintenant[.!]*$|\bmais plus[.!]*$|\bn'y (arrive|accede) plus\b/,
    amOne: /^(ok,? |ah,? |oh,? |attends,? )?(en fait,? )?(je crois que |je pense que |apparemment |finalement )?(je le suis|oui je le suis|si je le suis|c'est moi)( finalement| en fait)?[.! ]*$/,
    // tied to the setting: "mon compte est actif" says nothing about the checkbox
    toggleOn:
      /\b(smtp authentifie|smtp auth|authenticated smtp|la case|le reglage|le parametre|l'option|c'est|il est|elle est|c'etait|il etait)( est| etait)?( deja)? (coche|cochee|active|activee)\b|\bdeja (coche|cochee|active|activee)\b|\bj'ai (deja )?(coche|active) (la case|smtp|l'option|le reglage)\b/,
    toggleOff:
      /\b(pas|jamais|plus) (encore )?(coche|cochee|active|activee)\b|\b(smtp authentifie|smtp auth|authenticated smtp|la case|c'est|il est|elle est|est) (decoche|decochee|desactive|desactivee|off)\b|\bnon coche/,
    // a change and a time together ("mon admin l'a fait hier"): a time alone is when the trouble started
    changedEarlier:
      /\b(je l'ai|on l'a|il l'a|elle l'a|ils l'ont|admin l'a|j'ai|on a|il a|elle a|ils ont|nous avons|admin a) (deja )?(fait|change|modifie|active|coche|recoche|reactive)\b.*\b(hier|avant-hier|semaine derniere|mois dernier|ce matin|il y a|depuis (hier|ce matin|longtemps|plusieurs)|tout a l'heure)\b/,
    /** words that say a named provider is not (or no longer) the one */
    notProvider: /\b(pas|plus|jamais|quitte|ancien|anciennement|change de|parti de|partis de|migre depuis)\b/,
    microsoftSignIn:
      /\b((connecte|connectee|connexion|connecter|login|authentifie) (avec|via|par) (le bouton )?(microsoft|office ?365|outlook)|bouton microsoft|connexion microsoft|microsoft sign-?in|sign in with microsoft|oauth)\b/,
    password:
      /\b((avec|par) (un |le |mon )?(mot de passe|mdp)|mot de passe d'application|app password|parametres (smtp|imap|serveur|du serveur|de serveur)|reglages (smtp|imap|serveur)|smtp personnalise|manuellement|a la main)\b/,
    selfManaged:
      /\b(on le gere|nous le gerons|on gere nous-memes|on gere nous memes|gere en interne|on gere en interne|directement (chez|aupres de) microsoft|achete (directement )?(chez|aupres de) microsoft|pas de (fournisseur|revendeur|prestataire)|pas via un (fournisseur|revendeur|prestataire)|sans (fournisseur|revendeur|prestataire))\b/,
    providers: [
      [/\b(go ?daddy|secureserver)\b/, 'GoDaddy'],
      [/\brackspace\b/, 'Rackspace'],
      [/\b(ionos|1&1|1and1)\b/, 'IONOS'],
      [/\b(ovh|ovhcloud)\b/, 'OVHcloud'],
      [/\b(revendeur|prestataire|hebergeur|achete (via|par|chez|aupres d'un|aupres de notre) (un |notre )?(revendeur|prestataire|fournisseur))\b/, 'votre fournisseur'],
    ],
    closeAddressCue: /\b(dans close|sur close|close utilise|adresse close|adresse de close|avec close|vers close|a close|connectee a close)\b/,
    usernameCue: /\b(nom d'utilisateur|identifiant|login|upn|username|user name|connexion|je me connecte avec|sign-?in)\b/,
  },
  choices: {
    'toggle-on': /\b(coche|cochee|active|activee|deja active|est on|actif)\b/,
    'toggle-off': /\b(decoche|decochee|pas coche|pas cochee|non coche|pas active|pas activee|desactive|desactivee|off|pas actif)\b/,
    'cannot-find-setting':
      /\b(trouve pas|trouve rien|vois pas|vois rien|introuvable|pas d'onglet|pas de case|grise|grisee|existe pas|apparait pas|manque|est pas la|pas la$)|\b(je ne|j'arrive pas a|je n'arrive pas a|impossible de|n'arrive pas a) (le |la )?(trouver|voir)\b/,
    'provider-enabled': /\b(active|activee|l'ont fait|ont fait|a fait|c'est fait|c fait|c'est bon|mis en place|allume)\b/,
    'provider-refused': /\b(refus\w*|ne peuvent pas|peuvent pas|veulent pas|impossible|non|pas possible)\b/,
    'provider-manages-it': /\b(fournisseur|revendeur|prestataire|go ?daddy|hebergeur|ovh)\b/,
    done: /\b(c'est fait|c fait|j'ai fait|je l'ai fait|enregistree?s?|sauvegardee?s?|termine|fini|valide|c'est bon)\b/,
    'admin-done': /\b(c'est fait|c fait|l'a fait|a fait|ai fait|change|modifie|termine|fini|oui|c'est bon)\b/,
    'microsoft-sign-in': /\b(microsoft|oauth|office ?365|bouton)\b/,
    password: /\b(mot de passe|mdp|password|parametres|serveur|manuel|manuellement|a la main|personnalise|custom)\b/,
    'sending-disconnected': /\b(envoi|sending)\b.*\b(deconnecte|deconnectee|disconnected|off|erreur|rouge|ko)\b/,
    'syncing-disconnected': /\b(synchro|synchronisation|sync|syncing|reception)\b.*\b(deconnecte|deconnectee|disconnected|off|erreur|rouge|ko)\b/,
    'both-disconnected': /\b(les deux|tous les deux|toutes les deux|both|tout)\b.*\b(deconnecte|deconnectes|deconnectees|disconnected|off|rouge|rouges|ko)\b/,
    'both-connected': /\b(les deux|tous les deux|toutes les deux|both|tout)\b.*\b(connecte|connectes|connectees|connected|vert|verts|ok|bien|bon|bons)\b/,
    'describe-instead': /\b(j'en ai pas|je n'en ai pas|j'en ai aucun|pas de message|pas d'erreur|aucune erreur|aucun message|rien du tout)\b/,
    'run-check-signed-in': /\b(?<!sans )(avec ma connexion|avec connexion|en me connectant|je me connecte|avec mon compte|connecte|connectee|signed in)\b/,
    'check-close-status':
      /\b(verifier|regarder|ouvrir|voir|checker|aller voir|je regarde|je vais voir|je verifie) (dans |sur )?(close|settings|connected accounts|accounts (&|and|et) apps|les parametres)\b/,
    'something-else': /\b(autre chose|aucun de ces|aucune de ces|rien de tout ca|aucun des deux|autre probleme|ni l'un ni l'autre)\b/,
    continue: /\b(continuer|continue|continuons|on continue|suivant|la suite|compris|allons-y|on y va|vas-y)\b/,
  },
};
