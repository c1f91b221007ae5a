import type { Locale } from './locales.js';

/** What is said about the language itself, in each language: how it is named, and the line when it changes. */
export interface LanguageWords {
  /** the language's own name, for a language switch */
  name: string;
  /** when the person asked for this language */
  asked: string;
  /** when the person wrote in this language and the conversation followed */
  followed: string;
}

export const LANGUAGE_WORDS: Record<Locale, LanguageWords> = {
  en: {
    name: 'English',
    asked: "Sure, let's carry on in English.",
    followed: "I'll carry on in English. Say \"en español\", \"auf Deutsch\", \"en français\" or \"em português\" to switch.",
  },
  es: {
    name: 'Español',
    asked: '¡Claro! Seguimos en español.',
    followed: 'Te respondo en español. Si prefieres otro idioma, dímelo, por ejemplo «in English».',
  },
  de: {
    name: 'Deutsch',
    asked: 'Gern, wir machen auf Deutsch weiter.',
    followed: 'Ich antworte dir auf Deutsch. Wenn dir eine andere Sprache lieber ist, schreib zum Beispiel „in English“.',
  },
  fr: {
    name: 'Français',
    asked: 'Bien sûr, continuons en français.',
    followed: 'Je vous réponds en français. Pour changer de langue, écrivez par exemple « in English ».',
  },
  'pt-BR': {
    name: 'Português (Brasil)',
    asked: 'Claro! Vamos continuar em português.',
    followed: 'Vou responder em português. Se preferir outro idioma, é só dizer, por exemplo "in English".',
  },
};

/** For a message in a language the assistant does not speak: said in English, the language most people share. */
export const UNSUPPORTED_LANGUAGE =
  'Sorry, I can only help in English, Spanish, German, French and Portuguese. If another language suits you better, I can hand you over to a person.';

/**
 * How people name each language when they ask for it, in any of the five (normalized: lower case, no accents). Used to
 * recognise "in English please", "auf Deutsch", "¿hablas español?" whatever language the conversation is in.
 */
export const LANGUAGE_NAMES: Record<Locale, readonly string[]> = {
  en: ['english', 'ingles', 'englisch', 'anglais', 'eng'],
  es: ['spanish', 'espanol', 'castellano', 'spanisch', 'espagnol', 'espanhol'],
  de: ['german', 'deutsch', 'aleman', 'allemand', 'alemao'],
  fr: ['french', 'frances', 'franzosisch', 'franzoesisch', 'francais', 'frances'],
  'pt-BR': ['portuguese', 'portugues', 'portugiesisch', 'portugais', 'brazilian portuguese', 'portugues do brasil', 'portugues brasileiro', 'brasileiro'],
};

/**
 * Words that may stand around a language's name in a request to switch ("can we speak … please", "¿podemos hablar
 * en …?", "bitte auf …", "parlez-vous …", "pode falar em …"). Anything else in the message makes it a sentence about
 * something else ("the error is in English").
 */
export const LANGUAGE_REQUEST_WORDS: readonly string[] = [
  // English
  'in', 'please', 'pls', 'plz', 'can', 'could', 'we', 'you', 'us', 'do', 'lets', 'let', 'speak', 'talk', 'write', 'answer',
  'reply', 'switch', 'change', 'to', 'language', 'continue', 'carry', 'on', 'i', 'prefer', 'want', 'would', 'like', 'rather',
  'thanks', 'hi', 'hello', 'the', 'a', 'only', 'use', 'is', 'it', 'possible', 'ok', 'okay',
  // Spanish
  'en', 'por', 'favor', 'habla', 'hablas', 'hablame', 'hablar', 'hablamos', 'puedes', 'podemos', 'podrias', 'idioma', 'quiero',
  'prefiero', 'seguir', 'sigamos', 'continuar', 'escribe', 'escribeme', 'responde', 'respondeme', 'gracias', 'hola', 'el', 'al',
  'mejor', 'se', 'si',
  // German
  'auf', 'bitte', 'sprich', 'sprichst', 'sprechen', 'du', 'wir', 'konnen', 'koennen', 'kannst', 'konntest', 'sprache', 'weiter',
  'lieber', 'ich', 'mochte', 'moechte', 'schreib', 'schreiben', 'antworte', 'danke', 'hallo', 'gerne', 'gern', 'auch', 'geht',
  'das', 'es',
  // French
  'sil', 's', 'il', 'vous', 'plait', 'parle', 'parlez', 'parler', 'pouvez', 'pourriez', 'peux', 'tu', 'peut', 'langue', 'je',
  'voudrais', 'prefere', 'continuer', 'continuons', 'ecrivez', 'repondez', 'merci', 'bonjour', 'le', 'svp', 'stp', 'on',
  // Portuguese
  'em', 'fala', 'falar', 'fale', 'falamos', 'voce', 'pode', 'lingua', 'quero', 'prefiro', 'obrigado', 'obrigada', 'ola', 'oi',
  'por', 'favor', 'escreva', 'responda', 'vamos', 'o', 'da', 'do', 'de',
];

/** The label of the page's language switch, in each language. */
export const LANGUAGE_SWITCH_LABEL: Record<Locale, string> = {
  en: 'Language',
  es: 'Idioma',
  de: 'Sprache',
  fr: 'Langue',
  'pt-BR': 'Idioma',
};

/**
 * Names and labels people quote in every language (Close's and Microsoft's labels, protocols, English loanwords of the
 * trade): left out when telling which language a message is in, so "onde fica o connected accounts?" stays Portuguese.
 */
export const SHARED_TERMS: readonly string[] = [
  'close', 'close.com', 'connected accounts', 'accounts & apps', 'accounts and apps', 'email sending', 'email syncing',
  'settings', 'reconnect', 'remove account', 'add account', 'connected', 'disconnected', 'sequences', 'sequence',
  'workflow', 'workflows', 'outbox', 'inbox', 'sent items', 'microsoft 365', 'microsoft', 'office 365', 'office365',
  'office', 'outlook', 'exchange online', 'exchange', 'admin center', 'active users', 'manage email apps',
  'authenticated smtp', 'smtp auth', 'smtp', 'imap', 'pop', 'oauth', 'mfa', 'email', 'e-mail', 'emails', 'e-mails',
  'mail', 'mails', 'sync', 'admin', 'godaddy', 'gmail', 'google', 'teams', 'slack', 'login', 'password', 'ok', 'okay',
];

/**
 * Word starts every telling of the "SMTP AUTH extension not supported" reply has, in any of our languages (SMTP, auth,
 * authentication, autenticación, Authentifizierung, extension, extensão, Erweiterung): without one, a sentence that
 * only sounds like it ("we don't have IT", "it says I don't have permission") is not read as that reply.
 */
export const SMTP_AUTH_STEMS = /\bsmtp|\bsmpt|\bauth(?!ori[sz])|\bautent|\bextens|erweiterung/;
