import type { ChoiceId } from '../../src/machine/choices.js';
import type { Expect, Row } from './tables.en.js';

// Onde a mensagem é digitada: as escolhas que levam até lá a partir da primeira pergunta (as mesmas do inglês).
const START: ChoiceId[] = [];
const IS_ADMIN: ChoiceId[] = ['sending-fails'];
const IS_ADMIN_SYNC: ChoiceId[] = ['sync-fails'];
const BRINGING_ADMIN: ChoiceId[] = ['sending-fails', 'no'];
const BRINGING_ADMIN_SYNC: ChoiceId[] = ['sync-fails', 'no'];
const PROVIDER_Q: ChoiceId[] = ['sending-fails', 'yes'];
const CONTACTING_PROVIDER: ChoiceId[] = ['sending-fails', 'yes', 'yes'];
const TOGGLE_Q: ChoiceId[] = ['sending-fails', 'yes', 'no'];
const ENABLING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-off'];
const RESETTING_TOGGLE: ChoiceId[] = [...TOGGLE_Q, 'toggle-on'];
const WAITING: ChoiceId[] = [...ENABLING_TOGGLE, 'done'];
const RECONNECT_RESULT: ChoiceId[] = [...WAITING, 'test-now'];
const CONNECTION_METHOD: ChoiceId[] = [...RECONNECT_RESULT, 'still-failing'];
const BASIC_AUTH_CHANGE: ChoiceId[] = [...CONNECTION_METHOD, 'password'];
const NEXT_STEPS: ChoiceId[] = [...CONNECTION_METHOD, 'microsoft-sign-in'];
const RESOLVED: ChoiceId[] = [...RECONNECT_RESULT, 'it-worked'];
const ADDRESSES_Q: ChoiceId[] = ['sync-fails', 'yes'];
const FIXING_PRIMARY: ChoiceId[] = [...ADDRESSES_Q, 'no'];
const READDING: ChoiceId[] = [...FIXING_PRIMARY, 'done'];
const ENABLING_IMAP: ChoiceId[] = [...ADDRESSES_Q, 'yes'];
const SYNC_RESULT: ChoiceId[] = [...ENABLING_IMAP, 'done'];
const IP_ALLOWLIST: ChoiceId[] = ['smtp-auth-not-supported'];
const ASKING_ERROR: ChoiceId[] = ['have-error'];
const CLOSE_STATUS: ChoiceId[] = ['check-close-status'];
const DESCRIBING: ChoiceId[] = ['something-else'];
const ASKING_ADDRESS: ChoiceId[] = ['check-mailbox'];
const ESCALATED: ChoiceId[] = ['human'];

const sending: Expect = { path: 'sending', state: 'askingIsAdmin' };
const syncing: Expect = { path: 'syncing', state: 'askingIsAdmin' };
const smtpAuthWords: Expect = { state: 'checkingIpAllowlist' };
const wantsToPaste: Expect = { state: 'askingForError' };
const person: Expect = { state: 'escalated' };
const wantsCheck: Expect = { state: 'askingForAddress' };
const eitherPath: Expect = { state: 'clarifyingPath' };

/** Digitadas como a primeira mensagem. */
export const firstMessages: Row[] = [
  // envio: desconecta ao enviar, Outbox, sequences, email em massa
  { at: START, says: 'o close fica desconectando meu email toda vez que tento enviar', expect: sending },
  { at: START, says: 'emails presos na outbox desde hoje de manha', expect: sending },
  { at: START, says: 'minhas sequences foram pausadas e aparece Email Sending: Disconnected', expect: sending },
  { at: START, says: 'o email em massa nao sai, ta tudo parado na outbox', expect: sending },
  { at: START, says: 'em connected accounts o email sending aparece desconectado mas o syncing ta conectado', expect: sending },
  { at: START, says: 'clico em enviar e a caixa desconecta na hora', expect: sending },
  { at: START, says: 'nao consigo mais enviar emails pelo close, o outlook em si ta normal', expect: sending },
  { at: START, says: 'a outbox tem uns 40 emails que nunca sairam', expect: sending },
  { at: START, says: 'toda vez que um passo da sequence dispara minha conta do office 365 desconecta', expect: sending },
  { at: START, says: 'o envio pelo close quebrou depois que mudamos pro microsoft 365', expect: sending },
  { at: START, says: 'os emails que mando pros leads ficam parados e nunca saem', expect: sending },
  { at: START, says: 'O Close disse que minha conta de email foi desconectada quando tentei mandar email pra um lead', expect: sending },
  { at: START, says: 'aparece uma faixa vermelha pedindo pra reconectar a conta sempre que eu envio', expect: sending },
  { at: START, says: 'o envio pelo close falha, o recebimento ta ok', expect: sending },
  { at: START, says: 'meus workflows pararam de enviar emails', expect: sending },
  { at: START, says: 'nao consigo mandar email pros meus leads pelo close, desconecta', expect: sending },
  { at: START, says: 'emails em massa pausados, algo sobre minha caixa estar desconectada', expect: sending },
  { at: START, says: 'responder um lead pelo close nao funciona, a resposta volta pra outbox', expect: sending },
  { at: START, says: 'emails nao enviam, presos na outbox, office 365', expect: sending },
  { at: START, says: 'meu emial fica desconetando quando envio pelo close', expect: sending },

  // sincronização: emails que não chegam, respostas faltando, enviados pelo Close fora dos Itens Enviados
  { at: START, says: 'quando envio pelo close nao vejo o email nos enviados do outlook', expect: syncing },
  {
    at: START,
    says: 'mudei meu nome de usuario no office recentemente e agora os emails enviados pelo close nao estao no outlook',
    expect: { path: 'syncing' },
  },
  { at: START, says: 'O Close nao esta puxando as respostas do meu outlook', expect: syncing },
  { at: START, says: 'As respostas nao aparecem no activity feed do lead', expect: syncing },
  { at: START, says: 'a conta conectou certinho mas nao chega nada', expect: syncing },
  { at: START, says: 'emails dos leads nao aparecem no close', expect: syncing },
  { at: START, says: 'os emails que envio pelo close nunca aparecem nos meus itens enviados do outlook', expect: syncing },
  { at: START, says: 'a inbox no close ta vazia mesmo o outlook tendo email novo', expect: syncing },
  { at: START, says: 'o close parou de sincronizar meus emails do office 365 na semana passada', expect: syncing },
  { at: START, says: 'emails recebidos nao aparecem na timeline do lead', expect: syncing },
  { at: START, says: 'Email Syncing: Disconnected no connected accounts', expect: syncing },
  { at: START, says: 'as respostas dos clientes vao pro outlook mas nunca chegam no close', expect: syncing },
  { at: START, says: 'falta na pasta enviados do outlook tudo o que mandei pelo close', expect: syncing },
  { at: START, says: 'meus emails nao estao sincronizando com o close', expect: syncing },
  { at: START, says: 'emails novos demoram uma eternidade ou nunca aparecem no close', expect: syncing },
  { at: START, says: 'nada novo no activity feed desde terca, nenhum email', expect: syncing },
  { at: START, says: 'o close diz conectado mas nenhum email sincroniza', expect: syncing },
  {
    at: START,
    says: 'envio emails pelo close normal, mas eles nao aparecem na pasta enviados do outlook',
    expect: syncing,
  },

  // "SMTP AUTH extension not supported", com as palavras da pessoa
  { at: START, says: 'ta dizendo smtp auth nao suportado', expect: smtpAuthWords },
  { at: START, says: 'o servidor fala que nao suporta smtp auth', expect: smtpAuthWords },
  { at: START, says: 'recebo smtp auth extension not supported quando o close conecta', expect: smtpAuthWords },
  { at: START, says: 'smpt auth nao suportdo??', expect: smtpAuthWords },
  { at: START, says: 'uma mensagem de que o servidor de email nao tem autenticacao smtp', expect: smtpAuthWords },

  // quer colar um erro
  { at: START, says: 'Tenho uma mensagem de erro', expect: wantsToPaste },
  { at: START, says: 'recebi um erro, posso colar aqui?', expect: wantsToPaste },
  { at: START, says: 'o close me mostrou um erro que posso copiar pra vc', expect: wantsToPaste },
  { at: START, says: 'recebi um codigo de erro estranho, quer ver?', expect: wantsToPaste },
  { at: START, says: 'tem uma mensagem de erro, deixa eu colar', expect: wantsToPaste },

  // erros de servidor colados (ficam em inglês)
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    expect: { diagnosis: 'smtp-auth-disabled' },
  },
  {
    at: START,
    says: '550 5.7.30 Basic authentication is not supported for Client Submission.',
    expect: { diagnosis: 'basic-auth-blocked' },
  },
  { at: START, says: 'A1 NO AUTHENTICATE failed.', expect: { diagnosis: 'imap-disabled' } },
  {
    at: START,
    says: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    expect: { diagnosis: 'ip-blocked', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: "AADSTS65001: The user or administrator has not consented to use the application named 'Close'.",
    expect: { diagnosis: 'admin-consent-required' },
  },
  {
    at: START,
    says: '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
    expect: { diagnosis: 'tls-problem' },
  },
  {
    at: START,
    says: '530 5.7.57 Client not authenticated to send mail. [DB8PR04CA0001.eurprd04.prod.outlook.com]',
    expect: { diagnosis: 'client-not-authenticated' },
  },
  {
    at: START,
    says: 'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
    expect: { diagnosis: 'smtp-auth-not-offered', state: 'checkingIpAllowlist' },
  },
  {
    at: START,
    says: 'o erro diz: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
    expect: { diagnosis: 'bad-credentials' },
  },
  {
    at: START,
    says: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. The federated STS service was unreachable.',
    expect: { diagnosis: 'provider-managed', state: 'contactingProvider' },
  },

  // uma pessoa
  { at: START, says: 'quero falar com o suporte', expect: person },
  { at: START, says: 'posso falar com uma pessoa de verdade por favor', expect: person },
  { at: START, says: 'me arruma um humano', expect: person },
  { at: START, says: 'me conecta com um atendente pfv', expect: person },

  // só um endereço, ou uma verificação ao vivo
  { at: START, says: 'jane@contoso.com', expect: { state: 'offeringCheck', remembers: 'jane@contoso.com' } },
  {
    at: START,
    says: 'sales@northwindtraders.com',
    expect: { state: 'offeringCheck', remembers: 'sales@northwindtraders.com' },
  },
  { at: START, says: 'vc pode verificar minha caixa de correio', expect: wantsCheck },
  { at: START, says: 'roda um teste ao vivo na minha conta por favor', expect: wantsCheck },
  { at: START, says: 'vc poderia olhar a configuracao do meu dominio do seu lado', expect: wantsCheck },

  // pode ser qualquer um dos caminhos: uma pergunta curta com os dois
  { at: START, says: 'o email ta quebrado', expect: eitherPath },
  { at: START, says: 'meu outlook nao ta funcionando com o close', expect: eitherPath },
  { at: START, says: 'o office 365 parou de funcionar no close', expect: eitherPath },
  { at: START, says: 'tem algo errado com meu email da microsoft no close', expect: eitherPath },

  // fatos ditos de cara pulam as perguntas que eles respondem
  {
    at: START,
    says: 'Nao sou admin, mas meu email fica desconectando quando eu envio',
    expect: { state: 'bringingInAdmin', path: 'sending' },
  },
  {
    at: START,
    says: 'sou o admin, emails presos na outbox',
    expect: { state: 'askingProviderManaged', path: 'sending' },
  },
  {
    at: START,
    says: 'compramos o office pela godaddy e o envio falha',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'nosso microsoft 365 e pela godaddy e as sequences vivem pausando',
    expect: { state: 'contactingProvider', path: 'sending' },
  },
  {
    at: START,
    says: 'sou o admin de TI aqui, as respostas dos leads estao faltando no close',
    expect: { state: 'askingAddressesMatch', path: 'syncing' },
  },
  {
    at: START,
    says: 'nao sou admin, e o close nao ta sincronizando os emails recebidos',
    expect: { state: 'bringingInAdmin', path: 'syncing' },
  },
  {
    at: START,
    says: 'nos mesmos administramos nosso tenant, sou o admin global, e o close desconecta quando envia',
    expect: { state: 'askingToggleState', path: 'sending' },
  },
  {
    at: START,
    says: 'ja marquei smtp autenticado ontem e continuo sem conseguir enviar pelo close',
    expect: { path: 'sending' },
  },
];

/** Perguntas no meio do caminho: respondidas ali mesmo, e a mesma pergunta continua valendo. */
export const asides: Row[] = [
  { at: IS_ADMIN, says: 'peraí, a microsoft tá com alguma queda agora?', expect: { aside: 'service-status', state: 'askingIsAdmin' } },
  // a primeira pergunta
  { at: START, says: 'ola', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'oi, bom dia', expect: { aside: 'greeting', state: 'askingSymptom' } },
  { at: START, says: 'voce e um robo?', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'com o que voce pode me ajudar', expect: { aside: 'capabilities', state: 'askingSymptom' } },
  { at: START, says: 'vc consegue arrumar a sincronizacao do meu google workspace?', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  { at: START, says: 'o close sincroniza minha agenda do outlook tambem', expect: { aside: 'out-of-scope', state: 'askingSymptom' } },
  {
    at: START,
    says: 'que mudanca e essa de dezembro de 2026 que todo mundo ta falando?',
    expect: { aside: 'december-change', state: 'askingSymptom' },
  },

  // você é admin?
  { at: IS_ADMIN, says: 'como eu sei se sou admin?', expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  {
    at: IS_ADMIN,
    says: 'como verifico se tenho direitos de admin no microsoft 365',
    expect: { aside: 'am-i-admin', state: 'askingIsAdmin' },
  },
  {
    at: IS_ADMIN,
    says: 'o que e smtp autenticado e por que o close precisa disso?',
    expect: { aside: 'what-smtp-auth', state: 'askingIsAdmin' },
  },
  { at: IS_ADMIN, says: 'e seguro mudar essa configuracao?', expect: { aside: 'is-it-safe', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'como descubro quem e o nosso admin', expect: { aside: 'find-admin', state: 'askingIsAdmin' } },
  { at: IS_ADMIN, says: 'meu gmail nao conecta', expect: { aside: 'out-of-scope', state: 'askingIsAdmin' } },
  { at: IS_ADMIN_SYNC, says: 'o que diabos significa imap', expect: { aside: 'what-imap', state: 'askingIsAdmin' } },

  // chame o seu admin
  { at: BRINGING_ADMIN, says: 'Nao sou o admin, quem e?', expect: { aside: 'find-admin', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN,
    says: 'como eu descubro quem e o admin do nosso 365',
    expect: { aside: 'find-admin', state: 'bringingInAdmin' },
  },
  {
    at: BRINGING_ADMIN,
    says: 'isso e seguro pra nossa empresa ativar?',
    expect: { aside: 'is-it-safe', state: 'bringingInAdmin' },
  },
  { at: BRINGING_ADMIN, says: 'obrigado, vou encaminhar pra ele', expect: { aside: 'thanks', state: 'bringingInAdmin' } },
  {
    at: BRINGING_ADMIN_SYNC,
    says: 'o que e imap e por que meu admin teria que mexer nisso',
    expect: { aside: 'what-imap', state: 'bringingInAdmin' },
  },

  // compraram por um provedor?
  {
    at: PROVIDER_Q,
    says: 'o que e godaddy?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged', notState: 'contactingProvider' },
  },
  {
    at: PROVIDER_Q,
    says: 'o que voce quer dizer com revenda',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  {
    at: PROVIDER_Q,
    says: 'como eu saberia se compramos por outra empresa?',
    expect: { aside: 'what-provider', state: 'askingProviderManaged' },
  },
  { at: PROVIDER_Q, says: 'meu gmail nao conecta', expect: { aside: 'out-of-scope', state: 'askingProviderManaged' } },

  // mande este pedido ao provedor
  {
    at: CONTACTING_PROVIDER,
    says: 'o que acontece com os emails presos na minha outbox enquanto isso?',
    expect: { aside: 'outbox-sequences', state: 'contactingProvider' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'e seguro pedir pra eles ativarem isso?',
    expect: { aside: 'is-it-safe', state: 'contactingProvider' },
  },

  // SMTP autenticado está marcado?
  {
    at: TOGGLE_Q,
    says: 'o que essa caixinha faz de verdade',
    expect: { aside: 'what-setting', state: 'askingToggleState' },
  },
  { at: TOGGLE_Q, says: 'oq e smtp auth', expect: { aside: 'what-smtp-auth', state: 'askingToggleState' } },

  // ative / redefina
  {
    at: ENABLING_TOGGLE,
    says: 'nao tenho gerenciar aplicativos de email nesse usuario, e agora?',
    expect: { aside: 'mail-tab-missing', state: 'enablingToggle' },
  },
  { at: ENABLING_TOGGLE, says: 'e seguro marcar isso', expect: { aside: 'is-it-safe', state: 'enablingToggle' } },
  {
    at: ENABLING_TOGGLE,
    says: 'quanto tempo leva pra fazer efeito depois que eu salvar?',
    expect: { aside: 'wait-time', state: 'enablingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'pra que desmarcar e marcar de novo, o que isso faz?',
    expect: { aside: 'what-setting', state: 'resettingToggle' },
  },
  {
    at: RESETTING_TOGGLE,
    says: 'a guia email nao aparece pra esse usuario, por que?',
    expect: { aside: 'mail-tab-missing', state: 'resettingToggle' },
  },

  // esperando a Microsoft
  {
    at: WAITING,
    says: 'quanto tempo eu espero?',
    expect: { aside: 'wait-time', state: 'waitingForPropagation', notState: 'askingReconnectResult' },
  },
  { at: WAITING, says: 'falta muito ainda?', expect: { aside: 'wait-time', state: 'waitingForPropagation' } },
  { at: WAITING, says: 'nao quero esperar', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  {
    at: WAITING,
    says: 'o que acontece com os emails presos na minha outbox?',
    expect: { aside: 'outbox-sequences', state: 'waitingForPropagation' },
  },
  {
    at: WAITING,
    says: 'como eu reconecto quando chegar a hora?',
    expect: { aside: 'how-reconnect', state: 'waitingForPropagation' },
  },
  { at: WAITING, says: 'obrigado pela ajuda ate aqui', expect: { aside: 'thanks', state: 'waitingForPropagation' } },

  // reconecte e teste
  { at: RECONNECT_RESULT, says: 'como eu reconecto?', expect: { aside: 'how-reconnect', state: 'askingReconnectResult' } },
  {
    at: RECONNECT_RESULT,
    says: 'onde fica o connected accounts no close',
    expect: { aside: 'how-reconnect', state: 'askingReconnectResult' },
  },
  {
    at: RECONNECT_RESULT,
    says: 'minhas sequences pausadas voltam sozinhas?',
    expect: { aside: 'outbox-sequences', state: 'askingReconnectResult' },
  },

  // como está conectada / a mudança de dezembro
  {
    at: CONNECTION_METHOD,
    says: 'que historia e essa de mudanca de dezembro de 2026 nas senhas?',
    expect: { aside: 'december-change', state: 'askingConnectionMethod' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'por que a microsoft vai acabar com as senhas em dezembro?',
    expect: { aside: 'december-change', state: 'explainingBasicAuthChange' },
  },
  {
    at: BASIC_AUTH_CHANGE,
    says: 'como eu reconecto com o botao da microsoft?',
    expect: { aside: 'how-reconnect', state: 'explainingBasicAuthChange' },
  },

  // os endereços batem?
  { at: ADDRESSES_Q, says: 'o que e um alias?', expect: { aside: 'what-alias', state: 'askingAddressesMatch' } },
  {
    at: ADDRESSES_Q,
    says: 'qual e o nome de usuario e qual e o email principal?',
    expect: { aside: 'what-alias', state: 'askingAddressesMatch' },
  },
  {
    at: ADDRESSES_Q,
    says: 'como eu sei se sou admin? talvez eu nem consiga ver isso',
    expect: { aside: 'am-i-admin', state: 'askingAddressesMatch' },
  },

  // deixe o endereço do Close como principal / adicione de novo
  {
    at: FIXING_PRIMARY,
    says: 'eu mudo o nome de usuario ou o alias?',
    expect: { aside: 'what-alias', state: 'fixingPrimaryAddress' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'e seguro mudar o endereco principal, vou perder emails?',
    expect: { aside: 'is-it-safe', state: 'fixingPrimaryAddress' },
  },
  { at: READDING, says: 'onde fica connected accounts mesmo?', expect: { aside: 'how-reconnect', state: 'readdingAccount' } },
  { at: READDING, says: 'quanto tempo ate os emails novos aparecerem?', expect: { aside: 'wait-time', state: 'readdingAccount' } },

  // IMAP
  { at: ENABLING_IMAP, says: 'o que e IMAP?', expect: { aside: 'what-imap', state: 'enablingImap' } },
  {
    at: ENABLING_IMAP,
    says: 'nao vejo gerenciar aplicativos de email em lugar nenhum, o que eu faco',
    expect: { aside: 'mail-tab-missing', state: 'enablingImap' },
  },
  {
    at: ENABLING_IMAP,
    says: 'e seguro ativar o imap? nao e inseguro',
    expect: { aside: 'is-it-safe', state: 'enablingImap' },
  },
  { at: SYNC_RESULT, says: 'quanto tempo eu dou pra isso', expect: { aside: 'wait-time', state: 'askingSyncResult' } },

  // a lista de IPs
  { at: IP_ALLOWLIST, says: 'onde eu pego a lista de IPs?', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'o que e smtp auth afinal', expect: { aside: 'what-smtp-auth', state: 'checkingIpAllowlist' } },
  { at: IP_ALLOWLIST, says: 'cade a lista de enderecos ip do close', expect: { aside: 'ip-list', state: 'checkingIpAllowlist' } },

  // outros lugares
  {
    at: NEXT_STEPS,
    says: 'minhas sequences vao ficar pausadas ate isso ser resolvido?',
    expect: { aside: 'outbox-sequences', state: 'nextSteps' },
  },
  {
    at: NEXT_STEPS,
    says: 'vc pode me ajudar com a integracao do hubspot entao',
    expect: { aside: 'out-of-scope', state: 'nextSteps' },
  },
  {
    at: ASKING_ERROR,
    says: 'o que vc vai fazer com o erro depois que eu colar?',
    expect: { aside: 'capabilities', state: 'askingForError' },
  },
  { at: CLOSE_STATUS, says: 'onde eu acho o connected accounts?', expect: { aside: 'how-reconnect', state: 'askingCloseStatus' } },
  { at: ASKING_ADDRESS, says: 'e seguro te passar meu endereco?', expect: { aside: 'is-it-safe', state: 'askingForAddress' } },
  { at: ASKING_ADDRESS, says: 'por que você precisa do meu endereço?', expect: { aside: 'why-address', state: 'askingForAddress' } },
  { at: DESCRIBING, says: 'isso funciona pro google workspace?', expect: { aside: 'out-of-scope', state: 'describingProblem' } },
  { at: RESOLVED, says: 'muito obrigado!', expect: { aside: 'thanks', state: 'resolved' } },
  { at: RESOLVED, says: 'show, obrigada', expect: { aside: 'thanks', state: 'resolved' } },
  { at: ESCALATED, says: 'enquanto espero, o que e imap exatamente?', expect: { aside: 'what-imap', state: 'escalated' } },
  { at: ESCALATED, says: 'obrigada', expect: { aside: 'thanks', state: 'escalated' } },
  // what now? / what do you mean?: where we are and what to do next
  { at: IS_ADMIN, says: 'não sei o que você quer dizer', expect: { aside: 'what-next', state: 'askingIsAdmin' } },
  { at: WAITING, says: 'e agora?', expect: { aside: 'what-next', state: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'o que eu faço agora?', expect: { aside: 'what-next', state: 'bringingInAdmin' } },
];

/** Frases fáceis de ler errado: negação, contraste, perguntas, "alguém", endereços, erros de digitação. */
export const misreadRisks: Row[] = [
  // the admin center opens, but access is refused (or was only once): not the admin's own steps
  { at: IS_ADMIN, says: 'sou o admin, mas agora não envia nada', expect: { notState: 'bringingInAdmin' } },
  { at: IS_ADMIN, says: 'o centro de administração abre mas diz que não tenho permissão', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: 'ano passado eu conseguia abrir o centro de administração, agora não', expect: { state: 'bringingInAdmin', notState: 'askingProviderManaged' } },
  // negação e contraste na primeira mensagem
  { at: START, says: 'o envio ta quebrado, a sincronizacao ta ok', expect: { path: 'sending', notState: 'clarifyingPath' } },
  { at: START, says: 'a sincronizacao funciona normal, so o envio que falha', expect: { path: 'sending' } },
  { at: START, says: 'o envio funciona, mas nada novo aparece no close', expect: { path: 'syncing' } },
  { at: START, says: 'nao e problema de envio, as respostas dos leads simplesmente nunca chegam no close', expect: { path: 'syncing' } },
  { at: START, says: 'emials presos na outbx nao enviao', expect: { path: 'sending' } },
  { at: START, says: 'sincronizacao parou, nenhum emial novo no close', expect: { path: 'syncing' } },

  // "alguém", "atendente", "suporte" dentro da descrição de um problema
  {
    at: START,
    says: 'Alguem trocou a senha e agora o Close mostra desconectado',
    expect: { notState: 'escalated' },
  },
  { at: START, says: 'nossa caixa do suporte parou de sincronizar com o close', expect: { path: 'syncing', notState: 'escalated' } },
  {
    at: START,
    says: 'meus atendentes de vendas nao conseguem enviar pelo close, fica tudo na outbox',
    expect: { path: 'sending', notState: 'escalated' },
  },
  {
    at: START,
    says: 'log do smtp: EHLO mail.close.com / User-Agent: Close-Mailer/3.1 / 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    expect: { diagnosis: 'smtp-auth-disabled', notState: 'escalated' },
  },
  { at: IS_ADMIN, says: 'nao, alguem do TI cuida disso', expect: { state: 'bringingInAdmin', notState: 'escalated' } },

  // endereços dentro de frases são lembrados, não um desvio
  {
    at: START,
    says: 'meu endereco no close e mike@northwind.io e os emails ficam parados na outbox',
    expect: { path: 'sending', remembers: 'mike@northwind.io', notState: 'offeringCheck' },
  },
  {
    at: START,
    says: '554 5.2.252 SendAsDenied; sales@acme.com not allowed to send as info@acme.com',
    expect: { diagnosis: 'address-mismatch', notState: 'offeringCheck' },
  },
  {
    at: ADDRESSES_Q,
    says: 'o nome de usuario e john@acme.onmicrosoft.com e no close eu uso john@acme.com',
    expect: { state: 'fixingPrimaryAddress', remembers: 'john@acme.com' },
  },
  {
    at: ADDRESSES_Q,
    says: 'sim, os dois sao sara@brightdental.co',
    expect: { state: 'enablingImap', remembers: 'sara@brightdental.co', notState: 'offeringCheck' },
  },

  // perguntas nas telas de sim/não não são respostas
  { at: IS_ADMIN, says: 'preciso ser admin pra isso?', expect: { state: 'askingIsAdmin' } },
  { at: PROVIDER_Q, says: 'o que e godady? e aquele site de hospedagem?', expect: { aside: 'what-provider', notState: 'contactingProvider' } },
  { at: PROVIDER_Q, says: 'a godaddy e um provedor?', expect: { state: 'askingProviderManaged', notState: 'contactingProvider' } },
  { at: TOGGLE_Q, says: 'era pra estar marcado?', expect: { state: 'askingToggleState', notState: 'resettingToggle' } },
  {
    at: ADDRESSES_Q,
    says: 'um alias serve ou tem que ser o principal?',
    expect: { aside: 'what-alias', notState: 'enablingImap' },
  },
  {
    at: FIXING_PRIMARY,
    says: 'mudar o nome de usuario vai mudar como eu faco login?',
    expect: { aside: 'what-alias', notState: 'readdingAccount' },
  },
  { at: WAITING, says: 'ok, e quanto tempo ate eu poder testar?', expect: { aside: 'wait-time', notState: 'askingReconnectResult' } },

  // mudança de assunto, provedor negado, voltar
  {
    at: PROVIDER_Q,
    says: 'na verdade o problema real e que os emails recebidos nao estao sincronizando',
    expect: { path: 'syncing', notState: 'askingToggleState' },
  },
  {
    at: ADDRESSES_Q,
    says: 'desculpa, eu quis dizer envio, os emails estao presos na outbox',
    expect: { path: 'sending', notState: 'fixingPrimaryAddress' },
  },
  {
    at: PROVIDER_Q,
    says: 'nao, nao usamos godaddy nem nada, nos mesmos administramos',
    expect: { state: 'askingToggleState', notState: 'contactingProvider' },
  },
  { at: PROVIDER_Q, says: 'voltar', expect: { state: 'askingIsAdmin' } },
  { at: ENABLING_TOGGLE, says: 'desfazer', expect: { state: 'askingToggleState' } },
  { at: RESETTING_TOGGLE, says: 'volta', expect: { state: 'askingToggleState' } },
  { at: FIXING_PRIMARY, says: 'ops, volta, na verdade eles batem', expect: { notState: 'readdingAccount' } },
  { at: TOGGLE_Q, says: 'recomecar', expect: { state: 'askingSymptom' } },

  // respostas com uma palavra negativa que ainda querem dizer sucesso, ou uma palavra de assunto que ainda é resposta
  { at: RECONNECT_RESULT, says: 'sem erro dessa vez, saiu certinho', expect: { state: 'resolved' } },
  {
    at: RECONNECT_RESULT,
    says: 'nao, continua desconectando assim que clico em enviar',
    expect: { state: 'askingConnectionMethod', notState: 'resolved' },
  },
  {
    at: SYNC_RESULT,
    says: 'sim! as respostas estao aparecendo no lead agora',
    expect: { state: 'resolved', notState: 'askingIsAdmin' },
  },
  { at: SYNC_RESULT, says: 'nao, continua sem chegar nada novo', expect: { state: 'nextSteps' } },
  {
    at: CONNECTION_METHOD,
    says: 'nao usei senha, cliquei no botao da microsoft',
    expect: { state: 'nextSteps', notState: 'explainingBasicAuthChange' },
  },
  {
    at: CONNECTION_METHOD,
    says: 'senha eu acho, digitei o servidor smtp e a porta',
    expect: { state: 'explainingBasicAuthChange' },
  },
  {
    at: CONTACTING_PROVIDER,
    says: 'a godaddy disse que ativou',
    expect: { state: 'waitingForPropagation' },
  },
  { at: CONTACTING_PROVIDER, says: 'eles disseram que nao conseguem fazer isso no nosso plano', expect: { state: 'nextSteps' } },
  { at: BRINGING_ADMIN, says: 'meu admin disse que ja fez', expect: { state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'sim ta marcado, nao ta cinza nem nada', expect: { state: 'resettingToggle' } },
  { at: TOGGLE_Q, says: 'nao, ta desmarcado', expect: { state: 'enablingToggle' } },
  { at: IS_ADMIN, says: 'sin sou adm', expect: { state: 'askingProviderManaged' } },
  { at: NEXT_STEPS, says: 'uma pessoa de verdade pode olhar isso?', expect: { state: 'escalated' } },
  // heard, or an admin after all: never "done"
  { at: BRINGING_ADMIN, says: 'acho que sou sim', expect: { state: 'askingProviderManaged', notState: 'waitingForPropagation' } },
  { at: BRINGING_ADMIN, says: 'beleza', expect: { state: 'bringingInAdmin' } },
  { at: BRINGING_ADMIN, says: 'já mandei pra ele', expect: { state: 'bringingInAdmin' } },
  { at: BRINGING_ADMIN, says: 'ah, na verdade acho que sou', expect: { state: 'askingProviderManaged' } },
  { at: IS_ADMIN, says: 'eu não, quem cuida disso é o Pedro', expect: { state: 'bringingInAdmin' } },
  { at: CONTACTING_PROVIDER, says: 'eles ainda não fizeram', expect: { state: 'contactingProvider' } },
  { at: WAITING, says: 'continua sem funcionar', expect: { aside: 'skip-wait', state: 'waitingForPropagation' } },
  { at: TOGGLE_Q, says: 'não sei se está marcado', expect: { aside: 'what-next', state: 'askingToggleState' } },
  { at: IS_ADMIN, says: 'o que é um admin?', expect: { aside: 'am-i-admin', state: 'askingIsAdmin' } },
  { at: BRINGING_ADMIN, says: 'ainda não, ele não respondeu', expect: { heard: true } },
  { at: WAITING, says: 'já funcionou aqui', expect: { state: 'resolved' } },
];
