import type { SlackContent } from './slack.en.js';
import { handoffRefusedPtBR } from './handoff-claims.pt-BR.js';

export const slackPtBR: SlackContent = {
  handoffRefused: handoffRefusedPtBR('o Teams ou a página web'),
  fallback: 'O Mailbox Doctor tem uma pergunta para você.',
  staleClick: 'Esse botão é de uma pergunta anterior, então não fez nada. Responda à mensagem mais recente.',
  notOffered: 'Essa opção não está disponível neste ponto. Use os botões da mensagem mais recente.',
  sessionGone: 'Não encontro mais essa conversa. Me mencione ou me mande uma mensagem para começar uma nova.',
  onlyAsker: 'Só a pessoa que perguntou pode responder a isso.',
  busy: 'Eu ainda estava processando a sua última resposta. Tente de novo, por favor.',
  stillChecking: 'Ainda estou verificando a sua caixa de correio. O resultado chega aqui em instantes; depois, tente de novo.',
  tooLong: (limit) => `Essa mensagem passa de ${limit} caracteres. Mande só a parte importante, como a linha do erro.`,
  chosen: (userId, label) => `<@${userId}> escolheu *${label}*`,
  newConversation: 'Vamos começar do zero.',
  addressButton: 'Informar meu endereço de email',
  commandAck: 'Vou te ajudar nas nossas mensagens diretas: dá uma olhada lá.',
  commandAckInPlace: 'Estou abrindo uma thread para você aqui mesmo.',
  commandThreadIntro: (userId) => `<@${userId}> me pediu ajuda com uma caixa de correio. Vamos resolver nesta thread.`,
  commandMovedToDm: (channelId) =>
    `Não consegui abrir uma thread em <#${channelId}> (talvez eu não seja membro de lá), então vamos conversar aqui.`,
  dmFailed: 'Não consegui abrir uma mensagem direta com você. Pergunte ao admin do Slack se apps podem mandar mensagens diretas aqui.',
  shortcutNoText: 'Essa mensagem não tem texto que eu consiga ler. Copie o erro numa mensagem direta para mim.',
  cannotPostHere: (channelId) =>
    `Não consigo postar em <#${channelId}>: não sou membro ou o canal está arquivado. Me convide com /invite, ou me mande o erro por mensagem direta.`,
  somethingWentWrong: 'Algo deu errado do meu lado. Tente de novo daqui a pouco.',
  home: {
    title: 'Mailbox Doctor',
    intro: 'Eu te ajudo, passo a passo, a fazer uma caixa de correio do Microsoft 365 voltar a funcionar com o Close.',
    startButton: 'Começar uma conversa',
    addressButton: 'Verificar um endereço de email',
    openHeading: 'Suas conversas abertas',
    noneOpen: 'Você não tem conversas abertas. Comece uma com o botão acima, me mencione em um canal ou me mande uma mensagem.',
    status: {
      active: 'Em andamento',
      waiting: 'Esperando a Microsoft aplicar uma mudança',
      resolved: 'Resolvido',
      escalated: 'Com a equipe de suporte',
    },
    where: (channelId, isDm) => (isDm ? 'nas nossas mensagens diretas' : `numa thread em <#${channelId}>`),
    updated: (epochSeconds, fallback) => `última atualização <!date^${epochSeconds}^{date_short_pretty} às {time}|${fallback}>`,
  },
  addressModal: {
    title: 'Seu endereço de email',
    submit: 'Verificar',
    close: 'Cancelar',
    label: 'Endereço de email',
    placeholder: 'voce@exemplo.com',
    hint: 'O endereço da caixa de correio que você conectou no Close.',
    invalid: 'Isso não parece um endereço de email. Confira e tente de novo.',
  },
  feedbackComment: {
    button: 'Adicionar um comentário',
    title: 'Seu comentário',
    label: 'O que não ajudou? O que você esperava?',
    submit: 'Enviar',
    close: 'Cancelar',
  },
  admin: {
    pickerLabel: 'Não é o admin? Escolha a pessoa aqui que eu mesmo mando os passos para ela:',
    pickerPlaceholder: 'Escolha o seu admin',
    intro: (requesterId) =>
      `Oi! <@${requesterId}> precisa de uma mudança no Centro de administração do Microsoft 365 que só um admin pode fazer. Estes são os passos exatos:`,
    doneButton: 'Pronto',
    sent: (adminId) => `Mandei os passos para <@${adminId}>. A gente continua aqui assim que a pessoa clicar em Pronto.`,
    pickedSelf: 'Esse é você! Se você é o admin, siga os passos acima e escolha Meu admin já fez.',
    thanks: 'Obrigado! Já avisei, e a conversa da pessoa continua.',
    movedOn: 'Obrigado! Essa conversa já seguiu em frente, então não precisa de mais nada.',
    doneNotice: (adminId) => `<@${adminId}> fez a mudança.`,
  },
  agent: {
    greeting: 'Oi, eu sou o Mailbox Doctor. Eu te ajudo a fazer uma caixa de correio do Microsoft 365 voltar a funcionar com o Close. Me conte o que você está vendo ou escolha uma sugestão.',
    promptsTitle: 'Por onde começar',
    prompts: [
      { title: 'Meu e-mail desconecta quando envio', message: 'Meu e-mail desconecta quando envio pelo Close' },
      { title: 'E-mails enviados não aparecem no Outlook', message: 'Os e-mails que envio pelo Close não aparecem nos Itens Enviados do Outlook' },
      { title: 'Tenho uma mensagem de erro', message: 'Tenho uma mensagem de erro' },
      { title: 'Verifique minha caixa de correio', message: 'Verifique minha caixa de correio' },
    ],
  },
  check: {
    starting: 'Iniciando as verificações…',
    status: 'está verificando a caixa de correio…',
    planTitle: 'Verificações da caixa de correio',
    progress: (running, left) =>
      `Verificando agora: ${running.join(', ')}. ${
        left === 0 ? 'Essa é a última.' : `Depois ${running.length === 1 ? 'desta' : 'destas'}, falta${left === 1 ? '' : 'm'} ${left}.`
      }`,
    finishing: 'Todas as verificações rodaram. Juntando os resultados…',
    done: 'Pronto: os resultados estão logo abaixo.',
    stopped: 'A verificação parou antes de terminar; veja abaixo.',
    signIn: (uri, code) =>
      `Só você vê isto. Para eu rodar as verificações com login, abra ${uri} e digite o código *${code}*. Não compartilhe o código com ninguém; eu continuo sozinho assim que você entrar.`,
  },
  escalation: {
    title: 'Uma conversa precisa de uma pessoa',
    askedBy: (userId) => `Pedido de <@${userId}>.`,
    threadLink: 'Abrir a conversa',
    noLink: 'A conversa está numa mensagem direta com o assistente.',
    reportedError: 'Erro informado',
    pickedUpBy: (channelId) => `Alguém de <#${channelId}> vai assumir e responder aqui.`,
    pickedUpByTeam: 'Alguém da equipe de suporte vai assumir.',
  },
};
