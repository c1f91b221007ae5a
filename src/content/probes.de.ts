import type { ProbeContent } from './probes.en.js';

function minutes(count: number | undefined): string {
  return count === undefined ? 'ein paar Minuten' : `${count} Minute${count === 1 ? '' : 'n'}`;
}

export const probesDe: ProbeContent = {
  checks: {
    mx: {
      name: 'Domain',
      pass: 'E-Mails an diese Domain werden von Microsoft 365 zugestellt.',
      warn: 'E-Mails gehen zuerst an einen anderen Dienst, aber die Domain gehört zu einer Microsoft 365-Organisation.',
      fail: 'E-Mails an diese Domain werden nicht von Microsoft 365 zugestellt.',
      skip: 'Die Domain habe ich nicht nachgeschlagen.',
      error: 'Ich konnte die Domain gerade nicht nachschlagen.',
    },
    tenant: {
      name: 'Microsoft 365-Organisation',
      pass: 'Microsoft kennt diese Organisation, und ihre Benutzer können sich anmelden.',
      warn: 'Diese Organisation ist so eingerichtet, dass sich die Schritte ändern: siehe unten.',
      fail: 'Die Microsoft-Anmeldung kennt diese Domain nicht.',
      skip: 'Die Organisation habe ich nicht nachgeschlagen.',
      error: 'Ich habe den Anmeldedienst von Microsoft nicht erreicht, um die Organisation nachzuschlagen.',
    },
    smtp: {
      name: 'Server für den Versand',
      pass: 'Der Server für den Versand hat normal geantwortet und bietet eine sichere Anmeldung an.',
      warn: 'Der Server für den Versand hat geantwortet, aber etwas an der Antwort ist ungewöhnlich.',
      fail: 'Der Server für den Versand hat keine normale Verbindung angenommen.',
      skip: 'Den Server für den Versand habe ich nicht getestet.',
      error: 'Ich habe mich nicht mit dem Server für den Versand verbunden.',
    },
    imap: {
      name: 'Server für die Synchronisierung',
      pass: 'Der IMAP-Server, von dem Close E-Mails liest, hat normal geantwortet.',
      warn: 'Der IMAP-Server hat geantwortet, aber etwas an der Antwort ist ungewöhnlich.',
      fail: 'Der IMAP-Server hat keine normale Verbindung angenommen.',
      skip: 'Den IMAP-Server habe ich nicht getestet.',
      error: 'Ich habe mich nicht mit dem IMAP-Server verbunden.',
    },
    'close-status': {
      name: 'Kontostatus in Close',
      pass: 'Close meldet dieses Konto als verbunden, ohne Fehler in letzter Zeit.',
      warn: 'Close meldet etwas Ungewöhnliches zu diesem Konto.',
      fail: 'Close meldet Fehler für dieses Konto.',
      skip: 'Den Status dieses Kontos in Close konnte ich nicht lesen.',
      error: 'Ich habe Close nicht erreicht, um den Status des Kontos zu lesen.',
    },
    'sign-in': {
      name: 'Microsoft-Anmeldung',
      pass: 'Du hast dich mit Microsoft angemeldet.',
      warn: 'Du hast dich angemeldet, Microsoft hat aber eine Warnung gemeldet.',
      fail: 'Microsoft hat die Anmeldung abgelehnt.',
      skip: 'Wir haben die Anmeldung übersprungen, darum liefen die Prüfungen, die sie brauchen, nicht.',
      error: 'Die Anmeldung konnte nicht gestartet werden.',
    },
    'smtp-oauth': {
      name: 'Versand, angemeldet',
      pass: 'Microsoft lässt dieses Postfach zum Senden anmelden.',
      warn: 'Die Anmeldung zum Senden hat geklappt, mit einer Warnung.',
      fail: 'Microsoft lässt dieses Postfach nicht zum Senden anmelden.',
      skip: 'Die Anmeldung zum Senden habe ich nicht versucht.',
      error: 'Ich konnte die Anmeldung zum Senden nicht versuchen.',
    },
    'test-message': {
      name: 'Testnachricht',
      pass: 'Eine Testnachricht von der Close-Adresse wurde angenommen und an das Postfach selbst gesendet.',
      warn: 'Die Testnachricht ging durch, mit einer Warnung.',
      fail: 'Microsoft hat das Senden von der Close-Adresse abgelehnt.',
      skip: 'Ich habe keine Testnachricht gesendet.',
      error: 'Ich konnte die Testnachricht nicht senden.',
    },
    'imap-oauth': {
      name: 'Synchronisierung, angemeldet',
      pass: 'Das Postfach lässt sich über IMAP lesen und hat einen Ordner Gesendete Elemente.',
      warn: 'Das Postfach lässt sich über IMAP lesen, aber ich habe keinen Ordner für gesendete Elemente gefunden.',
      fail: 'Microsoft hat den IMAP-Zugriff auf dieses Postfach abgelehnt.',
      skip: 'Das Lesen des Postfachs habe ich nicht versucht.',
      error: 'Ich konnte das Lesen des Postfachs nicht versuchen.',
    },
    'graph-me': {
      name: 'Adressen des Postfachs',
      pass: 'Die Close-Adresse ist die Hauptadresse des Postfachs.',
      warn: 'Die Close-Adresse ist der Anmeldename, aber nicht die Hauptadresse des Postfachs.',
      fail: 'Die Close-Adresse ist nicht die Hauptadresse des Postfachs.',
      skip: 'Die Adressen des Postfachs habe ich nicht verglichen.',
      error: 'Ich konnte die Adressen des Postfachs nicht lesen.',
    },
  },
  refusals: {
    'invalid-address': () => 'Das sieht nicht nach einer E-Mail-Adresse aus. Schick sie mir so: name@firma.de, dann prüfe ich sie.',
    'rate-limited-user': (count) =>
      `Du hast in kurzer Zeit mehrere Prüfungen gestartet. Versuch es in ${minutes(count)} noch einmal; wir können solange ohne weitermachen.`,
    'rate-limited-global': (count) =>
      `Gerade laufen sehr viele Prüfungen. Versuch es in ${minutes(count)} noch einmal; wir können solange ohne weitermachen.`,
    'too-many-running': () => 'Gerade laufen sehr viele Prüfungen. Frag mich in einer Minute noch einmal, oder wir machen ohne weiter.',
  },
  targetRefusals: {
    'invalid-host': 'Dieser Servername ist ungültig, darum habe ich mich nicht verbunden.',
    'port-not-allowed': 'Ich verbinde mich nur mit Mail-Ports (25, 465, 587, 143, 993) und HTTPS, diesen Port lasse ich aus.',
    'host-not-found': 'Diesen Servernamen gibt es im DNS nicht.',
    'blocked-unspecified': 'Dieser Server zeigt auf eine Platzhalteradresse, darum habe ich mich nicht verbunden.',
    'blocked-loopback': 'Dieser Server zeigt auf diese Maschine selbst, darum habe ich mich nicht verbunden.',
    'blocked-private': 'Dieser Server liegt in einem privaten Netz, das ich nicht erreichen darf, darum habe ich mich nicht verbunden.',
    'blocked-link-local': 'Dieser Server hat eine link-lokale Adresse, die ich nicht erreichen darf, darum habe ich mich nicht verbunden.',
    'blocked-cgnat': 'Dieser Server hat eine providerinterne Adresse, die ich nicht erreichen darf, darum habe ich mich nicht verbunden.',
    'blocked-unique-local': 'Dieser Server liegt in einem privaten IPv6-Netz, das ich nicht erreichen darf, darum habe ich mich nicht verbunden.',
    'blocked-multicast': 'Dieser Server zeigt auf eine Multicast-Adresse, darum habe ich mich nicht verbunden.',
    'blocked-reserved': 'Dieser Server zeigt auf eine reservierte Adresse, darum habe ich mich nicht verbunden.',
    'blocked-cloud-metadata': 'Dieser Server zeigt auf eine Cloud-Metadatenadresse, darum habe ich mich nicht verbunden.',
  },
  progress: (running, left) =>
    running.length > 0
      ? `Ich prüfe: ${running.join(', ')} (noch ${left})…`
      : `Noch ${left} Prüfung${left === 1 ? '' : 'en'}…`,
  offer: (address) => `Soll ich ${address} wirklich prüfen? Das dauert etwa 15 Sekunden, und nichts wird geändert oder gesendet.`,
  signInOffer:
    'Ich kann noch weiter gehen, wenn du dich mit Microsoft anmeldest: Dann teste ich Versand und Synchronisierung als du und sende eine Testnachricht an dein eigenes Postfach. An niemand anderen geht etwas, und die Anmeldung vergesse ich, sobald die Prüfung endet.',
  signInPrompt: (uri, code) => `Öffne ${uri} und gib den Code ${code} ein. Sobald du angemeldet bist, mache ich weiter.`,
  finished: (problems) =>
    problems === 0 ? 'Fertig: nichts gefunden, was nicht stimmt.' : `Fertig: ${problems} ${problems === 1 ? 'Sache' : 'Sachen'} zu beheben.`,
};
