import type { DiagnosisCode } from '../machine/diagnosis-codes.js';
import type { DiagnosisProse } from './types.js';
import { CLOSE_ACCOUNTS } from './admin-steps.pt-BR.js';

export const diagnosesPtBR: Record<DiagnosisCode, DiagnosisProse> = {
  'smtp-auth-disabled': {
    title: 'SMTP autenticado está desativado',
    meaning: 'O Microsoft 365 não deixa apps como o Close entrarem para enviar emails, porque SMTP autenticado está desativado para esta caixa de correio ou para toda a organização.',
    fix: 'Um admin ativa SMTP autenticado ("Authenticated SMTP") no Centro de administração do Microsoft 365, em Usuários > Usuários ativos > o usuário > Email ("Mail") > Gerenciar aplicativos de email ("Manage email apps").',
  },
  'basic-auth-blocked': {
    title: 'O login com senha está bloqueado',
    meaning: 'O Microsoft 365 não aceita mais uma senha simples para esta caixa de correio: os padrões de segurança, uma política de autenticação ou o fim da autenticação básica bloqueiam isso.',
    fix: `Conecte a caixa de correio em ${CLOSE_ACCOUNTS} com + Add Account > Microsoft, que entra com a Microsoft em vez de uma senha.`,
  },
  'bad-credentials': {
    title: 'Os dados de login foram recusados',
    meaning: 'O Microsoft 365 não aceitou o endereço e a senha, ou o login salvo expirou.',
    fix: `Remova a caixa de correio em ${CLOSE_ACCOUNTS} e adicione de novo com + Add Account > Microsoft, entrando com a mesma caixa de correio.`,
  },
  'address-mismatch': {
    title: 'O endereço no Close não é o endereço principal da caixa de correio',
    meaning: 'O Close envia como um endereço que a caixa de correio conectada não pode usar, normalmente porque ele é só um alias.',
    fix: 'Um admin deixa o endereço do Close como nome de usuário ou endereço principal da caixa de correio (Usuários > Usuários ativos > o usuário > Conta > Gerenciar nome de usuário e email ("Manage username and email")), e depois a caixa de correio é adicionada de novo no Close.',
  },
  'imap-disabled': {
    title: 'IMAP está desativado para a caixa de correio',
    meaning: 'O Close lê e organiza os emails via IMAP, e o Microsoft 365 está com ele desativado para esta caixa de correio.',
    fix: 'Um admin marca IMAP em Usuários > Usuários ativos > o usuário > Email ("Mail") > Gerenciar aplicativos de email ("Manage email apps"), salva, e a caixa de correio é adicionada de novo no Close.',
  },
  'smtp-auth-not-offered': {
    title: 'O servidor não ofereceu nenhuma forma de login',
    meaning: 'O Close chegou ao servidor de email, mas não conseguiu entrar para enviar. O problema não é a sua senha.',
    fix: 'Confira se o provedor aceita todos os endereços IP de onde o Close envia e se SMTP autenticado está ativado.',
  },
  'ip-blocked': {
    title: 'A Microsoft recusou o endereço IP',
    meaning: 'A Microsoft recusou a conexão por causa do endereço IP de onde ela veio, normalmente um dos servidores de onde o Close envia. O problema não é a sua senha.',
    fix: 'Peça a quem administra o seu Microsoft 365 (seu admin ou provedor) para aceitar todos os endereços IP de onde o Close envia. Se a Microsoft continuar recusando, o suporte do Close pode investigar.',
  },
  'tls-problem': {
    title: 'Não foi possível criar uma conexão segura',
    meaning: 'Os dois lados não chegaram a um acordo sobre a conexão criptografada. Isso vem de como a caixa de correio foi conectada, normalmente à mão, com as configurações do servidor, e não de uma configuração do Microsoft 365.',
    fix: `Remova a caixa de correio em ${CLOSE_ACCOUNTS} e adicione de novo com + Add Account > Microsoft. Assim o próprio Close cria a conexão segura.`,
  },
  'client-not-authenticated': {
    title: 'O app tentou enviar sem fazer login',
    meaning: 'O Microsoft 365 só envia emails depois que o app faz login, e este app não fez.',
    fix: `Reconecte a caixa de correio em ${CLOSE_ACCOUNTS} com + Add Account > Microsoft, para o Close fazer login antes de enviar.`,
  },
  'sender-restricted': {
    title: 'A caixa de correio está bloqueada para envio',
    meaning: 'A Microsoft colocou esta caixa de correio na lista de restrições, normalmente depois que ela enviou emails que pareciam spam.',
    fix: 'Um admin abre o portal do Microsoft Defender em Email e colaboração ("Email & collaboration") > Revisão ("Review") > Entidades restritas ("Restricted entities"), remove o bloqueio e troca a senha.',
  },
  'admin-consent-required': {
    title: 'O Close precisa da aprovação de um admin',
    meaning: 'A sua organização exige que um admin aprove os apps antes que as pessoas possam entrar neles com a Microsoft.',
    fix: 'Um admin abre o Centro de administração do Microsoft Entra > Aplicativos empresariais ("Enterprise apps") > Solicitações de consentimento do administrador ("Admin consent requests") (ou entra no Close uma vez ele mesmo) e dá o consentimento.',
  },
  'provider-managed': {
    title: 'Um provedor administra o seu Microsoft 365',
    meaning: 'O seu Microsoft 365 foi comprado por meio de uma revenda, como a GoDaddy, que controla as configurações de admin.',
    fix: 'Peça ao suporte do provedor para ativar SMTP autenticado e IMAP para a caixa de correio.',
  },
  'not-microsoft-365': {
    title: 'Esta não é uma caixa de correio do Microsoft 365',
    meaning: 'O domínio não recebe emails pelo Microsoft 365, então as configurações da Microsoft não se aplicam.',
    fix: 'Siga as instruções do seu próprio provedor de email para conectar ao Close.',
  },
  'connection-failed': {
    title: 'Não foi possível alcançar o servidor de email da Microsoft',
    meaning: 'A conexão com o servidor de email da Microsoft expirou ou foi recusada. Normalmente é um problema de rede passageiro, não uma configuração do seu lado.',
    fix: `Espere alguns minutos e reconecte a caixa de correio em ${CLOSE_ACCOUNTS}. Se continuar acontecendo, uma pessoa do suporte pode investigar.`,
  },
  unknown: {
    title: 'Um erro que eu não reconheço',
    meaning: 'Não consegui ligar essa mensagem a nenhuma causa que eu conheça.',
    fix: 'Me conte o que você está vendo, e eu te guio a partir daí.',
  },
};
