import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock, makeEngine, tempDir } from '../helpers/engine.js';
import { play, said, type Row } from '../helpers/story.js';
import type { TurnOutcome, TurnResult } from '../../src/engine/engine.js';
import { LANGUAGE_WORDS, UNSUPPORTED_LANGUAGE } from '../../src/content/languages.js';
import type { Locale } from '../../src/content/locales.js';
import type { Store } from '../../src/store/store.js';
import { en } from '../../src/content/en.js';
import { otherLocales } from '../../src/content/catalog.js';
import { Interpreter } from '../../src/understanding/interpreter.js';

/**
 * The stories of the article (see stories.test.ts), typed as people type them in Spanish, German, French and Brazilian
 * Portuguese: everyday words, missing accents, a typo here and there. Each ends where the English story ends, and each
 * answer is checked for words of that language's content, so the assistant is shown to answer in it.
 */

/** A server reply pasted as it came: it stays English whatever language the conversation is in. */
const TENANT_ERROR = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant';
const MAILBOX_ERROR =
  "smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.')";

/**
 * Each language's classifier is trained once per process (shared by every engine); train all five up front, one after
 * the other, so no story's time limit is spent on training on a busy machine.
 */
beforeAll(async () => {
  for (const content of [en, ...Object.values(otherLocales())]) await new Interpreter(content.understanding).warmUp();
}, 1_200_000);

interface Stories {
  /** admin, self-managed, toggle ticked: reset, wait, follow-up, it works */
  resetWorks: Row[];
  /** not an admin: a message to forward, then the admin did it */
  notAdmin: Row[];
  /** bought through GoDaddy: a request for the provider */
  provider: Row[];
  /** syncing: the Close address is an alias, made primary, mailbox re-added, syncing */
  alias: Row[];
  /** syncing: the addresses are fixed, but IMAP has to be turned on too */
  imap: Row[];
  /** an English server error pasted into the conversation */
  pastedError: Row[];
  /** words it does not understand, then the conversation goes on */
  notUnderstood: Row[];
}

const STORIES: Record<Exclude<Locale, 'en'>, Stories> = {
  es: {
    resetWorks: [
      ['hola, los correos se me quedan atascados en la bandeja de salida de close', 'askingIsAdmin', /Eres administrador de Microsoft 365/],
      ['si, soy el admin', 'askingProviderManaged', /a través de otra empresa, como GoDaddy/],
      ['no, lo gestionamos nosotros mismos', 'askingToggleState', /Usuarios > Usuarios activos/],
      ['ya esta marcada', 'resettingToggle', /desmárcalo y selecciona Guardar cambios/],
      ['listo, ya lo hice', 'waitingForPropagation', /Te escribo dentro de 30 minutos/],
      ['(follow-up)', 'askingReconnectResult', /vuelve a conectar el buzón/],
      ['si, funciono!!', 'resolved', /ya está arreglado/],
    ],
    notAdmin: [
      ['cada vez que envio un email desde close se desconecta la cuenta', 'askingIsAdmin'],
      ['no, no soy admnistrador', 'bringingInAdmin', /Mensaje para tu administrador[\s\S]*Administrar aplicaciones de correo electrónico[\s\S]*SMTP autenticado/],
      ['mi jefe de IT ya lo cambio', 'waitingForPropagation', /30 minutos/],
    ],
    provider: [
      ['no puedo enviar correos desde close', 'askingIsAdmin'],
      ['sí', 'askingProviderManaged'],
      ['lo compramos a traves de godaddy', 'contactingProvider', /Como GoDaddy administra tu Microsoft 365[\s\S]*activen la autenticación SMTP/],
      ['ya lo activaron', 'waitingForPropagation'],
    ],
    alias: [
      ['los correos enviados no aparecen en la carpeta de enviados de outlook', 'askingIsAdmin'],
      ['si soy admin', 'askingAddressesMatch', /nombre de usuario/],
      ['no, son diferentes, la de close es un alias', 'fixingPrimaryAddress', /Cambiar a correo electrónico principal/],
      ['hecho, ya la cambie', 'readdingAccount', /desde cero[\s\S]*\+ Add Account > Microsoft/],
      ['si, ya se sincronizan los correos', 'resolved', /ya está arreglado/],
    ],
    imap: [
      ['close no sincroniza mis emails', 'askingIsAdmin'],
      ['sí', 'askingAddressesMatch'],
      ['no coinciden', 'fixingPrimaryAddress'],
      ['ok listo', 'readdingAccount'],
      ['sigue sin sincronizar', 'enablingImap', /Marca IMAP y pulsa Guardar cambios/],
      ['ya marque imap y volvi a añadir la cuenta', 'askingSyncResult', /Se sincronizan ya los correos/],
      ['si, ahora si sincroniza', 'resolved'],
    ],
    pastedError: [
      ['tengo un mensaje de error', 'askingForError', /Pega el mensaje de error/],
      [TENANT_ERROR, 'askingIsAdmin', /SMTP autenticado está desactivado[\s\S]*Eres administrador/],
    ],
    notUnderstood: [
      ['platano con chocolate', 'askingSymptom', /no lo entendí[\s\S]*Qué ves con tu buzón en Close/],
      ['se desconecta cuando envio', 'askingIsAdmin', /administrador/],
    ],
  },
  de: {
    resetWorks: [
      ['Hallo, meine Mails bleiben im Postausgang von Close hängen', 'askingIsAdmin', /Bist du Microsoft 365-Admin/],
      ['ja, ich bin der Admin', 'askingProviderManaged', /über eine andere Firma wie GoDaddy/],
      ['nein, das verwalten wir selbst', 'askingToggleState', /Benutzer > Aktive Benutzer/],
      ['ist schon angehakt', 'resettingToggle', /Entferne den Haken und wähle Änderungen speichern/],
      ['erledigt', 'waitingForPropagation', /Ich melde mich in 30 Minuten/],
      ['(follow-up)', 'askingReconnectResult', /Verbinde das Postfach jetzt/],
      ['ja hat geklapt, danke!', 'resolved', /das ist behoben/],
    ],
    notAdmin: [
      ['Close trennt jedes mal die Verbindung wenn ich eine Mail verschicke', 'askingIsAdmin'],
      ['nein, bin kein admin', 'bringingInAdmin', /Nachricht an deinen Microsoft 365-Admin[\s\S]*E-Mail-Apps verwalten[\s\S]*Authentifiziertes SMTP/],
      ['unser IT-Admin hat es gemacht', 'waitingForPropagation', /30 Minuten/],
    ],
    provider: [
      ['ich kann aus close keine emails senden', 'askingIsAdmin'],
      ['ja', 'askingProviderManaged'],
      ['wir haben es über GoDaddy gekauft', 'contactingProvider', /Weil GoDaddy euer Microsoft 365 verwaltet[\s\S]*SMTP-Authentifizierung/],
      ['GoDaddy hat es eingeschaltet', 'waitingForPropagation'],
    ],
    alias: [
      ['Gesendete E-Mails aus Close erscheinen nicht im Ordner Gesendete Elemente', 'askingIsAdmin'],
      ['ja bin ich', 'askingAddressesMatch', /Benutzername/],
      ['nein, die adresse in close ist nur ein alias', 'fixingPrimaryAddress', /zur primären Adresse/],
      ['gespeichert', 'readdingAccount', /Verbinde das Postfach jetzt neu mit Close[\s\S]*\+ Add Account > Microsoft/],
      ['ja, jetzt synchronisiert es', 'resolved', /das ist behoben/],
    ],
    imap: [
      ['Close synchronisiert meine Mails nicht mehr', 'askingIsAdmin'],
      ['jep', 'askingAddressesMatch'],
      ['die sind unterschiedlich', 'fixingPrimaryAddress'],
      ['fertig', 'readdingAccount'],
      ['synct immer noch nicht', 'enablingImap', /Hak IMAP an und wähle Änderungen speichern/],
      ['IMAP ist an und das Konto ist wieder drin', 'askingSyncResult', /Synchronisieren die E-Mails jetzt/],
      ['ja läuft jetzt', 'resolved'],
    ],
    pastedError: [
      ['ich habe eine fehlermeldung', 'askingForError', /Füg die Fehlermeldung/],
      [TENANT_ERROR, 'askingIsAdmin', /Authentifiziertes SMTP ist aus[\s\S]*Bist du Microsoft 365-Admin/],
    ],
    notUnderstood: [
      ['Kartoffelsalat mit Würstchen', 'askingSymptom', /nicht verstanden[\s\S]*Was siehst du bei deinem Postfach in Close/],
      ['die mails gehen nicht raus', 'askingIsAdmin', /Admin/],
    ],
  },
  fr: {
    resetWorks: [
      ['bonjour, mes mails restent bloqués dans la boite d’envoi de close', 'askingIsAdmin', /Êtes-vous administrateur Microsoft 365/],
      ['oui je suis admin', 'askingProviderManaged', /auprès d’une autre entreprise, comme GoDaddy/],
      ['non on le gere nous meme', 'askingToggleState', /Utilisateurs > Utilisateurs actifs/],
      ["c'est deja coché", 'resettingToggle', /décochez-le, puis sélectionnez Enregistrer les modifications/],
      ["c'est fait", 'waitingForPropagation', /Je reviens vers vous dans 30 minutes/],
      ['(follow-up)', 'askingReconnectResult', /Reconnectez maintenant la boîte mail/],
      ['oui ça marche !', 'resolved', /c’est réglé/],
    ],
    notAdmin: [
      ["close se deconnecte a chaque fois que j'envoie un mail", 'askingIsAdmin'],
      ['non je ne suis pas administrateur', 'bringingInAdmin', /Message pour votre administrateur[\s\S]*Gérer les applications de messagerie[\s\S]*SMTP authentifié/],
      ["mon admin l'a fait", 'waitingForPropagation', /30 minutes/],
    ],
    provider: [
      ["impossible d'envoyer des emails depuis close", 'askingIsAdmin'],
      ['oui', 'askingProviderManaged'],
      ["on l'a acheté chez GoDaddy", 'contactingProvider', /Comme GoDaddy gère votre Microsoft 365[\s\S]*activer l’authentification SMTP/],
      ["GoDaddy l'a activé", 'waitingForPropagation'],
    ],
    alias: [
      ["les emails envoyés depuis close n'apparaissent pas dans les éléments envoyés d'outlook", 'askingIsAdmin'],
      ['oui', 'askingAddressesMatch', /nom d’utilisateur/],
      ["non, c'est un alias", 'fixingPrimaryAddress', /Définir comme adresse e-mail principale/],
      ['enregistré', 'readdingAccount', /en repartant de zéro[\s\S]*\+ Add Account > Microsoft/],
      ['oui ça synchronise maintenant', 'resolved', /c’est réglé/],
    ],
    imap: [
      ['les emails reçus ne se synchronisent pas dans close', 'askingIsAdmin'],
      ['oui', 'askingAddressesMatch'],
      ['non elles sont differentes', 'fixingPrimaryAddress'],
      ['fait', 'readdingAccount'],
      ['toujours pas de synchro', 'enablingImap', /Cochez IMAP > Enregistrer les modifications/],
      ['IMAP coché et compte rajouté', 'askingSyncResult', /Les e-mails se synchronisent-ils maintenant/],
      ['oui ça marche', 'resolved'],
    ],
    pastedError: [
      ["j'ai un message d'erreur", 'askingForError', /Collez le message d’erreur/],
      [TENANT_ERROR, 'askingIsAdmin', /SMTP authentifié est désactivé[\s\S]*Êtes-vous administrateur/],
    ],
    notUnderstood: [
      ['croissant au beurre', 'askingSymptom', /pas compris[\s\S]*Que voyez-vous avec votre boîte mail/],
      ["les mails ne partent pas", 'askingIsAdmin', /administrateur/],
    ],
  },
  'pt-BR': {
    resetWorks: [
      ['oi, meus emails ficam presos na caixa de saida do close', 'askingIsAdmin', /Você é admin do Microsoft 365/],
      ['sim, sou admin', 'askingProviderManaged', /por meio de outra empresa, como a GoDaddy/],
      ['nao, a gente mesmo administra', 'askingToggleState', /Usuários > Usuários ativos/],
      ['ja esta marcado', 'resettingToggle', /desmarque e selecione Salvar alterações/],
      ['pronto', 'waitingForPropagation', /volto a falar com você em 30 minutos/],
      ['(follow-up)', 'askingReconnectResult', /reconecte a caixa de correio/],
      ['funcionou!', 'resolved', /resolvido/],
    ],
    notAdmin: [
      ['o close desconecta toda vez que eu mando um email', 'askingIsAdmin'],
      ['não sou admin', 'bringingInAdmin', /Mensagem para o admin[\s\S]*Gerenciar aplicativos de email[\s\S]*SMTP autenticado/],
      ['meu admin ja fez', 'waitingForPropagation', /30 minutos/],
    ],
    provider: [
      ['nao consigo enviar email pelo close', 'askingIsAdmin'],
      ['sim', 'askingProviderManaged'],
      ['compramos pela godaddy', 'contactingProvider', /Como GoDaddy administra o seu Microsoft 365[\s\S]*ativem a autenticação SMTP/],
      ['eles ativaram', 'waitingForPropagation'],
    ],
    alias: [
      ['os emails enviados pelo close nao aparecem nos itens enviados do outlook', 'askingIsAdmin'],
      ['sim', 'askingAddressesMatch', /nome de usuário/],
      ['nao, o do close é um alias', 'fixingPrimaryAddress', /Alterar para email principal/],
      ['feito', 'readdingAccount', /do zero[\s\S]*\+ Add Account > Microsoft/],
      ['sim, agora sincroniza', 'resolved', /resolvido/],
    ],
    imap: [
      ['o close nao sincroniza meus emails', 'askingIsAdmin'],
      ['sou', 'askingAddressesMatch'],
      ['sao diferentes', 'fixingPrimaryAddress'],
      ['salvei', 'readdingAccount'],
      ['continua sem sincronizar', 'enablingImap', /marque IMAP e salve/],
      ['ativei o imap e adicionei a conta de novo', 'askingSyncResult', /Os emails estão sincronizando agora/],
      ['sim, ta sincronizando', 'resolved'],
    ],
    pastedError: [
      ['tenho uma mensagem de erro', 'askingForError', /Cole a mensagem de erro/],
      [TENANT_ERROR, 'askingIsAdmin', /SMTP autenticado está desativado[\s\S]*Você é admin/],
    ],
    notUnderstood: [
      ['feijoada com farofa', 'askingSymptom', /não entendi[\s\S]*O que você está vendo com a sua caixa de correio/],
      ['os emails nao saem', 'askingIsAdmin', /admin/],
    ],
  },
};

/** Every answer of a story came in the story's language. */
function allIn(locale: Locale, turns: TurnResult[]) {
  expect(turns.map((t) => t.locale)).toEqual(turns.map(() => locale));
}

describe.each(Object.keys(STORIES) as Exclude<Locale, 'en'>[])('the stories of the article, typed in %s', (locale) => {
  const stories = STORIES[locale];

  it('sending: an admin resets a ticked Authenticated SMTP, waits for the follow-up, and it works', async () => {
    const { last, turns } = await play(stories.resetWorks, { locale });
    expect(last.session.status).toBe('resolved');
    allIn(locale, turns);
  });

  it('sending: a person who is not an admin gets a message to forward', async () => {
    const { last, turns } = await play(stories.notAdmin, { locale });
    expect(last.session.status).toBe('waiting');
    allIn(locale, turns);
  });

  it('sending: a tenant bought from GoDaddy goes to the provider with a ready-made request', async () => {
    const { turns } = await play(stories.provider, { locale });
    expect(turns.find((t) => t.view.key === 'contactingProvider')?.view.facts.provider).toBe('GoDaddy');
    allIn(locale, turns);
  });

  it('syncing: the Close address is an alias, made primary, the mailbox re-added, and it syncs', async () => {
    const { last, turns } = await play(stories.alias, { locale });
    expect(last.session.status).toBe('resolved');
    allIn(locale, turns);
  });

  it('syncing: after the address, IMAP has to be turned on', async () => {
    const { last, turns } = await play(stories.imap, { locale });
    expect(last.session.status).toBe('resolved');
    allIn(locale, turns);
  });

  it('an English server error pasted in is diagnosed, and the answer stays in the language', async () => {
    const { last, turns } = await play(stories.pastedError, { locale });
    expect(last.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
    expect(said(last)).not.toMatch(/Authenticated SMTP is off|Are you a Microsoft 365 admin/);
    allIn(locale, turns);
  });

  it('words it does not understand get the question again, in the language', async () => {
    const { turns } = await play(stories.notUnderstood, { locale });
    expect(said(turns[0]!)).not.toMatch(/didn't get that/);
    allIn(locale, turns);
  });
});

/* ------------------------------------------------------------------------------------------------------------------ */

const open: Store[] = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
});

function engineOn(options: Parameters<typeof makeEngine>[0] = {}) {
  const made = makeEngine({ ...options, all: true });
  open.push(made.store);
  return made;
}

/** The turn, or the test fails with why it was refused. */
function ok(outcome: TurnOutcome): TurnResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.error}`);
  return outcome;
}

describe('choosing the language, through the engine', () => {
  it('a German first message in a session started without a language is answered in German', async () => {
    const { engine } = engineOn();
    const started = await engine.start('web', 'lang-1', {}, []);
    expect(started.locale).toBe('en');
    const turn = ok(await engine.send(started.session.id, { text: 'Hallo, meine E-Mails bleiben seit gestern im Postausgang von Close hängen' }));
    expect(turn.locale).toBe('de');
    expect(turn.view.key).toBe('askingIsAdmin');
    expect(said(turn)).toContain(LANGUAGE_WORDS.de.followed);
    expect(said(turn)).toMatch(/Bist du Microsoft 365-Admin/);
    const next = ok(await engine.send(started.session.id, { text: 'ja klar' }));
    expect(next.locale).toBe('de');
    expect(next.view.key).toBe('askingProviderManaged');
  });

  it('a short Portuguese answer is followed in Portuguese, not taken for Spanish (its accents tell)', async () => {
    const { engine } = engineOn();
    let turn: TurnResult = await engine.start('web', 'lang-pt', {}, []);
    for (const choice of ['sending-fails', 'yes', 'no'] as const) turn = ok(await engine.send(turn.session.id, { choice }));
    expect(turn.view.key).toBe('askingToggleState');
    const unsure = ok(await engine.send(turn.session.id, { text: 'não sei se está marcado' }));
    expect(unsure.locale).toBe('pt-BR');
    expect(unsure.view.key).toBe('askingToggleState');
  });

  it('"in English please" mid-path shows the same step again in English, and the next answers stay English', async () => {
    const { engine } = engineOn();
    const id = (await engine.start('web', 'lang-2', {}, [], { locale: 'de' })).session.id;
    const first = ok(await engine.send(id, { text: 'meine mails hängen im postausgang' }));
    expect(first.view.key).toBe('askingIsAdmin');
    expect(said(first)).toMatch(/Bist du Microsoft 365-Admin/);

    const english = ok(await engine.send(id, { text: 'in English please' }));
    expect(english.locale).toBe('en');
    expect(english.view.key).toBe('askingIsAdmin');
    expect(said(english)).toContain(LANGUAGE_WORDS.en.asked);
    expect(said(english)).toMatch(/Are you a Microsoft 365 admin for your organisation/);
    expect(said(english)).not.toMatch(/Bist du/);

    const yes = ok(await engine.send(id, { text: "yes I'm the admin" }));
    expect(yes.locale).toBe('en');
    expect(yes.view.key).toBe('askingProviderManaged');
    expect(said(yes)).toMatch(/Did you buy Microsoft 365 through another company/);
    const no = ok(await engine.send(id, { text: 'no we manage it ourselves' }));
    expect(no.locale).toBe('en');
    expect(said(no)).toMatch(/Users > Active users/);
  });

  it('"auf Deutsch bitte" switches an English conversation to German', async () => {
    const { engine } = engineOn();
    const id = (await engine.start('web', 'lang-3', {}, [], { locale: 'en' })).session.id;
    ok(await engine.send(id, { text: 'my emails are stuck in the outbox' }));
    const german = ok(await engine.send(id, { text: 'auf Deutsch bitte' }));
    expect(german.locale).toBe('de');
    expect(german.view.key).toBe('askingIsAdmin');
    expect(said(german)).toContain(LANGUAGE_WORDS.de.asked);
    expect(said(german)).toMatch(/Bist du Microsoft 365-Admin/);
    const next = ok(await engine.send(id, { text: 'nein, bin ich nicht' }));
    expect(next.locale).toBe('de');
    expect(next.view.key).toBe('bringingInAdmin');
    expect(said(next)).toMatch(/Nachricht an deinen Microsoft 365-Admin/);
  });

  it('a pasted English server error keeps a German conversation German', async () => {
    const { engine } = engineOn();
    const id = (await engine.start('web', 'lang-4', {}, [], { locale: 'de' })).session.id;
    ok(await engine.send(id, { text: 'ich hab eine Fehlermeldung bekommen' }));
    const pasted = ok(await engine.send(id, { text: MAILBOX_ERROR }));
    expect(pasted.locale).toBe('de');
    expect(pasted.view.key).toBe('askingIsAdmin');
    expect(pasted.view.facts.diagnoses).toEqual(['smtp-auth-disabled']);
    expect(said(pasted)).toMatch(/Authentifiziertes SMTP ist aus/);
    expect(said(pasted)).not.toMatch(/carry on in English|Authenticated SMTP is off/);
  });

  it.each([
    ['Italian', 'Buongiorno, non riesco più a inviare la posta da Close, mi potete aiutare?'],
    ['Dutch', 'Goedemorgen, ik kan sinds gisteren geen berichten meer versturen vanuit Close'],
  ])('a message in %s gets the English line naming the five languages, not "didn\'t get that"', async (_language, text) => {
    const { engine } = engineOn();
    const id = (await engine.start('web', `lang-5-${_language}`, {}, [])).session.id;
    const turn = ok(await engine.send(id, { text }));
    expect(turn.view.key).toBe('askingSymptom');
    expect(turn.locale).toBe('en');
    expect(said(turn)).toContain(UNSUPPORTED_LANGUAGE);
    expect(said(turn)).not.toMatch(/didn't get that/);
  });

  it('the language survives a restart, and the follow-up comes in it', async () => {
    const file = join(tempDir(), 'languages.sqlite');
    const clock = fakeClock();
    const followUpDelayMs = 30 * 60 * 1000;

    const first = makeEngine({ file, all: true, now: clock.now, followUpDelayMs });
    const id = (await first.engine.start('web', 'lang-6', {}, [])).session.id;
    const opened = ok(await first.engine.send(id, { text: 'hola, no puedo enviar correos desde close, se quedan en la bandeja de salida' }));
    expect(opened.locale).toBe('es');
    ok(await first.engine.send(id, { text: 'si soy admin' }));
    ok(await first.engine.send(id, { text: 'no, lo llevamos nosotros' }));
    const unticked = ok(await first.engine.send(id, { text: 'no esta marcado' }));
    expect(unticked.view.key).toBe('enablingToggle');
    await first.store.close();

    const second = makeEngine({ file, all: true, now: clock.now, followUpDelayMs });
    expect((await second.engine.current(id))?.locale).toBe('es');
    const saved = ok(await second.engine.send(id, { text: 'ya lo marque y guarde' }));
    expect(saved.locale).toBe('es');
    expect(saved.view.key).toBe('waitingForPropagation');
    expect(said(saved)).toMatch(/Te escribo dentro de 30 minutos/);
    await second.store.close();

    clock.advance(followUpDelayMs + 60_000);
    const third = engineOn({ file, now: clock.now, followUpDelayMs });
    const heard: TurnResult[] = [];
    third.engine.onProactive('web', (r) => void heard.push(r));
    expect(await third.engine.fireDueFollowUps('test')).toBe(1);
    expect(heard).toHaveLength(1);
    const followUp = heard[0]!;
    expect(followUp.locale).toBe('es');
    expect(followUp.view.key).toBe('askingReconnectResult');
    expect(said(followUp)).toMatch(/Ya pasó un rato desde el cambio[\s\S]*vuelve a conectar el buzón/);
    const answer = ok(await third.engine.send(id, { text: 'si, ya funciona' }));
    expect(answer.locale).toBe('es');
    expect(answer.view.key).toBe('resolved');
  });
});
