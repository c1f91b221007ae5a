import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { DiagnosisProse } from './types.js';
import { CLOSE_ACCOUNTS } from './admin-steps.de.js';

export const diagnosesDe: Record<DiagnosisCode, DiagnosisProse> = {
  'smtp-auth-disabled': {
    title: 'Authentifiziertes SMTP ist aus',
    meaning: 'Microsoft 365 lässt Apps wie Close nicht zum Senden anmelden, weil Authentifiziertes SMTP für dieses Postfach oder die ganze Organisation ausgeschaltet ist.',
    fix: 'Ein Admin schaltet Authentifiziertes SMTP im Microsoft 365 Admin Center ein: Benutzer > Aktive Benutzer > der Benutzer > E-Mail > E-Mail-Apps verwalten.',
  },
  'basic-auth-blocked': {
    title: 'Die Anmeldung per Passwort ist gesperrt',
    meaning: 'Microsoft 365 akzeptiert für dieses Postfach kein einfaches Passwort mehr: Sicherheitsstandards, eine Authentifizierungsrichtlinie oder das Aus für die Standardauthentifizierung (Basic Auth) blockieren es.',
    fix: `Verbinde das Postfach unter ${CLOSE_ACCOUNTS} mit + Add Account > Microsoft. So meldet sich Close mit Microsoft an statt mit einem Passwort.`,
  },
  'bad-credentials': {
    title: 'Die Anmeldedaten wurden abgelehnt',
    meaning: 'Microsoft 365 hat Adresse und Passwort nicht akzeptiert, oder die gespeicherte Anmeldung ist abgelaufen.',
    fix: `Entferne das Postfach unter ${CLOSE_ACCOUNTS} und füg es mit + Add Account > Microsoft wieder hinzu. Melde dich dabei mit demselben Postfach an.`,
  },
  'address-mismatch': {
    title: 'Die Adresse in Close ist nicht die Hauptadresse des Postfachs',
    meaning: 'Close sendet mit einer Adresse, die das angemeldete Postfach nicht nutzen darf, meistens weil sie nur ein Alias ist.',
    fix: 'Ein Admin macht die Close-Adresse zum Benutzernamen oder zur primären Adresse des Postfachs (Benutzer > Aktive Benutzer > der Benutzer > Konto > Benutzername und E-Mail verwalten). Danach wird das Postfach in Close neu hinzugefügt.',
  },
  'imap-disabled': {
    title: 'IMAP ist für das Postfach aus',
    meaning: 'Close liest und sortiert E-Mails über IMAP, und Microsoft 365 hat IMAP für dieses Postfach ausgeschaltet.',
    fix: 'Ein Admin setzt den Haken bei IMAP unter Benutzer > Aktive Benutzer > der Benutzer > E-Mail > E-Mail-Apps verwalten und speichert. Danach wird das Postfach in Close neu hinzugefügt.',
  },
  'smtp-auth-not-offered': {
    title: 'Der Server bot keine Anmeldung an',
    meaning: 'Close hat den Mailserver erreicht, konnte sich zum Senden aber nicht anmelden. An deinem Passwort liegt es nicht.',
    fix: 'Sorg dafür, dass der Anbieter alle IP-Adressen zulässt, von denen Close sendet, und dass Authentifiziertes SMTP an ist.',
  },
  'ip-blocked': {
    title: 'Microsoft hat die IP-Adresse abgelehnt',
    meaning: 'Microsoft hat die Verbindung wegen der IP-Adresse abgewiesen, von der sie kam, meistens einer der Server, von denen Close sendet. An deinem Passwort liegt es nicht.',
    fix: 'Bitte die Person, die euer Microsoft 365 verwaltet (Admin oder Anbieter), alle IP-Adressen zuzulassen, von denen Close sendet. Lehnt Microsoft sie trotzdem ab, kann sich der Close-Support das ansehen.',
  },
  'tls-problem': {
    title: 'Eine sichere Verbindung kam nicht zustande',
    meaning: 'Die beiden Seiten konnten sich nicht auf eine verschlüsselte Verbindung einigen. Das liegt daran, wie das Postfach verbunden wurde (meist von Hand mit Servereinstellungen), nicht an einer Einstellung in Microsoft 365.',
    fix: `Entferne das Postfach unter ${CLOSE_ACCOUNTS} und füg es mit + Add Account > Microsoft wieder hinzu. Close richtet die sichere Verbindung dann selbst ein.`,
  },
  'client-not-authenticated': {
    title: 'Die App wollte ohne Anmeldung senden',
    meaning: 'Microsoft 365 leitet E-Mails nur weiter, wenn sich die App vorher angemeldet hat, und diese App hatte das nicht.',
    fix: `Verbinde das Postfach unter ${CLOSE_ACCOUNTS} mit + Add Account > Microsoft neu, damit sich Close vor dem Senden anmeldet.`,
  },
  'sender-restricted': {
    title: 'Das Postfach darf nicht mehr senden',
    meaning: 'Microsoft hat dieses Postfach auf die Liste gesperrter Absender gesetzt, meistens nachdem es E-Mails gesendet hat, die nach Spam aussahen.',
    fix: 'Ein Admin prüft im Microsoft Defender-Portal die eingeschränkten Entitäten ("Email & collaboration > Review > Restricted entities"), hebt die Sperre auf und ändert das Passwort.',
  },
  'admin-consent-required': {
    title: 'Close braucht die Zustimmung eines Admins',
    meaning: 'In deiner Organisation muss ein Admin Apps freigeben, bevor man sich dort mit Microsoft anmelden kann.',
    fix: 'Ein Admin öffnet im Microsoft Entra Admin Center die Anforderungen zur Administratoreinwilligung ("Enterprise apps > Admin consent requests") und erteilt die Zustimmung, oder meldet sich selbst einmal bei Close an.',
  },
  'provider-managed': {
    title: 'Ein Anbieter verwaltet euer Microsoft 365',
    meaning: 'Euer Microsoft 365 wurde über einen Reseller wie GoDaddy gekauft, und der hat die Admin-Einstellungen in der Hand.',
    fix: 'Bitte den Support des Anbieters, Authentifiziertes SMTP und IMAP für das Postfach einzuschalten.',
  },
  'not-microsoft-365': {
    title: 'Das ist kein Microsoft 365-Postfach',
    meaning: 'Die Domain empfängt ihre E-Mails nicht über Microsoft 365, also gelten die Microsoft-Einstellungen hier nicht.',
    fix: 'Folge der Anleitung deines eigenen E-Mail-Anbieters, um das Postfach mit Close zu verbinden.',
  },
  'connection-failed': {
    title: 'Der Mailserver von Microsoft war nicht erreichbar',
    meaning: 'Die Verbindung zum Mailserver von Microsoft lief in ein Timeout oder wurde abgewiesen. Meist ist das ein kurzes Netzwerkproblem, keine Einstellung bei dir.',
    fix: `Warte ein paar Minuten und verbinde das Postfach dann unter ${CLOSE_ACCOUNTS} neu. Passiert das immer wieder, kann sich jemand vom Support das ansehen.`,
  },
  unknown: {
    title: 'Ein Fehler, den ich nicht kenne',
    meaning: 'Ich konnte diese Meldung keiner Ursache zuordnen, die ich kenne.',
    fix: 'Beschreib mir, was du stattdessen siehst, dann helfe ich dir von dort aus weiter.',
  },
};
