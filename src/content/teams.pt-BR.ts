import type { TeamsContent } from './teams.en.js';
import { handoffRefusedPtBR } from './handoff-claims.pt-BR.js';

function checksLeft(left: number): string {
  return `Falta${left === 1 ? '' : 'm'} ${left} verificaç${left === 1 ? 'ão' : 'ões'}.`;
}

export const teamsPtBR: TeamsContent = {
  handoffRefused: handoffRefusedPtBR('o Slack ou a página web'),
  welcomeTitle: 'Mailbox Doctor',
  welcomePersonal:
    'Oi, eu ajudo a consertar caixas de correio do Microsoft 365 que pararam de funcionar no Close. Escolha abaixo o que você está vendo, ou descreva com as suas palavras.',
  welcomeChannel:
    'Oi, eu ajudo a consertar caixas de correio do Microsoft 365 que pararam de funcionar no Close. Me mencione numa nova postagem com algumas palavras sobre o problema, e eu respondo na thread dela.',
  addressLabel: 'Seu email de trabalho (opcional)',
  addressPlaceholder: 'nome@empresa.com',
  addressNotEmail: (value) => `"${value}" não parece um endereço de email, então deixei de fora. Digite no formato nome@empresa.com.`,
  textLabel: 'Sua resposta',
  textPlaceholder: 'Cole o erro ou descreva o problema',
  sendLabel: 'Enviar',
  choiceSetLabel: 'Escolha a opção que se encaixa',
  choiceSetSubmit: 'Continuar',
  choiceSetEmpty: 'Escolha uma das opções primeiro e depois selecione Continuar.',
  answered: (label) => `Você respondeu: ${label}`,
  wrote: (text) => `Você escreveu: ${text}`,
  stale: 'Esse cartão está desatualizado, então o clique não fez nada. Responda ao cartão mais recente.',
  unreadableSubmit: 'Não consegui ler esse cartão. Escolha uma opção no cartão mais recente, ou digite a sua resposta.',
  emptyMention: 'Me mencione com algumas palavras sobre o problema, ou escolha uma das opções.',
  suggestionsIntro: 'Ou escolha uma destas opções para começar.',
  feedbackComment: { label: 'O que faltou? (opcional)', placeholder: 'Uma linha já basta', send: 'Enviar comentário', empty: 'Escreva algumas palavras primeiro e depois selecione Enviar comentário.' },
  textTooLong: (limit) => `Essa mensagem passa de ${limit} caracteres. Mande uma mais curta, por favor.`,
  busy: 'Eu ainda estava processando a sua mensagem anterior. Mande de novo, por favor.',
  stillChecking: 'Ainda estou verificando a sua caixa de correio. O resultado chega aqui em instantes; depois, mande a sua mensagem de novo.',
  forwardHint: 'Copie esta mensagem e mande para o admin do seu Microsoft 365.',
  adminEmailLabel: 'O seu admin usa este app no Teams? Digite o email de trabalho dele que eu mando os passos.',
  adminEmailPlaceholder: 'admin@empresa.com',
  adminSendLabel: 'Enviar para o meu admin',
  adminSent: (name) => `Mandei os passos para ${name} no Teams. A gente continua aqui assim que a pessoa selecionar Pronto.`,
  adminNotFound: (email) =>
    `${email} ainda não conversou comigo no Teams, então não consigo mandar mensagem. Encaminhe a mensagem acima, por favor.`,
  adminUnreachable: (name) => `Não consegui falar com ${name} no Teams agora. Encaminhe a mensagem acima, por favor.`,
  adminCardTitle: (requester) => `${requester} precisa de uma mudança no Centro de administração do Microsoft 365`,
  adminCardIntro: 'A caixa de correio dessa pessoa não conecta ao Close até isso ser feito. Selecione Pronto quando tiver feito a mudança.',
  adminDoneLabel: 'Pronto',
  adminThanks: (requester) => `Obrigado! Já avisei ${requester}, e a gente continua a partir daqui.`,
  adminAlreadyMovedOn: 'Obrigado! Essa conversa já seguiu em frente, então não falta mais nada.',
  adminNotYours: 'Este pedido foi enviado para outra pessoa, então só ela pode marcar como feito.',
  adminDoneForUser: (admin) => `${admin} disse que a mudança está feita.`,
  someone: 'Um colega',
  escalationTitle: 'Uma conversa sobre caixa de correio precisa de uma pessoa',
  escalationPosted: 'Passei um resumo da nossa conversa para a equipe de TI no Teams. Alguém vai assumir por aqui.',
  escalationFailed: 'Não consegui acessar o canal da equipe de TI agora. Fale direto com eles e mencione esta conversa.',
  sessionGone: 'Essa conversa terminou. Me mande uma mensagem para começar uma nova.',
  turnFailed: 'Desculpe, algo deu errado do meu lado. Tente de novo daqui a um minuto.',
  progressTitle: 'Verificando a sua caixa de correio',
  checkDone: 'concluída',
  checkProgress: (running, left) => (running.length > 0 ? `Verificando agora: ${running.join(', ')}. ${checksLeft(left)}` : checksLeft(left)),
  checkStarting: 'Preparando as verificações…',
  checkSignIn: (uri, code) => `Hora de entrar: abra ${uri} e digite o código ${code}. Eu continuo assim que você tiver entrado.`,
  checkSignInOpen: 'Abrir a página de login',
  checkSignInInChat:
    'Não vou postar um código de login onde outras pessoas podem ler. Para a verificação com o seu login da Microsoft, me mande uma mensagem num chat 1:1. Eu termino as outras verificações aqui.',
  checkSignedInInChatOnly: 'Para a verificação com o seu login da Microsoft, me mande uma mensagem num chat 1:1, para o seu código de login ficar privado.',
  checkFinishedTitle: 'Verificações concluídas',
  checkStopped: 'A verificação parou antes de terminar. A próxima mensagem diz o que fazer.',
  checkStatus: { pass: 'OK', warn: 'vale uma olhada', fail: 'problema encontrado', skip: 'pulada', error: 'não deu para verificar' },
};
