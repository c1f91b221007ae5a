import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { DiagnosisProse } from './types.js';
import { CLOSE_ACCOUNTS, LABELS } from './admin-steps.fr.js';

const MAIL_APPS = `${LABELS.activeUsers} > l’utilisateur > Courrier ("Mail") > ${LABELS.manageEmailApps}`;

export const diagnosesFr: Record<DiagnosisCode, DiagnosisProse> = {
  'smtp-auth-disabled': {
    title: 'SMTP authentifié est désactivé',
    meaning: 'Microsoft 365 refuse que des applications comme Close se connectent pour envoyer des e-mails, car SMTP authentifié est désactivé pour cette boîte mail ou pour toute l’organisation.',
    fix: `Un administrateur active ${LABELS.authenticatedSmtp} dans le Centre d’administration Microsoft 365, sous ${MAIL_APPS}.`,
  },
  'basic-auth-blocked': {
    title: 'La connexion par mot de passe est bloquée',
    meaning: 'Microsoft 365 n’accepte plus un simple mot de passe pour cette boîte mail : les paramètres de sécurité par défaut, une stratégie d’authentification ou la fin de l’authentification de base la bloquent.',
    fix: `Connectez la boîte mail dans ${CLOSE_ACCOUNTS} avec + Add Account > Microsoft : la connexion passe alors par Microsoft, sans mot de passe.`,
  },
  'bad-credentials': {
    title: 'Les identifiants ont été refusés',
    meaning: 'Microsoft 365 n’a pas accepté l’adresse et le mot de passe, ou la connexion enregistrée a expiré.',
    fix: `Supprimez la boîte mail dans ${CLOSE_ACCOUNTS}, puis ajoutez-la de nouveau avec + Add Account > Microsoft, en vous connectant avec la même boîte mail.`,
  },
  'address-mismatch': {
    title: 'L’adresse dans Close n’est pas l’adresse principale de la boîte mail',
    meaning: 'Close envoie depuis une adresse que la boîte mail connectée n’a pas le droit d’utiliser, le plus souvent parce que ce n’est qu’un alias.',
    fix: `Un administrateur fait de l’adresse utilisée dans Close le nom d’utilisateur ou l’adresse principale de la boîte mail (${LABELS.activeUsers} > l’utilisateur > Compte > ${LABELS.manageUsername}), puis la boîte mail est ajoutée de nouveau dans Close.`,
  },
  'imap-disabled': {
    title: 'IMAP est désactivé pour la boîte mail',
    meaning: 'Close lit et classe les e-mails via IMAP, et Microsoft 365 l’a désactivé pour cette boîte mail.',
    fix: `Un administrateur coche IMAP sous ${MAIL_APPS}, enregistre, puis la boîte mail est ajoutée de nouveau dans Close.`,
  },
  'smtp-auth-not-offered': {
    title: 'Le serveur n’a proposé aucun moyen de se connecter',
    meaning: 'Close a bien joint le serveur de messagerie, mais n’a pas pu s’y connecter pour envoyer. Votre mot de passe n’est pas en cause.',
    fix: 'Vérifiez que le fournisseur accepte toutes les adresses IP depuis lesquelles Close envoie, et que SMTP authentifié est activé.',
  },
  'ip-blocked': {
    title: 'Microsoft a refusé l’adresse IP',
    meaning: 'Microsoft a rejeté la connexion à cause de l’adresse IP d’origine, en général l’un des serveurs d’envoi de Close. Votre mot de passe n’est pas en cause.',
    fix: 'Demandez à la personne qui gère votre Microsoft 365 (votre administrateur ou votre fournisseur) d’accepter toutes les adresses IP d’envoi de Close. Si Microsoft les refuse encore, le support de Close peut regarder.',
  },
  'tls-problem': {
    title: 'Impossible d’établir une connexion sécurisée',
    meaning: 'Les deux côtés ne se sont pas mis d’accord sur une connexion chiffrée. Cela vient de la façon dont la boîte mail a été connectée, souvent à la main avec des paramètres de serveur, et non d’un réglage de Microsoft 365.',
    fix: `Supprimez la boîte mail dans ${CLOSE_ACCOUNTS} et ajoutez-la de nouveau avec + Add Account > Microsoft. Close établit alors lui-même la connexion sécurisée.`,
  },
  'client-not-authenticated': {
    title: 'L’application a voulu envoyer sans se connecter',
    meaning: 'Microsoft 365 ne transmet les e-mails qu’une fois l’application connectée, et celle-ci ne l’était pas.',
    fix: `Reconnectez la boîte mail dans ${CLOSE_ACCOUNTS} avec + Add Account > Microsoft, pour que Close se connecte avant d’envoyer.`,
  },
  'sender-restricted': {
    title: 'L’envoi est bloqué pour cette boîte mail',
    meaning: 'Microsoft a placé cette boîte mail sur sa liste d’accès restreint, en général après l’envoi d’e-mails qui ressemblaient à du spam.',
    fix: 'Un administrateur ouvre le portail Microsoft Defender, à la liste des entités restreintes ("Email & collaboration > Review > Restricted entities"), lève le blocage et change le mot de passe.',
  },
  'admin-consent-required': {
    title: 'Close doit être approuvé par un administrateur',
    meaning: 'Votre organisation exige qu’un administrateur approuve les applications avant qu’on puisse s’y connecter avec Microsoft.',
    fix: 'Un administrateur ouvre les demandes de consentement du Centre d’administration Microsoft Entra ("Enterprise apps > Admin consent requests"), ou se connecte une fois lui-même à Close, et donne son consentement.',
  },
  'provider-managed': {
    title: 'Un fournisseur gère votre Microsoft 365',
    meaning: 'Votre Microsoft 365 a été acheté auprès d’un revendeur comme GoDaddy, qui détient les réglages d’administration.',
    fix: 'Demandez au support du fournisseur d’activer SMTP authentifié et IMAP pour la boîte mail.',
  },
  'not-microsoft-365': {
    title: 'Ce n’est pas une boîte mail Microsoft 365',
    meaning: 'Le domaine ne reçoit pas ses e-mails via Microsoft 365 : les réglages Microsoft ne s’appliquent donc pas.',
    fix: 'Suivez les instructions de votre propre fournisseur de messagerie pour la connexion à Close.',
  },
  'connection-failed': {
    title: 'Le serveur de messagerie de Microsoft est injoignable',
    meaning: 'La connexion au serveur de messagerie de Microsoft a expiré ou a été refusée. C’est en général un problème réseau passager, pas un réglage de votre côté.',
    fix: `Patientez quelques minutes, puis reconnectez la boîte mail dans ${CLOSE_ACCOUNTS}. Si cela se reproduit, une personne du support peut regarder.`,
  },
  unknown: {
    title: 'Une erreur que je ne reconnais pas',
    meaning: 'Je n’ai pas pu relier ce message à une cause connue.',
    fix: 'Décrivez-moi plutôt ce que vous voyez, et je vous guiderai à partir de là.',
  },
};
