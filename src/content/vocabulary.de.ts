import type { Vocabulary } from '../understanding/vocabulary.js';

/**
 * What the German interpreter looks for besides its trained intents. Recognition vocabulary only: never shown.
 * Every pattern runs on normalized text (lower case, accents removed: "prüfen" arrives as "prufen"); people who type
 * "ue" for "ü" ("pruefen") or "ss" for "ß" are covered by alternations such as `(u|ue)` and `(ss|ß)`.
 */
export const vocabularyDe: Vocabulary = {
  // verb-first statements ("kann ich nicht finden", "hab ich gemacht") are not questions: a verb opens a question only
  // with its subject after it and no "nicht" later in the message
  question:
    /\?\s*$|^(was|wie|warum|wieso|weshalb|wer|wo|wohin|woher|welche|welcher|welches|welchen|wann|wozu|woran|womit|wof(u|ue)r|wieviel|wie viel)\b|^(ist|sind|kann|kannst|k(o|oe)nnen|k(o|oe)nnte|muss|musst|m(u|ue)ssen|soll|sollte|sollen|darf|hast|habt|gibt|wird|werden|bist|brauche|brauch|bin|geht|hilft|reicht|l(o|oe)scht|bleibt|bleiben) (ich|du|es|das|man|wir|ihr|der|die|dieses|diese|dies|mein|meine|unser|unsere|jemand|eine|ein|meinen|den)\b(?!.*\bnicht\b)/,
  clauseBreak: /\s*(?:[,;.!]|\bund\b|\baber\b|\bjedoch\b|\bw(?:a|ae)hrend\b|\bobwohl\b|\bnur\b|\bsondern\b|\ballerdings\b)\s*/,
  healthy:
    /\b(gut|ok|okay|funktioniert|funktionieren|funktionierts|klappt|klappen|geht|gehen|l(a|ae)uft|laufen|normal|perfekt|problemlos|ohne probleme|ohne fehler|kein problem|keine probleme|verbunden|connected|fine|in ordnung|passt|tadellos|einwandfrei|sauber|reibungslos)\b/,
  unhealthy:
    /\b(nicht|nichts|keine|nie|niemals|kaputt|defekt|fehler|fehlermeldung|fehlgeschlagen|schl(a|ae)gt fehl|scheitert|gescheitert|getrennt|trennt|trennen|disconnected|disconnect|disconnects|h(a|ae)ngt|h(a|ae)ngen|stecken|steckt|feststecken|problem|probleme|fehlt|fehlen|error|broken|failed|rot|tot)\b/,
  notTheProblem: /\bkein(e|en)? (\w+ )?problem\b|\bnicht (das|mein|unser) (\w+ )?problem\b|\b(ist|sind) nicht das problem\b/,
  sendingTopic:
    /\b(senden|sende|sendet|send|sending|versenden|versende|versendet|versand|verschicken|verschicke|verschickt|schicken|schicke|schickt|abschicken|outbox|postausgang|ausgang|ausgehend|ausgehende|ausgehenden|smtp|sequence|sequences|sequenz|sequenzen|bulk|massenmail|massenmails|serienmail|serienmails|rausgehen|raus|zugestellt|zustellung|workflow|workflows)\b/,
  syncingTopic:
    /\b(sync|syncing|synct|syncen|synchronisiert|synchronisieren|synchronisierung|synchronisation|eingehend|eingehende|eingehenden|posteingang|inbox|empfangen|empfange|empfang|empfangene|gesendete elemente|gesendeten elementen|gesendeten|sent items|sent folder|imap|kommt an|kommen an|ankommen|ankommt|kommen rein|kommt rein|reinkommen|activity feed|aktivit(a|ae)t|aktivit(a|ae)ten|timeline|tauchen auf|taucht auf|auftauchen|erscheinen|erscheint|antworten der leads|antworten von leads|antworten von kunden)\b|\b(kommt|kommen)( nichts| nix| keine| kein| nie| mehr| neues| neue| neuen| mails| e-?mails| emails| antworten| immer| noch| gar| etwas| was| bei mir| in close| dort| da)* (an|rein)\b/,
  disconnectTopic:
    /\b(getrennt|trennt|trennen|trennung|disconnect|disconnects|disconnected|dis-connected|bricht ab|fliegt raus|fliegt immer raus|rausgeworfen|rausgeschmissen|verliert die verbindung|verbindung weg|abgemeldet)\b/,
  leadingYes: /^(ja|jap|jep|jo|jup|jaa|yes|jawohl|genau|richtig|korrekt|stimmt|klar|jein)\b/,
  leadingNo: /^(nein|ne|nee|neee|no|noe|nope|nicht wirklich|eher nicht|nicht ich|ich nicht|n(o|oe)(o|oe)?)\b(?! (problem|probleme|ahnung|fehler|mehr|sorge|sorgen|frage))/,
  human:
    /\b(mit|an) (einem |einer |nem |ner |dem |der |jemandem |jemand )?(echten |richtigen |realen |menschlichen )?(mensch|menschen|person|mitarbeiter|mitarbeiterin|agent|agenten|support|supporter|berater|beraterin|kollegen|kollegin|jemandem|jemand)( vom support| aus dem support| im support)? ?(sprechen|reden|chatten|schreiben|verbunden|verbinden|weitergeleitet|weiterleiten|telefonieren)\b|\b(ich (will|m(o|oe)chte|brauche|brauch|h(a|ae)tte gern|h(a|ae)tte gerne)|bitte) (einen |eine |nen |ne )?(echten |richtigen |menschlichen )?(menschen|mensch|person|mitarbeiter|mitarbeiterin|agent|support|berater|ansprechpartner)\b|^(mensch|menschen|person|agent|support|mitarbeiter|echter mensch|ein mensch|einen menschen|eine person|menschlicher support|human)( bitte)?[.!]*$|\b(verbinde|verbind|leite|leit|gib|stell) mich( bitte)? (mit|an|zu|durch zu) (einem |einer |dem |der )?(menschen|mensch|person|mitarbeiter|support|agent|kollegen)\b|\b(einen|eine) (echten|richtigen|realen|echte|richtige) (menschen|person|mitarbeiter|mitarbeiterin)\b|\b(kann|k(o|oe)nnte|soll|darf) (sich )?(ein|eine) (echter|echte|richtiger|richtige|realer) (mensch|person|mitarbeiter|mitarbeiterin)\b|\b(eskalier|eskalieren|eskaliere|eskalation|escalate)\b|\b(talk|speak) to (a )?(human|person|someone|agent)\b/,
  // the whole message, so that "zurücksetzen erledigt" or "neue e-mails fehlen" is not navigation
  startOver:
    /^((k(o|oe)nnen wir |lass uns |lasst uns |bitte |ich will |ich m(o|oe)chte |einfach )?(neu (anfangen|beginnen|starten)|von vorn|von vorne|von vorn anfangen|von vorne anfangen|von vorne beginnen|noch ?mal von vorn|noch ?mal von vorne|noch ?mal neu|noch ?mal (neu )?(anfangen|starten|beginnen)|neustart|neu starten|restart|start over|reset|alles zur(u|ue)cksetzen|zur(u|ue)ck auf anfang|zur(u|ue)ck zum anfang|zum anfang|anderes problem|neues problem|neue frage|ein anderes problem|ganz anderes problem)( bitte)?[.! ]*)$/,
  back: /^((warte,? |warte mal,? |ups,? |oops,? |sorry,? |moment,? |halt,? )?(zur(u|ue)ck|geh zur(u|ue)ck|gehe zur(u|ue)ck|bitte zur(u|ue)ck|einen schritt zur(u|ue)ck|ein schritt zur(u|ue)ck|schritt zur(u|ue)ck|vorige frage|vorherige frage|zur vorigen frage|zur vorherigen frage|zur(u|ue)ck zur (vorigen|vorherigen|letzten) frage|eine frage zur(u|ue)ck|r(u|ue)ckg(a|ae)ngig|mach das r(u|ue)ckg(a|ae)ngig|antwort r(u|ue)ckg(a|ae)ngig|undo|back|go back)( bitte)?[.! ]*)$/,
  future:
    /\b(ich werde|werde ich|werd ich|wir werden|werden wir|mach ich (gleich|sp(a|ae)ter|morgen|dann|nachher)|mache ich (gleich|sp(a|ae)ter|morgen|dann|nachher)|sp(a|ae)ter|morgen|nachher|demn(a|ae)chst|bald|leite ich weiter|leite es weiter|schicke ich|schick ich|gleich erledigt|erledige ich|erledige das|k(u|ue)mmere mich|ich frag(e)? (mal|gleich|nach)|frag(e)? ich (mal|gleich|nach))\b/,
  // a report that something is not (yet) so: never read as yes, done or working ("kein Fehler mehr" is working)
  negated:
    /\b(nicht|nie|niemals|noch nicht|immer noch|noch immer|weiterhin)\b(?! mehr\b)|\bkein(e|en)?\b(?! (fehler|probleme?|fehlermeldung|sorge|disconnect)\w*)|\bnoch\b(?! ?(ein)?mal\b)|\b(funktioniert|funktionieren|geht|gehen|gehts|klappt|klappts|l(a|ae)uft|laufen|synct|sendet|kommt|kommen)( es| das| sie| jetzt| leider| gar| immer)? nicht mehr\b/,
  stillFailing:
    /\b(immer noch|noch immer|weiterhin|schon wieder|wieder getrennt|trennt wieder|geht nicht|gehts nicht|klappt nicht|klappts nicht|funktioniert nicht|funzt nicht|nicht funktioniert|nicht geklappt|fehlgeschlagen|schl(a|ae)gt fehl|scheitert|kaputt|fehler|error|getrennt|trennt|h(a|ae)ngt)\b/,
  courtesy:
    /^(ok |okay |super |perfekt |cool |prima |toll |alles klar )?(danke|dankesch(o|oe)n|danke sch(o|oe)n|vielen dank|besten dank|merci|thx|thanks|danke dir|hallo|hi|hey|moin|moin moin|servus|gr(u|ue)ezi|gr(u|ue)ss gott|gr(u|ue)ß gott|guten (morgen|tag|abend)|bitte)( (dir|euch|sehr|vielmals|nochmal|noch mal|zusammen|team|leute))?[!. ]*$/,
  acknowledge: /^(ok|okay|okey|alles klar|klar|verstanden|in ordnung|geht klar|ok alles klar|ok verstanden)[.! ]*$/,
  holdOn:
    /^(ok,? |okay,? |alles klar,? )?(moment|einen moment|eine sekunde|sekunde|warte kurz|kurz warten|gib mir (eine minute|einen moment|eine sekunde|kurz)|ich schau mal( nach)?|ich schaue mal( nach)?|ich schau nach|ich pr(u|ue)fe das|ich check das|lass mich (nachsehen|nachschauen|schauen|pr(u|ue)fen)|mach ich|wird gemacht|bin dabei|ich bin dran|ich mach das( jetzt)?)[.! ]*$/,
  handedOver:
    /\b(hab|habe) (ich )?(es |sie |die nachricht |die anfrage )?(ihm |ihr |ihnen |dem admin |unserem admin )?(geschickt|geschrieben|weitergeleitet|gesendet)\b|\b(nachricht|anfrage) (ist )?(raus|verschickt|weitergeleitet)\b/,
  notYet: /\bnoch nicht\b|\bwarte (noch|immer noch)\b|\b(keine|noch keine) (antwort|ruckmeldung|reaktion)\b|\b(erst|wieder) (am |ab )?(montag|dienstag|mittwoch|donnerstag|freitag|morgen|nachste woche)\b|\b(im urlaub|nicht im buro|krank)\b/,
  hedged: /\b(nicht sicher|unsicher|wei(ss|ß) (ich )?nicht|keine ahnung|kann (ich )?nicht sagen)\b/,
  addressFiller:
    /^(es ist|das ist|meine (e-?mail|mail|adresse|e-?mail-adresse|mailadresse) ist|meine (e-?mail|mail|adresse|e-?mail-adresse|mailadresse) lautet|meine adresse|e-?mail|adresse|postfach|hier|die adresse ist|die adresse lautet|nimm|nutze|nutz|probier|pr(u|ue)fe|pr(u|ue)f|pr(u|ue)fen|check|ist|lautet|es geht um)?[:.!\s]*$/,
  facts: {
    notAdmin:
      /\b(ich bin|bin) (kein|keine) (admin|administrator|administratorin|globaler admin|it-admin)\b|\b(keine|ohne) (admin|administrator)[- ]?(rechte|zugriff|rolle|berechtigung|berechtigungen)\b|\b(ich bin|bin) nicht (der |die |ein |eine )?(admin|administrator|administratorin)\b|\bich bin (nur|bloss|bloß) (ein |eine )?(normaler |normale |einfacher |einfache )?(user|benutzer|benutzerin|nutzer|nutzerin|vertriebler|vertrieblerin|mitarbeiter|mitarbeiterin|sales rep|sales)\b/,
    isAdmin:
      /\b(ich bin|bin) (hier |selbst |selber |bei uns )?(der |die |ein |eine |unser |unsere )?(globaler |global )?(admin|administrator|administratorin|it-admin|it admin|global admin)\b|\bich habe (admin|administrator)[- ]?(rechte|zugriff|rolle)\b|\bhabe adminrechte\b|\b(das )?admin ?center (geht auf|(o|oe)ffnet sich|hat sich ge(o|oe)ffnet|l(a|ae)dt|funktioniert)\b|\bich komme ins admin ?center\b|\bich kann (das )?admin ?center (o|oe)ffnen\b/,
    // access refused, or only once: "it opens but says I have no permission", "last year, not now"
    adminDenied:
      /\bzugriff (wird |wurde )?verweigert\b|\b(keine|fehlende) (berechtigung|berechtigungen|zugriffsrechte)\b|\b(ich )?(habe|hab) (keine rechte|keinen zugriff)\b|\b(ich bin |bin )?nicht (berechtigt|autorisiert)\b|\b(laesst|lasst) mich nicht (rein|hinein)\b|(,|\baber|\bund) jetzt (aber )?nicht( mehr)?[.!]*$|\bkomme (ich )?nicht mehr (rein|hinein|ins)\b/,
    amOne: /^(ok,? |oh,? |ah,? |achso,? |ach so,? |moment,? |warte,? )?(eigentlich,? )?(ich glaube,? |scheint,? |sieht so aus,? )?(ich bin'?s doch|ich bin es doch|bin ich doch|bin ich'?s doch|ich bin'?s|ich bin es|doch,? ich bin'?s)[.! ]*$/,
    // tied to the setting: "es war ein langer tag" says nothing about the checkbox
    toggleOn:
      /\b(authentifiziertes smtp|smtp auth|smtp-auth|der haken|das h(a|ae)kchen|die checkbox|das k(a|ae)stchen|die einstellung)( ist| war)?( schon| bereits)? (angehakt|aktiviert|aktiv|an|eingeschaltet|gesetzt|ausgew(a|ae)hlt|drin)\b|\b(es|sie)( ist| war) (schon |bereits )?(angehakt|aktiviert|eingeschaltet|gesetzt)\b|\b(schon|bereits) (angehakt|aktiviert|eingeschaltet)\b|\bhab(e)? (es|ihn|den haken|authentifiziertes smtp) (schon |bereits )?(angehakt|aktiviert|gesetzt|eingeschaltet)\b/,
    toggleOff:
      /\b(authentifiziertes smtp|smtp auth|smtp-auth|der haken|das h(a|ae)kchen|die checkbox|das k(a|ae)stchen|die einstellung|es|sie)( ist| war)? (nicht|nie) (angehakt|aktiviert|aktiv|an|eingeschaltet|gesetzt|ausgew(a|ae)hlt|drin)\b|\b(authentifiziertes smtp|smtp auth|smtp-auth|die checkbox|das k(a|ae)stchen|die einstellung|es|sie) (ist |war )?(deaktiviert|ausgeschaltet|aus|leer)\b|\bkein haken\b/,
    // a change and a time together ("mein admin hat es gestern gemacht"): a time alone is when the trouble started
    changedEarlier:
      /\b(gemacht|ge(a|ae)ndert|aktiviert|angehakt|eingeschaltet|umgestellt|erledigt)\b.{0,100}\b(gestern|vorgestern|letzte woche|letzten woche|letzte nacht|heute morgen|heute fr(u|ue)h|vor (einer|ein paar|zwei|drei|\d+) (stunde|stunden|tagen|tag|wochen|woche)|vor einer weile|vor l(a|ae)ngerer zeit|vor langem|schon l(a|ae)nger)\b|\b(gestern|vorgestern|letzte woche|letzten woche|heute morgen|heute fr(u|ue)h|vor einer weile|vor ein paar (stunden|tagen))\b.{0,100}\b(gemacht|ge(a|ae)ndert|aktiviert|angehakt|eingeschaltet|umgestellt)\b/,
    /** words that say a named provider is not (or no longer) the one */
    notProvider: /\b(nicht|kein|keine|nicht mehr|nie|weg von|gewechselt|verlassen|fr(u|ue)her|ehemals|ehemaliger|ehemaligen|war mal|waren mal|nicht mehr bei)\b/,
    microsoftSignIn:
      /\b(microsoft[- ](anmeldung|login|button|konto|sign[- ]?in)|mit microsoft (anmelden|angemeldet|eingeloggt|einloggen|verbunden)|(u|ue)ber microsoft (angemeldet|verbunden|anmelden)|oauth|office ?365[- ]button|sign in with microsoft|anmelde-?button)\b/,
    password:
      /\b(mit (einem |meinem |dem |unserem )?(passwort|kennwort)|app[- ]?passwort|app[- ]?kennwort|smtp[- ]einstellungen|imap[- ]einstellungen|server[- ]?einstellungen|manuell|von hand|h(a|ae)ndisch|benutzerdefiniert|benutzerdefinierte|custom)\b/,
    selfManaged:
      /\b(wir verwalten (es |das |alles |unseren tenant |unser microsoft 365 |unser office 365 |microsoft 365 |office 365 )?(selbst|selber)|verwalten wir selbst|verwalten es selbst|selbst verwaltet|selber verwaltet|wir verwalten (es |das )?selber|eigene[nr]? tenant|direkt (bei|von) microsoft|bei microsoft direkt|kein anbieter|keinen anbieter|kein reseller|keinen reseller|nicht (u|ue)ber einen (anbieter|reseller|provider))\b/,
    providers: [
      [/\b(go ?daddy|secureserver)\b/, 'GoDaddy'],
      [/\brackspace\b/, 'Rackspace'],
      [/\b(ionos|1&1|1und1|1 und 1)\b/, 'IONOS'],
      [/\bstrato\b/, 'Strato'],
      [/\b(reseller|wiederverk(a|ae)ufer|hoster|hosting[- ]?(firma|anbieter|provider)|(u|ue)ber (einen|unseren) (anbieter|provider|partner)|(bei|von) (einem|unserem) (anbieter|provider|partner) gekauft)\b/, 'dein Anbieter'],
    ],
    // these two run on the raw text lower-cased (umlauts kept)
    closeAddressCue: /\b(in close|close nutzt|close verwendet|in close verbunden|close-adresse|close adresse|bei close|auf close|mit close|an close|im close|für close|fur close)\b/,
    usernameCue: /\b(benutzername|benutzernamen|username|user name|upn|anmeldename|anmeldung|login|log ?in|einloggen|angemeldet)\b/,
  },
  choices: {
    'toggle-on': /\b(angehakt|aktiviert|eingeschaltet|ha(ken|kchen) (ist )?(drin|gesetzt|da)|ist an|schon an|ist aktiv|checked|ticked|enabled)\b/,
    'toggle-off':
      /\b(nicht (angehakt|aktiviert|eingeschaltet|gesetzt|an|aktiv|drin)|kein haken|ohne haken|deaktiviert|ausgeschaltet|ist aus|unchecked|disabled|off)\b/,
    'cannot-find-setting':
      /\b(finde|find|seh|sehe) (es |das |ihn |sie |die einstellung |den haken |die option |den reiter |die registerkarte |den tab |das feld )?(nicht|nirgends|nirgendwo)\b|\b(nicht|nirgends|nirgendwo) (zu )?(finden|sehen|gefunden|da|vorhanden)\b|\bgibt es (bei mir )?nicht\b|\bfehlt\b|\bausgegraut\b|\bgrau\b|\bnicht da\b|\bkeine (registerkarte|option|einstellung)\b/,
    'provider-enabled': /\b(aktiviert|eingeschaltet|angeschaltet|freigeschaltet|erledigt|gemacht|ist an|ist jetzt an)\b/,
    'provider-refused':
      /\b(abgelehnt|lehnen ab|lehnen das ab|verweigert|wollen nicht|wollen das nicht|k(o|oe)nnen nicht|k(o|oe)nnen das nicht|machen sie nicht|machen das nicht|nein|nicht m(o|oe)glich|nicht machbar|nicht erlaubt|geht nicht|geht (das )?(bei uns |in unserem (tarif|plan|paket|vertrag) |mit unserem (tarif|plan|paket|vertrag) )?nicht)\b|\bnicht\b.{0,100}\b(tarif|paket|plan|vertrag|abo)\b|\b(tarif|paket|plan|vertrag|abo)\b.{0,100}\bnicht\b/,
    'provider-manages-it': /\b(anbieter|provider|go ?daddy|reseller|ionos|strato)\b/,
    'admin-done': /\b(erledigt|gemacht|fertig|ge(a|ae)ndert|hat es|ja)\b/,
    'microsoft-sign-in': /\b(microsoft([- ]anmeldung| button| login)?|oauth|anmelde-?button|mit microsoft)\b/,
    password: /\b(passwort|kennwort|app-?passwort|benutzerdefiniert|smtp[- ]einstellungen|imap[- ]einstellungen|servereinstellungen|server-einstellungen|manuell|von hand)\b/,
    'sending-disconnected': /\b(sending|senden|versand)\b.{0,100}\b(getrennt|disconnected|aus|fehler|rot|error)\b/,
    'syncing-disconnected': /\b(syncing|sync|synchronisierung|synchronisieren|synchronisation)\b.{0,100}\b(getrennt|disconnected|aus|fehler|rot|error)\b/,
    'both-disconnected': /\b(beide|alle|beides)\b.{0,100}\b(getrennt|disconnected|aus|rot|nicht verbunden)\b/,
    'both-connected': /\b(beide|alle|beides)\b.{0,100}\b(verbunden|connected|gr(u|ue)n|ok|gut|in ordnung)\b/,
    'describe-instead': /\b(hab(e)? (keine|keinen)|keine (fehlermeldung|meldung|fehler)|kein fehler|gibt keine|keine)\b/,
    'run-check-signed-in': /\b(mit (meiner |der )?(microsoft-?)?anmeldung|angemeldet|anmelden|mit (meinem )?(microsoft-?)?(konto|login|account))\b/,
    'check-close-status':
      /\b(schau|schaue|guck|gucke|pr(u|ue)f|pr(u|ue)fe|(o|oe)ffne) (mal )?(in |bei )?(close|settings|connected accounts|accounts (&|und) apps)\b|\bin close nach(schauen|sehen)?\b/,
    'something-else': /\b(etwas anderes|was anderes|keins davon|nichts davon|keines davon|anderes problem|ein anderes)\b/,
    continue: /\b(weiter|weitermachen|mach weiter|machen wir weiter|verstanden|alles klar)\b/,
  },
};
