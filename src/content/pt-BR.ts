import type { Content, ContentSettings } from './types.js';
import { accountsNamedBefore, basicAuthChanged, reportAsRemark } from './wording-rules.js';
import {
  CLOSE_ACCOUNTS,
  IMAP_STEPS,
  PRIMARY_ADDRESS_STEPS,
  CLOSE_ACCOUNTS_SHORT,
  readdSteps,
  TOGGLE_ENABLE_STEPS,
  TOGGLE_RESET_STEPS,
  adminRequest,
  providerRequest,
} from './admin-steps.pt-BR.js';
import { diagnosesPtBR } from './diagnoses.pt-BR.js';
import { checkFinding, checkReport } from './check-report.pt-BR.js';
import { conversationPtBR } from './conversation.pt-BR.js';
import { corpusPtBR } from './corpus.pt-BR.js';
import { vocabularyPtBR } from './vocabulary.pt-BR.js';

function basicAuthSentence(settings: ContentSettings): string {
  return basicAuthChanged(settings)
    ? 'Desde o fim de dezembro de 2026, o login com senha (autenticação básica) para envio vem desativado por padrão nas organizações do Microsoft 365 existentes. Os admins só podem reativá-lo até uma data final que a Microsoft disse que anunciaria no 2º semestre de 2027.'
    : 'A partir do fim de dezembro de 2026, a Microsoft desativa por padrão o login com senha (autenticação básica) para envio nas organizações do Microsoft 365 existentes. Os admins só podem reativá-lo até uma data final que a Microsoft vai anunciar no 2º semestre de 2027.';
}

/** A página Connected Accounts do Close: explicada uma vez por conversa, com o nome curto depois. */
function accounts(settings: ContentSettings): string {
  return accountsNamedBefore(settings) ? CLOSE_ACCOUNTS_SHORT : CLOSE_ACCOUNTS;
}

function waitText(settings: ContentSettings): string {
  const minutes = settings.followUpMinutes;
  const hours = Math.round(minutes / 60);
  const span = minutes >= 60 ? `${hours} hora${hours === 1 ? '' : 's'}` : `${minutes} minuto${minutes === 1 ? '' : 's'}`;
  return `A Microsoft pode levar um tempo para aplicar a mudança. Eu volto a falar com você em ${span}: aí reconectamos no Close e enviamos um teste.`;
}

const QUESTIONS: Content['questions'] = {
  'password-works-elsewhere':
    'Essa resposta tem mais de uma causa possível. Você consegue entrar no Outlook na web (outlook.office.com) com o mesmo endereço e a mesma senha?',
  'address-is-primary': 'O endereço que você usa no Close é o endereço principal dessa caixa de correio do Microsoft 365 (e não um alias)?',
};

export const ptBR: Content = {
  states: {
    askingSymptom: () => ({
      text: 'Oi! Vou te ajudar a fazer a sua caixa de correio do Microsoft 365 voltar a funcionar com o Close. O que você está vendo?',
      after: 'Você também pode colar uma mensagem de erro ou digitar o seu endereço de email.',
    }),
    askingCloseStatus: () => ({
      text: `Abra ${CLOSE_ACCOUNTS} e selecione a sua caixa de correio. O que aparece em Email Sending e Email Syncing?`,
    }),
    askingForError: () => ({
      text: 'Cole a mensagem de erro exatamente como você está vendo. Pode incluir o que estiver em volta (datas, nomes de servidor).',
    }),
    describingProblem: () => ({
      text: 'Me conte numa frase o que dá errado, ou cole uma mensagem de erro. Se for um destes casos, é só escolher:',
    }),
    clarifyingPath: () => ({
      text: 'Só para eu te levar pelo caminho certo: o problema é no envio pelo Close, ou nos emails que chegam?',
    }),
    disambiguating: (facts) => ({
      text: facts.ambiguity ? QUESTIONS[facts.ambiguity.question] : 'Qual destas opções se encaixa melhor?',
    }),
    explainingDiagnosis: (facts) => {
      const found = checkFinding(facts.check, facts.lastDiagnosis);
      if (found) return { text: found.text, steps: [found.fix], after: 'Tente isso e depois me conte como foi.' };
      const diagnosis = diagnosesPtBR[facts.lastDiagnosis ?? 'unknown'];
      return { text: `${diagnosis.title}. ${diagnosis.meaning}`, steps: [diagnosis.fix], after: 'Tente isso e depois me conte como foi.' };
    },
    notMicrosoft365: (facts) => ({
      text: `${facts.address ? `O domínio de ${facts.address}` : 'Esta caixa de correio'} não recebe emails pelo Microsoft 365, então estes passos não se aplicam. Veja as configurações do seu provedor de email para o Close, ou fale com uma pessoa aqui.`,
    }),
    askingIsAdmin: () => ({
      text: 'A correção é uma configuração no Centro de administração do Microsoft 365, então precisa de um admin. Você é admin do Microsoft 365 da sua organização?',
    }),
    bringingInAdmin: (facts) => ({
      text: 'Sem problema: o seu admin resolve isso em poucos minutos. Mande para ele a mensagem abaixo e me avise quando ele terminar.',
      forward: { title: 'Mensagem para o admin do seu Microsoft 365', body: adminRequest(facts) },
    }),
    askingProviderManaged: () => ({
      text: 'Vocês compraram o Microsoft 365 por meio de outra empresa, como a GoDaddy, que administra para vocês? Essas empresas costumam bloquear essas configurações.',
    }),
    contactingProvider: (facts) => ({
      text: `${facts.provider ? `Como ${facts.provider} administra o seu Microsoft 365,` : 'Como um provedor administra o seu Microsoft 365,'} só o suporte dele pode ativar as configurações de que o Close precisa. Mande o pedido abaixo e me conte o que responderem.`,
      forward: { title: 'Pedido para o suporte do seu provedor', body: providerRequest(facts) },
    }),
    askingToggleState: () => ({
      text: 'Vamos olhar a configuração que deixa o Close enviar emails:',
      steps: [TOGGLE_ENABLE_STEPS[0] ?? '', TOGGLE_ENABLE_STEPS[1] ?? '', 'Procure SMTP autenticado ("Authenticated SMTP"). Ele está marcado?'],
    }),
    resettingToggle: () => ({
      text: 'Está marcado, mas mesmo assim pode estar travado. Redefina assim:',
      steps: TOGGLE_RESET_STEPS,
      after: 'Me avise quando os dois salvamentos estiverem feitos.',
    }),
    enablingToggle: () => ({
      text: 'Essa é a causa: o Close não consegue enviar enquanto isso estiver desativado. Ative assim:',
      steps: TOGGLE_ENABLE_STEPS,
      after: 'Me avise quando tiver salvado.',
    }),
    waitingForPropagation: (_facts, settings) => ({
      text: waitText(settings),
      after: 'Se preferir não esperar, escolha Testar agora.',
    }),
    askingReconnectResult: (_facts, settings) => ({
      text: `Agora reconecte a caixa de correio em ${accounts(settings)} e mande um email de teste para você mesmo pelo Close. Ele saiu?`,
    }),
    askingConnectionMethod: () => ({
      text: 'Como esta caixa de correio está conectada no Close: com o botão de login da Microsoft, ou com uma senha e as configurações do servidor?',
    }),
    explainingBasicAuthChange: (_facts, settings) => ({
      text: `${basicAuthSentence(settings)} Então conecte a caixa de correio com o login da Microsoft (SMTP autenticado ainda precisa estar ativado):`,
      steps: readdSteps(accounts(settings)),
      after: 'Me avise quando estiver reconectada.',
    }),
    askingAddressesMatch: (facts) => ({
      text: `O Close só sincroniza uma caixa de correio cujo endereço principal no Microsoft 365 e nome de usuário sejam o mesmo endereço que você conectou no Close${facts.address ? ` (${facts.address})` : ''}. Confira aqui:`,
      steps: [PRIMARY_ADDRESS_STEPS[0] ?? '', 'Na guia Conta, veja Nome de usuário e email.'],
      after: 'O nome de usuário e o email principal são os dois exatamente o endereço usado no Close?',
    }),
    fixingPrimaryAddress: () => ({
      text: 'Deixe o endereço usado no Close como o principal:',
      steps: PRIMARY_ADDRESS_STEPS,
      after: 'Me avise quando tiver salvado.',
    }),
    readdingAccount: (_facts, settings) => ({
      text: 'Agora conecte a caixa de correio ao Close do zero, para ele pegar a mudança:',
      steps: readdSteps(accounts(settings)),
      after: 'Dê alguns minutos. Os emails novos e os enviados pelo Close estão aparecendo agora?',
    }),
    enablingImap: (_facts, settings) => ({
      text: 'O Close lê os seus emails via IMAP, então ele precisa estar ativado para esta caixa de correio:',
      // os passos para adicionar de novo acabaram de ser dados quando a caixa de correio já foi adicionada uma vez
      steps: settings.seen?.includes('readdingAccount')
        ? [...IMAP_STEPS, `Depois remova a caixa de correio em ${accounts(settings)} e adicione de novo, como antes.`]
        : [...IMAP_STEPS, ...readdSteps(accounts(settings))],
      after: 'Me avise quando a caixa de correio tiver sido adicionada de novo.',
    }),
    askingSyncResult: (_facts, settings) => ({
      text: `Quando a caixa de correio estiver de volta em ${accounts(settings)}, dê alguns minutos. Os emails estão sincronizando agora?`,
    }),
    checkingIpAllowlist: (facts, settings) => ({
      text:
        facts.lastDiagnosis === 'ip-blocked'
          ? 'A Microsoft recusou a conexão por causa do endereço IP de onde ela veio, um dos servidores de onde o Close envia. Duas coisas resolvem:'
          : 'Esse erro quer dizer que o servidor de email não ofereceu ao Close nenhuma forma de login, então o seu email não pôde sair. Duas coisas resolvem:',
      steps: [
        settings.closeIpListUrl
          ? `Peça ao seu provedor de email para aceitar conexões de todos os endereços IP de onde o Close envia. A lista está aqui: ${settings.closeIpListUrl}`
          : 'Peça ao seu provedor de email para aceitar conexões de todos os endereços IP de onde o Close envia (o suporte do Close pode te mandar a lista atual).',
        'Confira se SMTP autenticado está ativado para a caixa de correio (eu te mostro como em seguida).',
      ],
      after: 'Me avise quando os endereços IP estiverem liberados, e a gente confere a configuração.',
    }),
    askingForAddress: () => ({
      text: 'Qual endereço de email está conectado no Close? Vou olhar de fora a configuração dele no Microsoft 365 e os servidores de email.',
    }),
    offeringCheck: (facts) => ({
      text: `Posso verificar ${facts.address ?? 'esse endereço'} ao vivo? Eu olho os registros de email, o login do Microsoft 365 e os servidores de email do Outlook. Leva uns 15 segundos e não muda nada.`,
      after:
        'Se você também entrar com a Microsoft, consigo testar o envio e o IMAP como essa caixa de correio e mandar um email de teste dela para ela mesma. Nada mais é enviado, e eu esqueço o seu login assim que a verificação termina.',
    }),
    runningCheck: (facts) => ({
      text: `Verificando ${facts.address ?? 'a caixa de correio'} agora. Já já eu posto aqui o que encontrar.`,
    }),
    reportingCheck: (facts) => checkReport(facts.check),
    nextSteps: () => ({
      text: 'Sinto muito, as correções de sempre não resolveram. Uma pessoa do suporte pode olhar a sua conta. Posso passar o caso com tudo o que já tentamos, ou você pode colar uma nova mensagem de erro.',
    }),
    resolved: (facts) => ({
      // a sending problem leaves mail in the Outbox and sequences paused; a syncing one does not
      text:
        facts.path === 'syncing'
          ? 'Ótimo, resolvido! A partir de agora, os emails novos e as respostas devem voltar a aparecer no Close.'
          : 'Ótimo, resolvido! Só mais uma coisa: confira a Outbox no Close e reenvie o que ficou parado, e retome as sequences que foram pausadas.',
    }),
    escalated: () => ({
      text: 'Passei o caso para uma pessoa da equipe de suporte, com um resumo do que tentamos, para você não precisar repetir nada. Ela vai ler e responder aqui. Enquanto isso, pode continuar me perguntando.',
    }),
  },
  choices: {
    'sending-fails': 'Desconecta quando eu envio, ou os emails ficam parados na Outbox',
    'sync-fails': 'Os emails não sincronizam, ou os enviados não aparecem no Outlook',
    'have-error': 'Tenho uma mensagem de erro',
    'smtp-auth-not-supported': '"SMTP AUTH extension not supported"',
    'check-close-status': 'Vou ver o que o Close mostra',
    'something-else': 'Outra coisa',
    'sending-disconnected': 'O envio está desconectado',
    'syncing-disconnected': 'A sincronização está desconectada',
    'both-disconnected': 'Os dois estão desconectados',
    'both-connected': 'Os dois dizem conectado',
    'describe-instead': 'Não tenho nenhuma',
    yes: 'Sim',
    no: 'Não',
    'not-sure': 'Não tenho certeza',
    'toggle-on': 'Sim, está marcado',
    'toggle-off': 'Não, não está',
    'cannot-find-setting': 'Não estou encontrando',
    done: 'Pronto',
    'test-now': 'Testar agora',
    'it-worked': 'Agora funciona',
    'still-failing': 'Continua falhando',
    'microsoft-sign-in': 'Login da Microsoft',
    password: 'Senha e configurações do servidor',
    'provider-enabled': 'Eles ativaram',
    'provider-refused': 'Eles não podem ou não querem',
    'admin-done': 'Meu admin já fez',
    'provider-manages-it': 'Um provedor administra',
    'check-mailbox': 'Verificar minha caixa de correio ao vivo',
    'run-check': 'Verificar',
    'run-check-signed-in': 'Verificar, com meu login da Microsoft',
    'skip-check': 'Agora não',
    continue: 'Continuar',
    human: 'Falar com uma pessoa',
    'start-over': 'Recomeçar',
  },
  choiceOverrides: {
    askingIsAdmin: { yes: 'Sim, sou admin', no: 'Não, não sou' },
    askingProviderManaged: { yes: 'Sim, por um provedor', no: 'Não, nós mesmos administramos' },
    askingAddressesMatch: { yes: 'Sim, são iguais', no: 'Não, são diferentes' },
    checkingIpAllowlist: { done: 'Os IPs estão liberados', 'it-worked': 'Agora funciona' },
    explainingBasicAuthChange: { done: 'Reconectei com a Microsoft' },
    readdingAccount: { 'it-worked': 'Sim, está sincronizando' },
    askingSyncResult: { 'it-worked': 'Sim, está sincronizando' },
    nextSteps: { 'have-error': 'Colar um novo erro' },
    reportingCheck: { 'run-check': 'Verificar de novo' },
  },
  diagnoses: diagnosesPtBR,
  questions: QUESTIONS,
  notices: {
    'not-understood': () => 'Desculpe, não entendi. Escolha uma das opções, ou escreva com as suas palavras.',
    diagnosed: (notice) => `${diagnosesPtBR[notice.code].title}. ${diagnosesPtBR[notice.code].meaning}`,
    'follow-up': () => 'Já faz um tempo desde a mudança, então a Microsoft já deve ter aplicado.',
    restarted: () => 'Vamos começar de novo.',
    'check-report': (_notice, facts) => {
      return reportAsRemark(checkReport(facts.check));
    },
  },
  stale: 'Essa pergunta já foi respondida, então o botão não faz mais nada.',
  endedHint: 'Esta conversa terminou. Escolha Recomeçar para começar uma nova.',
  conversation: conversationPtBR,
  understanding: { locale: 'pt-BR', corpus: corpusPtBR, vocabulary: vocabularyPtBR },
};
