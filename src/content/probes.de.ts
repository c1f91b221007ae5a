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
  findings: {
    refused: {
      title: 'Der Server hat die Verbindung abgewiesen',
      meaning: () => 'Auf diesem Port nimmt nichts Verbindungen an: Der Server ist aus, der Port ist falsch, oder eine Firewall blockiert ihn.',
      fix: 'Prüfe den Servernamen und den Port. Wenn beide stimmen, frag die Person, die den Server oder das Netzwerk betreut, ob der Port offen ist.',
    },
    unreachable: {
      title: 'Der Server war nicht erreichbar',
      meaning: () => 'Die Verbindung ist nicht durchgekommen: ein Netzwerkproblem, ein falscher Servername oder eine Firewall, die Mail-Ports sperrt.',
      fix: 'Versuch es in ein paar Minuten noch einmal. Wenn es weiter scheitert, prüfe den Servernamen und frag die Person, die das Netzwerk betreut, ob Mail-Ports gesperrt sind.',
    },
    'hung-up': {
      title: 'Der Server hat aufgelegt',
      meaning: () => 'Der Server hat die Verbindung angenommen und dann ohne Antwort geschlossen, wie es ausgelastete Server oder Filter manchmal tun.',
      fix: 'Versuch es in ein paar Minuten noch einmal. Wenn es weiter passiert, frag den Mail-Anbieter, warum Verbindungen geschlossen werden.',
    },
    stalled: {
      title: 'Der Server hat zu langsam geantwortet',
      meaning: () => 'Die Verbindung stand, aber der Server hat nicht mehr geantwortet, bevor seine Begrüßung oder die Verschlüsselung fertig war. Ausgelastete Server und manche Filter machen das.',
      fix: 'Versuch es in ein paar Minuten noch einmal. Wenn er langsam bleibt, sag der Person Bescheid, die den Server oder das Netzwerk dazwischen betreut.',
    },
    'greeting-refused': {
      title: 'Der Server wollte nicht reden',
      meaning: () => 'Der Server hat auf die Verbindung mit einer Ablehnung statt mit einer Begrüßung geantwortet. Seine Antwort oben sagt, warum.',
      fix: 'Schick die Antwort an die Person, die den Server betreut: Darin steht, was sie ändern muss.',
    },
    'reply-refused': {
      title: 'Der Server hat einen normalen Schritt abgelehnt',
      meaning: () => 'Der Server hat auf einen normalen Schritt der Verbindung mit einem Fehler geantwortet. Seine Antwort steht oben.',
      fix: 'Schick die Antwort an die Person, die den Server betreut: Darin steht, was sie ändern muss.',
    },
    'not-microsoft': {
      title: 'Statt Microsoft hat etwas anderes geantwortet',
      meaning: () => 'Die Antwort kam nicht von Microsoft 365. Etwas dazwischen hat stattdessen geantwortet: ein Proxy, ein Virenschutz, eine Firewall oder ein anderer Mail-Anbieter.',
      fix: 'Schalte im Virenschutz oder in der Firewall die Mail-Prüfung für diese Verbindungen aus (oder frag die Person, die das Netzwerk betreut), und prüfe, ob die Servereinstellungen auf Microsoft 365 zeigen.',
    },
    'no-starttls': {
      title: 'Der Server bietet keine Verschlüsselung an',
      meaning: () => 'Der Server hat nicht angeboten, die Verbindung zu verschlüsseln, ein Passwort ginge also im Klartext durchs Netz. So meldet sich Close nicht an.',
      fix: 'Nutze die verschlüsselten Einstellungen des Servers, oder bitte den Mail-Anbieter, die Verschlüsselung (STARTTLS) einzuschalten.',
    },
    'starttls-refused': {
      title: 'Der Server konnte die Verschlüsselung nicht starten',
      meaning: () => 'Der Server bietet Verschlüsselung an, hat sie aber nicht gestartet (zum Beispiel "454 TLS not available"), meist weil sein eigenes Zertifikat fehlt oder kaputt ist.',
      fix: 'Sag der Person, die den Mailserver betreut, dass er STARTTLS ablehnt und ein funktionierendes Zertifikat braucht. Auf deiner Seite lässt sich das nicht beheben.',
    },
    'cert-expired': {
      title: 'Das Zertifikat des Servers ist abgelaufen',
      meaning: (f) => `Das Zertifikat ${f.expires ? `ist am ${f.expires} abgelaufen` : 'ist nicht mehr gültig'}, darum ist der Verbindung nicht zu trauen.`,
      fix: 'Wer den Server betreut, muss das Zertifikat erneuern. Gehört der Server zu Microsoft, prüfe Datum und Uhrzeit des Computers und such nach einem Filter dazwischen, der Zertifikate austauscht.',
    },
    'cert-untrusted': {
      title: 'Das Zertifikat stammt nicht von einer vertrauenswürdigen Stelle',
      meaning: (f) =>
        `Das Zertifikat wurde von ${f.issuer ?? 'einer unbekannten Stelle'} ausgestellt. Es ist selbst signiert, oder etwas dazwischen (Virenschutz, eine Firewall oder ein Proxy) hat das echte Zertifikat ersetzt, um in die Verbindung hineinzuschauen.`,
      fix: 'Ist der Aussteller dein Virenschutz oder deine Firewall, schalte dort die Mail- oder TLS-Prüfung für diese Verbindungen aus, oder frag die Person, die das Netzwerk betreut. Sonst braucht der Server ein Zertifikat einer öffentlichen Stelle.',
    },
    'cert-wrong-host': {
      title: 'Das Zertifikat gehört zu einem anderen Server',
      meaning: (f) => `Das Zertifikat lautet auf ${f.subject ?? 'einen anderen Namen'}, nicht auf den angefragten Server, darum ist der Verbindung nicht zu trauen.`,
      fix: 'Prüfe den Servernamen in den Einstellungen. Wenn er stimmt, muss die Person, die den Server betreut, ein Zertifikat für diesen Namen einrichten.',
    },
    'tls-outdated': {
      title: 'Der Server spricht nur ein veraltetes TLS',
      meaning: (f) =>
        `Der Server bietet nur ${f.version ?? 'TLS 1.0 oder 1.1'} an, das Close und Microsoft 365 nicht mehr annehmen (Microsoft schaltet es für IMAP und POP in der zweiten Hälfte von 2026 ab).`,
      fix: 'Wer den Server betreut, oder ein Filter dazwischen, muss TLS 1.2 oder neuer erlauben.',
    },
    'tls-failed': {
      title: 'Die Verschlüsselung kam nicht zustande',
      meaning: () => 'Die beiden Seiten konnten sich nicht auf eine verschlüsselte Verbindung einigen.',
      fix: 'Sag der Person Bescheid, die den Server oder das Netzwerk dazwischen betreut; die Details oben zeigen, wo es hängen geblieben ist.',
    },
    'auth-not-offered': {
      title: 'Der Server bietet keine Anmeldung an',
      meaning: () => 'Nach dem Verschlüsseln hat der Server keine Anmeldeverfahren genannt, darum kann sich Close zum Senden nicht anmelden.',
      fix: 'Bitte die Person, die den Maildienst verwaltet, für das Postfach authentifiziertes SMTP einzuschalten und die IP-Adressen zuzulassen, von denen Close sendet.',
    },
    'auth-in-clear': {
      title: 'Der Server bietet die Anmeldung vor der Verschlüsselung an',
      meaning: () => 'Der Server lässt Apps ein Passwort schicken, bevor die Verbindung verschlüsselt ist. Close verschlüsselt immer zuerst, aber die Einstellung ist schwach.',
      fix: 'Bitte die Person, die den Server betreut, die Anmeldung erst nach STARTTLS anzubieten.',
    },
    'xoauth2-missing': {
      title: 'Der Server bietet keine Microsoft-Anmeldung an',
      meaning: () => 'Der Server nennt kein XOAUTH2, also die Anmeldung, die Close mit dem Microsoft-Knopf nutzt.',
      fix: 'Sollte das Microsoft 365 sein, prüfe, ob die Servereinstellungen auf Microsoft zeigen. Sonst verbinde dich mit der eigenen Anmeldung des Anbieters.',
    },
  },
  certificate: (f) =>
    `Zertifikat: für ${f.subject ?? 'einen Server ohne Namen'}, ausgestellt von ${f.issuer ?? 'einer Stelle ohne Namen'}${f.expires ? `, gültig bis ${f.expires}` : ''}.`,
  nextStep: 'Nächster Schritt:',
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
