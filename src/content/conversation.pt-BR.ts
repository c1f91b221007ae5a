import type { DisambiguationQuestion } from '../machine/classifier.js';
import type { TriageContext } from '../machine/triage.context.js';
import type { ViewKey } from '../machine/view-keys.js';
import { byState, type AsideAnswer, type ConversationContent, type PerState } from './conversation.types.js';
import type { ContentSettings } from './types.js';
import { BASIC_AUTH_CHANGE_DATE } from './wording-rules.js';

/** Estados em que os passos do centro de administração para SMTP autenticado estão na tela ou estão para vir. */
const TOGGLE_STATES: readonly ViewKey[] = ['askingToggleState', 'resettingToggle', 'enablingToggle'];
/** Estados sobre o endereço principal da caixa de correio. */
const ADDRESS_STATES: readonly ViewKey[] = ['askingAddressesMatch', 'fixingPrimaryAddress'];
/** Estados depois que a caixa de correio foi adicionada de novo, com o Close voltando a sincronizar. */
const RESYNC_STATES: readonly ViewKey[] = ['readdingAccount', 'enablingImap', 'askingSyncResult'];
/** Estados que dependem de outra pessoa: um admin ou um provedor. */
const HANDED_OFF: readonly ViewKey[] = ['bringingInAdmin', 'contactingProvider'];
/** A conversa terminou. */
const ENDED: readonly ViewKey[] = ['resolved', 'escalated'];

function span(minutes: number): string {
  if (minutes >= 60) {
    const hours = Math.round(minutes / 60);
    return `${hours} hora${hours === 1 ? '' : 's'}`;
  }
  return `${minutes} minuto${minutes === 1 ? '' : 's'}`;
}

/** Minutos inteiros até o acompanhamento, ou null quando não há nenhum agendado. */
function minutesLeft(settings: ContentSettings): number | null {
  if (!settings.followUpDueAt) return null;
  return Math.max(0, Math.ceil((settings.followUpDueAt.getTime() - settings.now.getTime()) / 60_000));
}

function closeAddress(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

const waitTime: AsideAnswer = (facts, settings, where) => {
  const usual = span(settings.followUpMinutes);
  if (where === 'resolved') return 'Não precisa esperar mais: a sua caixa de correio já voltou a funcionar.';
  if (where === 'escalated') return 'Não consigo dizer com exatidão: depende de quanto trabalho a equipe tem agora.';
  if (where === 'waitingForPropagation') {
    const left = minutesLeft(settings);
    if (left === null) return `A Microsoft costuma aplicar a mudança em cerca de ${usual}. Eu volto a falar com você nesse prazo.`;
    if (left === 0) return 'A espera está quase no fim. Eu volto a qualquer momento, ou você pode escolher Testar agora.';
    return `Faltam cerca de ${span(left)}. A Microsoft costuma aplicar a mudança em até ${usual}, e eu volto a falar com você nesse prazo.`;
  }
  if (where === 'runningCheck') return 'É rapidinho: a verificação leva uns 15 segundos.';
  if (RESYNC_STATES.includes(where)) return 'Depois que a caixa de correio for adicionada de novo, dê alguns minutos para o Close começar a sincronizar.';
  if (HANDED_OFF.includes(where)) {
    return `Depende de quanto eles demoram para responder. Depois que a mudança é feita, a Microsoft costuma levar cerca de ${usual} para aplicá-la.`;
  }
  if (facts.path === 'syncing') return 'Depois da mudança, adicione a caixa de correio de novo no Close e dê alguns minutos para sincronizar.';
  return `Depois da mudança no Microsoft 365, costuma levar cerca de ${usual} até o Close conseguir enviar de novo. Eu te aviso quando testar.`;
};

const skipWait: AsideAnswer = (facts, _settings, where) => {
  if (where === 'waitingForPropagation') {
    return 'Você não precisa esperar: escolha Testar agora quando quiser. Se o teste falhar, talvez só precise de mais tempo; tente de novo um pouco depois.';
  }
  if (ENDED.includes(where)) return 'Não tem mais nada para esperar do meu lado.';
  if (facts.path === 'syncing') {
    return 'Aqui não tem um tempo fixo de espera. Depois que a caixa de correio for adicionada de novo, veja se chegam emails novos; se ainda não aparecer nada, talvez só precise de mais alguns minutos.';
  }
  return 'Você não vai precisar esperar: quando chegarmos lá, dá para escolher Testar agora. Se o teste falhar, talvez só precise de mais tempo.';
};

const whatImap: AsideAnswer = (facts, _settings, where) => {
  const base = 'IMAP é como o Close lê a sua caixa de correio, para mostrar emails novos, respostas e os emails que você enviou.';
  if (where === 'enablingImap') return `${base} Se ele estiver desativado para a caixa de correio, nada sincroniza. É a configuração deste passo.`;
  if (facts.path === 'sending') return `${base} Ele é para a sincronização, então não é o que está impedindo o envio.`;
  return `${base} Se estiver desativado para a caixa de correio no Microsoft 365, os emails não sincronizam com o Close.`;
};

const whatSmtpAuth: AsideAnswer = (facts) => {
  const base =
    'SMTP autenticado (também chamado de SMTP AUTH) deixa um app entrar no servidor de email da Microsoft e enviar em seu nome. O Close envia os seus emails assim, então precisa dele ativado na sua caixa de correio, mesmo quando você conecta com o login da Microsoft.';
  return facts.path === 'syncing' ? `${base} Mas ele é para o envio: para a sincronização, o que conta é o IMAP e o endereço.` : base;
};

const whatSetting: AsideAnswer = (facts, _settings, where) => {
  if (ADDRESS_STATES.includes(where)) {
    const address = closeAddress(facts);
    return `O Close só sincroniza quando o endereço conectado no Close${address ? ` (${address})` : ''} é o email principal e o nome de usuário da caixa de correio. Os dois ficam em Usuários > Usuários ativos > o usuário > Conta > Gerenciar nome de usuário e email.`;
  }
  if (where === 'enablingImap' || where === 'askingSyncResult') {
    return 'É o IMAP, em Usuários > Usuários ativos > o usuário > Email > Gerenciar aplicativos de email. O Close lê os seus emails por ele, então ele precisa estar marcado.';
  }
  if (where === 'checkingIpAllowlist') {
    return 'São duas coisas: o seu provedor precisa aceitar os endereços IP do Close, e SMTP autenticado precisa estar marcado para a caixa de correio (Email > Gerenciar aplicativos de email).';
  }
  if (where === 'askingConnectionMethod' || where === 'explainingBasicAuthChange') {
    return 'É como a caixa de correio está conectada no Close: com o botão de login da Microsoft, ou com uma senha e as configurações do servidor. O login da Microsoft é o que continua funcionando.';
  }
  if (where === 'resettingToggle') {
    return 'É o SMTP autenticado, em Usuários > Usuários ativos > o usuário > Email > Gerenciar aplicativos de email. Desmarcar e marcar de novo faz a Microsoft aplicar tudo outra vez quando ele está travado.';
  }
  if (facts.path === 'sending' || TOGGLE_STATES.includes(where)) {
    return 'É o SMTP autenticado, em Usuários > Usuários ativos > o usuário > Email > Gerenciar aplicativos de email. Ele deixa o Close entrar na Microsoft para enviar os seus emails.';
  }
  if (facts.path === 'syncing') {
    return 'Para a sincronização são duas: o endereço principal da caixa de correio (Conta > Gerenciar nome de usuário e email) e o IMAP (Email > Gerenciar aplicativos de email).';
  }
  return 'Depende do problema: para o envio é o SMTP autenticado; para a sincronização, o endereço principal da caixa de correio e o IMAP. Qual dos dois está acontecendo?';
};

const isItSafe: AsideAnswer = (facts, _settings, where) => {
  if (where === 'askingForAddress' || where === 'offeringCheck' || where === 'runningCheck' || where === 'reportingCheck') {
    return 'Sim. A verificação só olha de fora e não muda nada. Se você entrar com o seu login, eu mando um email de teste da caixa de correio para ela mesma, e esqueço o seu login quando a verificação termina.';
  }
  if (ADDRESS_STATES.includes(where)) {
    return 'Sim. Só muda essa caixa de correio, e os emails que já estão nela continuam onde estão. Se você trocar o nome de usuário, a partir daí vai entrar na Microsoft com o novo endereço.';
  }
  if (facts.path === 'syncing' || where === 'enablingImap') {
    return 'Sim. Essas configurações só mudam essa caixa de correio, e nada mais fica aberto. Quando você conecta com o login da Microsoft, o Close nunca vê a sua senha.';
  }
  return 'Sim. SMTP autenticado é ativado só para essa caixa de correio, não para a organização toda, e nada mais fica aberto. Quando você conecta com o login da Microsoft, o Close nunca vê a sua senha.';
};

const amIAdmin: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Acesse admin.microsoft.com e entre com a sua conta de trabalho. Se o centro de administração abrir, você tem uma função de admin (como Administrador Global ou do Exchange). Se aparecer que você não tem acesso, você não é admin.';
  return where === 'askingIsAdmin' ? `${base} Sem problema: eu escrevo uma mensagem para quem for.` : base;
};

const findAdmin: AsideAnswer = () =>
  'Normalmente é quem configurou o Microsoft 365 da empresa, o pessoal de TI, ou quem paga a conta da Microsoft. Qualquer pessoa que abra admin.microsoft.com consegue ver quem é em Funções > Atribuições de função ("Role assignments") > Administrador Global.';

const whatProvider: AsideAnswer = () =>
  'Um provedor (ou revenda) é uma empresa, como a GoDaddy, que te vendeu o Microsoft 365 e pode controlar as configurações de admin. Para saber: veja quem cobra pelo serviço, ou entre em outlook.office.com. Se cair numa página de login da GoDaddy, é a GoDaddy que administra.';

const howReconnect: AsideAnswer = () =>
  'No Close, abra Settings > Connected Accounts (Accounts & Apps no layout mais novo) e selecione a sua caixa de correio. Reconecte por lá. Se não der certo, escolha Remove account no fim da página e adicione de novo com + Add Account > Microsoft.';

const whatAlias: AsideAnswer = (facts) => {
  const base =
    'O nome de usuário é com o que você entra na Microsoft. O endereço principal é o endereço oficial da caixa; um alias é um endereço extra. O Close precisa que o endereço dele seja as duas coisas.';
  const signIn = ' Trocar o nome de usuário muda como você entra.';
  const target = facts.known.closeAddress;
  const named = target ? `${base} Deixe ${target} como principal: se for um alias, use o menu … dele > Alterar para email principal.${signIn}` : null;
  if (named && named.length <= 350) return named;
  return `${base} Se o endereço do Close for um alias, torne-o principal (menu … > Alterar para email principal).${signIn}`;
};

const ipList: AsideAnswer = (_facts, settings, where) => {
  if (settings.closeIpListUrl) {
    return `O Close lista aqui os endereços IP de onde envia: ${settings.closeIpListUrl}. O seu provedor precisa aceitar todos eles.`;
  }
  return where === 'escalated'
    ? 'O suporte do Close pode te mandar a lista atual de endereços IP de onde o Close envia. Peça para a pessoa que responder aqui.'
    : 'O suporte do Close pode te mandar a lista atual de endereços IP de onde o Close envia. Peça para falar com uma pessoa aqui que ela te passa.';
};

const whyAddress: AsideAnswer = () =>
  'Para eu verificar a caixa de correio por você: com o endereço, consulto os registros de e-mail do domínio e o login do Microsoft 365, e testo os servidores de e-mail do Outlook, tudo de fora. Nada é alterado e nada é enviado. Você não precisa informar: podemos seguir sem a verificação.';

const decemberChange: AsideAnswer = (_facts, settings) => {
  const when =
    settings.now >= BASIC_AUTH_CHANGE_DATE
      ? 'Desde o fim de dezembro de 2026, o login com senha (autenticação básica) para envio vem desativado por padrão nas organizações do Microsoft 365 existentes.'
      : 'A partir do fim de dezembro de 2026, a Microsoft desativa por padrão o login com senha (autenticação básica) para envio nas organizações do Microsoft 365 existentes.';
  return `${when} Os admins podem reativar até uma data final que a Microsoft anuncia no 2º semestre de 2027. Conectar com o login da Microsoft evita isso, mas SMTP autenticado continua necessário.`;
};

const mailTabMissing: AsideAnswer = () =>
  'Confira três coisas: se você abriu o usuário certo (Usuários > Usuários ativos); se o usuário tem uma licença que inclui caixa de correio do Exchange; e se você entrou com uma função de admin, como Administrador Global ou do Exchange.';

const outboxSequences: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Os emails parados na Outbox não se perdem: depois que a caixa de correio for reconectada, dá para reenviar de lá. As sequences que pausaram quando ela desconectou precisam ser retomadas.';
  return ENDED.includes(where) ? base : `${base} Eu te lembro no final.`;
};

const capabilities: AsideAnswer = () =>
  'Eu ajudo com caixas de correio do Microsoft 365 conectadas ao Close: envio que falha, emails que não sincronizam, mensagens de erro e uma verificação ao vivo da sua caixa de correio. Se a gente travar, posso passar você para uma pessoa.';

const thanks: AsideAnswer = (_facts, _settings, where) => {
  if (where === 'resolved') return 'De nada! Que bom que voltou a funcionar. Tenha um ótimo dia.';
  if (where === 'escalated') return 'De nada.';
  return 'De nada! Continue quando estiver pronto.';
};

const greeting: AsideAnswer = () => 'Oi! Eu ajudo com caixas de correio do Microsoft 365 conectadas ao Close.';

const serviceStatus: AsideAnswer = () =>
  'Daqui eu não consigo ver o status dos serviços da Microsoft. Um admin pode conferir no Centro de administração do Microsoft 365, em Integridade > Integridade do serviço, e qualquer pessoa pode olhar status.office365.com. Mas uma queda raramente é o motivo de o Close desconectar toda hora: quase sempre é uma configuração do Microsoft 365.';

const outOfScope: AsideAnswer = (_facts, _settings, where) => {
  const base =
    'Eu só entendo de caixas de correio do Microsoft 365 (Office 365) conectadas ao Close, então não consigo ajudar com Gmail, Google Workspace, calendários ou outros CRMs.';
  if (where === 'escalated') return `${base} A pessoa do suporte que responder aqui pode ajudar com isso.`;
  if (where === 'resolved') return `${base} Uma pessoa do suporte pode: é só pedir.`;
  return `${base} Uma pessoa do suporte pode: escolha Falar com uma pessoa.`;
};

const SYNC_CHECK =
  'Dê alguns minutos ao Close e procure emails novos em um lead e os emails enviados pelo Close em Itens Enviados do Outlook. Me diga se eles aparecem.';

/** "E agora?": onde estamos e o que fazer em seguida, para cada estado (a pergunta curta vem depois). */
const WHAT_NEXT: PerState = {
  askingSymptom: () =>
    'Ainda não começamos. Me diga em poucas palavras o que está dando errado (o envio pelo Close, ou os emails que chegam), ou cole a mensagem de erro, e eu te guio até a solução.',
  askingCloseStatus: () =>
    'Abra Connected Accounts no Close e veja a sua caixa de correio. Me diga o que aparece em Email Sending e Email Syncing, e eu vou saber qual solução você precisa.',
  askingForError: () =>
    'Cole aqui a mensagem de erro do jeito que ela aparece. Eu digo o que ela significa e como resolver. Não tem mensagem de erro? Escolha Não tenho nenhuma.',
  describingProblem: () => 'Me diga em uma frase o que está dando errado, ou cole a mensagem de erro. Depois eu te levo até a solução.',
  clarifyingPath: () => 'Só preciso saber qual parte está com problema: o envio pelo Close, ou os emails que chegam. Cada uma tem a sua solução.',
  disambiguating: () => 'Esse erro tem duas causas possíveis. Com a sua resposta eu sei qual é, e aí te passo a solução.',
  explainingDiagnosis: () =>
    'Teste a solução que eu descrevi e me diga se já funciona ou se continua falhando. Se continuar, vemos juntos o próximo passo.',
  notMicrosoft365: () =>
    'Esses passos só valem para caixas de correio do Microsoft 365, então o próximo passo são as configurações do seu provedor de email para o Close. Uma pessoa do suporte também pode ajudar: escolha Falar com uma pessoa.',
  askingIsAdmin: () =>
    'A solução é uma configuração no centro de administração do Microsoft 365, que só um admin pode mudar. Se você for admin, eu te guio passo a passo. Se não for, ou não tiver certeza, eu escrevo uma mensagem para o seu admin.',
  bringingInAdmin: (facts) =>
    `Envie ao seu admin a mensagem acima. Quando ele fizer a mudança, me avise aqui e a gente confere se o Close volta a ${facts.path === 'syncing' ? 'sincronizar' : 'enviar'}. Se no fim você mesmo for admin, é só me dizer.`,
  askingProviderManaged: () =>
    'Preciso saber se uma empresa como a GoDaddy administra o seu Microsoft 365 para você. Se for o caso, ela é quem precisa fazer a mudança. Se não, a gente vê a configuração juntos em seguida.',
  contactingProvider: (facts) =>
    `Envie o pedido acima ao suporte: ele diz exatamente o que ${facts.provider ?? 'o seu provedor'} precisa mudar. Quando responderem, me diga se ativaram.`,
  askingToggleState: () =>
    'No centro de administração, abra o usuário, depois Email > Gerenciar aplicativos de email, e veja o SMTP autenticado. Me diga se está marcado, e eu digo o que mudar.',
  resettingToggle: (_facts, settings) =>
    `Desmarque o SMTP autenticado e salve, depois marque de novo e salve outra vez, como nos passos acima. Depois a Microsoft precisa de uns ${span(settings.followUpMinutes)} para aplicar, e a gente testa.`,
  enablingToggle: (_facts, settings) =>
    `Marque o SMTP autenticado e salve, como nos passos acima. Depois a Microsoft precisa de uns ${span(settings.followUpMinutes)} para aplicar, e a gente testa.`,
  waitingForPropagation: (_facts, settings) => {
    const left = minutesLeft(settings);
    const wait = left ? ` (faltam uns ${span(left)})` : '';
    return `Agora não há nada a fazer: a Microsoft está aplicando a mudança${wait}. Depois você reconecta a caixa de correio no Close e envia um teste. Não quer esperar? Escolha Testar agora.`;
  },
  askingReconnectResult: () =>
    'Reconecte a caixa de correio em Connected Accounts no Close e envie um email de teste para você mesmo pelo Close. Me diga se ele saiu.',
  askingConnectionMethod: () =>
    'Me diga como a caixa de correio está conectada no Close: com o botão de login da Microsoft, ou com uma senha e as configurações do servidor. Isso decide o que tentamos em seguida.',
  explainingBasicAuthChange: () =>
    'Reconecte a caixa de correio no Close com o botão de login da Microsoft, como nos passos acima. Me avise quando terminar, e a gente testa de novo.',
  askingAddressesMatch: (facts) =>
    `No centro de administração, abra o usuário e veja a aba Conta. Me diga se o nome de usuário e o email principal são os dois ${closeAddress(facts) ?? 'o endereço que você usa no Close'}.`,
  fixingPrimaryAddress: (facts) =>
    `Deixe ${closeAddress(facts) ?? 'o endereço do Close'} como endereço principal e salve, como nos passos acima. Depois você conecta a caixa de correio ao Close de novo.`,
  readdingAccount: () => SYNC_CHECK,
  enablingImap: () =>
    'Marque o IMAP para a caixa de correio e salve, depois remova a caixa de correio no Close e adicione de novo. Me avise quando ela voltar, e a gente confere a sincronização.',
  askingSyncResult: () => SYNC_CHECK,
  checkingIpAllowlist: () =>
    'Peça ao seu provedor de email para aceitar todos os endereços IP do Close. Quando ele fizer isso, me avise, e a gente confere o SMTP autenticado em seguida.',
  askingForAddress: () => 'Digite o endereço de email conectado no Close, e eu verifico ao vivo. Leva uns 15 segundos e não muda nada.',
  offeringCheck: (facts) =>
    `Escolha Verificar e eu olho ${facts.address ?? 'esse endereço'} ao vivo, em uns 15 segundos. Ou escolha Agora não para seguir sem isso.`,
  runningCheck: () => 'Por enquanto nada: a verificação está rodando, e em um instante eu coloco aqui o que encontrar.',
  reportingCheck: () => 'O resultado da verificação está acima. Escolha Continuar para voltar aonde estávamos, ou Verificar de novo.',
  nextSteps: () =>
    'As soluções de sempre não resolveram, então o próximo passo é uma pessoa do suporte: escolha Falar com uma pessoa, e ela recebe um resumo do que tentamos. Ou cole uma nova mensagem de erro.',
  resolved: (facts) => (facts.path === 'syncing' ? 'Não falta nada a fazer: o Close voltou a sincronizar a sua caixa de correio.' : 'Não falta nada para consertar. Só reenvie o que ficou na Outbox do Close e retome as sequences pausadas.'),
  escalated: () => 'Nada da sua parte: eles já têm um resumo do que tentamos, então você não vai precisar repetir nada.',
};

/** As perguntas de desambiguação, curtas. */
const SHORT_QUESTIONS: Record<DisambiguationQuestion, string> = {
  'password-works-elsewhere': 'Você consegue entrar em outlook.office.com com o mesmo endereço e a mesma senha?',
  'address-is-primary': 'O endereço no Close é o endereço principal da caixa de correio, e não um alias?',
};

export const conversationPtBR: ConversationContent = {
  asides: {
    'wait-time': waitTime,
    'skip-wait': skipWait,
    'what-imap': whatImap,
    'what-smtp-auth': whatSmtpAuth,
    'what-setting': whatSetting,
    'is-it-safe': isItSafe,
    'am-i-admin': amIAdmin,
    'find-admin': findAdmin,
    'what-provider': whatProvider,
    'how-reconnect': howReconnect,
    'what-alias': whatAlias,
    'ip-list': ipList,
    'why-address': whyAddress,
    'december-change': decemberChange,
    'mail-tab-missing': mailTabMissing,
    'outbox-sequences': outboxSequences,
    'what-next': byState(WHAT_NEXT),
    capabilities,
    thanks,
    greeting,
    'out-of-scope': outOfScope,
    'service-status': serviceStatus,
  },
  reprompts: {
    askingSymptom: () => 'O que você está vendo com a sua caixa de correio no Close?',
    askingCloseStatus: () => 'O que aparece em Email Sending e Email Syncing no Close?',
    askingForError: () => 'Cole a mensagem de erro quando tiver ela em mãos.',
    describingProblem: () => 'O que dá errado, numa frase? Ou cole a mensagem de erro.',
    clarifyingPath: () => 'O problema é no envio pelo Close, ou nos emails que chegam?',
    disambiguating: (facts) => (facts.ambiguity ? SHORT_QUESTIONS[facts.ambiguity.question] : 'Qual destas opções se encaixa melhor?'),
    explainingDiagnosis: () => 'Depois de aplicar a correção, está funcionando ou continua falhando?',
    notMicrosoft365: () => 'Estes passos são só para o Microsoft 365. Você pode recomeçar ou falar com uma pessoa.',
    askingIsAdmin: () => 'Você é admin do Microsoft 365 da sua organização?',
    bringingInAdmin: () => 'Me avise quando o seu admin tiver feito a mudança.',
    askingProviderManaged: () => 'Vocês compraram o Microsoft 365 por meio de um provedor, como a GoDaddy?',
    contactingProvider: (facts) => `Me conte o que ${facts.provider ?? 'o seu provedor'} disser quando responder.`,
    askingToggleState: () => 'SMTP autenticado está marcado para a caixa de correio?',
    resettingToggle: () => 'Me avise quando tiver desmarcado, salvado, marcado de novo e salvado.',
    enablingToggle: () => 'Me avise quando SMTP autenticado estiver marcado e salvo.',
    waitingForPropagation: () => 'Eu volto quando a Microsoft tiver tido tempo. Ou escolha Testar agora.',
    askingReconnectResult: () => 'Depois de reconectar, o seu email de teste saiu?',
    askingConnectionMethod: () => 'A caixa de correio está conectada com o login da Microsoft, ou com uma senha?',
    explainingBasicAuthChange: () => 'Me avise quando estiver reconectada com o login da Microsoft.',
    askingAddressesMatch: (facts) =>
      `O nome de usuário e o email principal são os dois exatamente ${closeAddress(facts) ?? 'o endereço usado no Close'}?`,
    fixingPrimaryAddress: (facts) => `Me avise quando ${closeAddress(facts) ?? 'o endereço do Close'} for o endereço principal e estiver salvo.`,
    readdingAccount: () => 'Agora que a caixa de correio foi adicionada de novo, os emails novos estão aparecendo no Close?',
    enablingImap: () => 'Me avise quando IMAP estiver marcado e a caixa de correio tiver sido adicionada de novo.',
    askingSyncResult: () => 'Os emails estão sincronizando agora?',
    checkingIpAllowlist: () => 'Me avise quando o seu provedor aceitar os endereços IP do Close.',
    askingForAddress: () => 'Qual endereço de email está conectado no Close?',
    offeringCheck: (facts) => `Posso verificar ${facts.address ?? 'esse endereço'} ao vivo?`,
    runningCheck: () => 'A verificação ainda está rodando. Já já eu posto o que encontrar.',
    reportingCheck: () => 'Siga em frente quando quiser, ou rode a verificação de novo.',
    nextSteps: () => 'Passo isto para uma pessoa, ou você prefere colar um novo erro?',
    resolved: () => 'Está tudo resolvido. Se aparecer outra coisa, escolha Recomeçar.',
    escalated: () => 'Uma pessoa do suporte vai responder aqui. Enquanto isso, pode continuar me perguntando.',
  },
  understood: {
    sending:
      'Entendi: o Close desconecta quando você envia, ou os emails ficam parados na Outbox. Normalmente é a configuração SMTP autenticado no Microsoft 365. Se eu entendi errado, é só dizer.',
    syncing:
      'Entendi: os emails não estão sincronizando, ou faltam nos Itens Enviados. Normalmente o endereço no Close não é o endereço principal da caixa de correio, ou o IMAP está desativado. Se eu entendi errado, é só dizer.',
  },
  skipped: {
    'is-admin': () => 'Você disse que é admin do Microsoft 365, então pode fazer a mudança você mesmo.',
    'not-admin': () => 'Você disse que não é admin, então aqui vai uma mensagem para quem for.',
    'provider-manages-it': (facts) =>
      `Você disse que ${facts.provider ?? 'um provedor'} administra o seu Microsoft 365, então o pedido vai para eles.`,
    'self-managed': () => 'Você disse que vocês mesmos administram o Microsoft 365, então não vou perguntar sobre provedor.',
    'toggle-on': () => 'Você disse que SMTP autenticado já está marcado, então vamos redefini-lo.',
    'toggle-off': () => 'Você disse que SMTP autenticado não está marcado, então vamos ativá-lo.',
    'connection-method': (facts) =>
      facts.connectionMethod === 'password'
        ? 'Você disse que conecta com senha, então não vou perguntar como está conectada.'
        : 'Você disse que conecta com o login da Microsoft, então não vou perguntar como está conectada.',
    'changed-earlier': () => 'Você fez a mudança já faz um tempo, então não precisa esperar. Vamos testar.',
    'addresses-differ': (facts) =>
      `Você disse que os endereços são diferentes, então vamos deixar ${closeAddress(facts) ?? 'o endereço do Close'} como principal.`,
    'addresses-match': () => 'Você disse que os endereços já batem, então vamos conferir o IMAP agora.',
  },
  addressNoted: (address) => `Vou usar ${address} se a gente fizer uma verificação ao vivo.`,
  noted: 'Anotado, obrigado.',
  acknowledged: {
    whileYouWork: 'Claro, sem pressa.',
    whileWaiting: 'Certo, volto a falar com você depois desse tempo.',
    whileChecking: 'A verificação está em andamento; o resultado aparece aqui em instantes.',
    afterResolved: 'Ótimo!',
    afterHandedOver: 'Certo.',
  },
  handedOver: 'Obrigado por encaminhar.',
  notUnderstood: 'Desculpe, não entendi. Escolha uma opção abaixo, ou me pergunte sobre um passo, uma configuração ou uma palavra que você não conhece.',
  offerPerson: 'Se preferir, uma pessoa do suporte pode assumir: escolha Falar com uma pessoa.',
  wentBack: 'Claro, vamos voltar à pergunta anterior.',
  nothingToGoBackTo: 'Estamos na primeira pergunta, então não tem para onde voltar.',
  cannotGoBackAfterEnd: 'Esta conversa terminou, então não dá para voltar nela. Escolha Recomeçar para uma nova.',
  cannotGoBackWhileChecking: 'A verificação está rodando, então ainda não dá para voltar. Leva só alguns segundos.',
  questionNotAnswer: 'Parece uma pergunta para a qual eu não tenho resposta aqui. Para seguir em frente, escolha uma opção abaixo.',
  feedback: {
    question: 'Isso ajudou?',
    labels: { helpful: 'Sim, ajudou', 'not-helpful': 'Não ajudou' },
    thanks: {
      helpful: 'Obrigado por avisar. Que bom que ajudou!',
      'not-helpful': 'Obrigado por nos contar. Isso nos ajuda a melhorar.',
    },
    commentThanks: 'Obrigado, seu comentário já chegou à equipe.',
  },
};
