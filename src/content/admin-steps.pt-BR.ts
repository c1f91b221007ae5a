import type { TriageContext } from '../machine/triage.context.js';

/**
 * Os menus exatos do centro de administração, escritos uma vez e usados no chat e nas mensagens encaminhadas a um admin.
 * Rótulos que não pudemos conferir na interface em português vêm com o rótulo em inglês entre aspas.
 */
export const ADMIN_CENTER = 'Centro de administração do Microsoft 365 (admin.microsoft.com)';
/** Curto de propósito: os passos no chat ficam abaixo de 400 caracteres, e o centro de administração já foi nomeado antes. */
export const OPEN_USER = 'Em admin.microsoft.com, abra Usuários > Usuários ativos > o usuário.';
export const OPEN_MAIL_APPS = 'Abra a guia Email ("Mail") > Gerenciar aplicativos de email ("Manage email apps").';
/** Onde a caixa de correio fica no Close, com os dois nomes da página: dito uma vez por conversa. */
export const CLOSE_ACCOUNTS = 'Settings > Connected Accounts no Close (Accounts & Apps no layout novo)';
/** O mesmo lugar, depois que os dois nomes já foram dados. */
export const CLOSE_ACCOUNTS_SHORT = 'Accounts & Apps no Close';

/** O artigo de onde vêm os passos, pelo nome que a pessoa encontra na central de ajuda do Close. */
export const CLOSE_ARTICLE = 'o artigo "Office365 connected accounts" na central de ajuda do Close';

export const TOGGLE_RESET_STEPS = [
  OPEN_USER,
  OPEN_MAIL_APPS,
  'SMTP autenticado ("Authenticated SMTP") está marcado: desmarque e selecione Salvar alterações.',
  'Marque de novo e selecione Salvar alterações mais uma vez.',
];

export const TOGGLE_ENABLE_STEPS = [OPEN_USER, OPEN_MAIL_APPS, 'Marque SMTP autenticado ("Authenticated SMTP") e selecione Salvar alterações.'];

export const PRIMARY_ADDRESS_STEPS = [
  OPEN_USER,
  'Na guia Conta, selecione Gerenciar nome de usuário e email ("Manage username and email").',
  'Troque o nome de usuário pelo endereço do Close, ou ache-o em Aliases e escolha … > Alterar para email principal ("Change to primary email").',
  'Selecione Salvar alterações.',
];

export const READD_STEPS = readdSteps(CLOSE_ACCOUNTS);

/** Remover e adicionar de novo a caixa de correio no Close, dizendo onde com `accounts` (longo na primeira vez, curto depois). */
export function readdSteps(accounts: string): string[] {
  return [
    `Abra a caixa de correio em ${accounts}.`,
    'Selecione Remove account, no fim da página.',
    'Adicione de novo com + Add Account > Microsoft (mesma caixa).',
  ];
}

/** Dois passos, não três: com os passos para adicionar a caixa de novo, a mensagem fica abaixo de 400 caracteres. */
export const IMAP_STEPS = [OPEN_USER, 'Em Email ("Mail") > Gerenciar aplicativos de email ("Manage email apps"), marque IMAP e salve.'];

/** O endereço da caixa de correio, ou null quando a pessoa não informou. */
function mailboxAddress(facts: Readonly<TriageContext>): string | null {
  return facts.address ?? facts.known.closeAddress ?? null;
}

/** O endereço que precisa virar o principal e o nome de usuário: o que está conectado no Close. */
function addressToMakePrimary(facts: Readonly<TriageContext>): string | null {
  return facts.known.closeAddress ?? facts.address ?? null;
}

/** Diz qual usuário abrir, pelo endereço quando ele é conhecido. */
function openUserStep(address: string | null): string {
  return `No ${ADMIN_CENTER}, vá em Usuários > Usuários ativos e abra ${address ?? 'o meu usuário'}.`;
}

function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

/** Os passos que tornam o endereço do Close o principal, com o endereço exato quando conhecido. */
function primaryAddressSteps(facts: Readonly<TriageContext>): string[] {
  const which = addressToMakePrimary(facts) ?? 'o endereço que eu uso no Close';
  return [
    openUserStep(facts.known.username ?? mailboxAddress(facts)),
    'Na guia Conta, selecione Gerenciar nome de usuário e email ("Manage username and email").',
    `Deixe ${which} como email principal e nome de usuário: se ele estiver em Aliases, abra o menu … dele e escolha Alterar para email principal ("Change to primary email"); se não, troque o nome de usuário por ele.`,
    'Selecione Salvar alterações.',
    'Na guia Email ("Mail"), selecione Gerenciar aplicativos de email ("Manage email apps"), confira se IMAP está marcado e selecione Salvar alterações.',
  ];
}

/** "O Close usa A, mas meu nome de usuário é B." quando a pessoa informou os dois e eles são diferentes. */
function usernameNote(facts: Readonly<TriageContext>): string | null {
  const target = addressToMakePrimary(facts);
  const username = facts.known.username;
  if (!username || !target || username.toLowerCase() === target.toLowerCase()) return null;
  return `O Close usa ${target}, mas meu nome de usuário no Microsoft 365 é ${username}.`;
}

/** A mensagem que quem não é admin encaminha para quem é. */
export function adminRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `minha caixa de correio, ${address}` : 'minha caixa de correio';
  if (facts.path === 'syncing') {
    return [
      usernameNote(facts)
        ? `Oi, você pode me ajudar com minha caixa de correio? Ela está conectada ao Close (nosso CRM), mas os emails não estão sincronizando. ${usernameNote(facts)}`
        : `Oi, você pode me ajudar com ${mailbox}? Ela está conectada ao Close (nosso CRM), mas os emails não estão sincronizando entre os dois.`,
      '',
      'Você poderia, por favor, fazer isto no Microsoft 365:',
      ...numbered(primaryAddressSteps(facts)),
      '',
      'Me avise quando terminar, que eu reconecto a caixa de correio no Close. Obrigado!',
    ].join('\n');
  }
  return [
    `Oi, você pode me ajudar com ${mailbox}? O Close (nosso CRM) se desconecta dela toda vez que eu envio um email.`,
    '',
    'Você poderia, por favor, fazer isto no Microsoft 365:',
    ...numbered([
      openUserStep(address),
      OPEN_MAIL_APPS,
      'Se SMTP autenticado ("Authenticated SMTP") já estiver marcado, desmarque e selecione Salvar alterações; depois marque de novo e salve mais uma vez. Se não estiver marcado, marque e selecione Salvar alterações.',
    ]),
    '',
    'A Microsoft pode levar cerca de meia hora para aplicar a mudança. Me avise quando terminar, que eu reconecto no Close. Obrigado!',
  ].join('\n');
}

/** O pedido para a empresa que vendeu a assinatura do Microsoft 365 (GoDaddy, outra revenda). */
export function providerRequest(facts: Readonly<TriageContext>): string {
  const address = mailboxAddress(facts);
  const mailbox = address ? `Nossa caixa de correio do Microsoft 365, ${address},` : 'Minha caixa de correio do Microsoft 365';
  const target = addressToMakePrimary(facts);
  const syncing = facts.path === 'syncing';
  const asks = [
    'SMTP autenticado ("Authenticated SMTP"): por favor, ativem a autenticação SMTP para a caixa de correio. Se já estiver ativada, desativem, salvem e ativem de novo.',
    'IMAP: por favor, confiram se está ativado para a caixa de correio.',
  ];
  if (syncing) {
    asks.unshift(
      `Endereço principal: por favor, deixem ${target ?? 'o endereço que usamos no Close'} como email principal e nome de usuário da caixa de correio (hoje ele pode ser um alias).`,
    );
  }
  if (facts.diagnoses.includes('smtp-auth-not-offered') || facts.diagnoses.includes('ip-blocked')) {
    asks.push('IPs do Close: por favor, aceitem conexões de todos os endereços IP de onde o Close envia (o suporte do Close pode passar a lista atual).');
  }
  return [
    'Olá, equipe de suporte,',
    '',
    `${mailbox} está conectada ao Close, um CRM que envia e sincroniza nossos emails. Como vocês administram nosso Microsoft 365, não conseguimos mudar as configurações de email nós mesmos.`,
    '',
    'Precisamos disto para a caixa de correio:',
    ...numbered(asks),
    '',
    [
      'No Centro de administração do Microsoft 365, SMTP autenticado e IMAP ficam em Usuários > Usuários ativos > o usuário > Email ("Mail") > Gerenciar aplicativos de email ("Manage email apps")',
      syncing ? '; o endereço principal fica em Conta > Gerenciar nome de usuário e email ("Manage username and email").' : '.',
      ` O Close explica os passos n${CLOSE_ARTICLE}.`,
    ].join(''),
    '',
    'Por favor, respondam quando estiver feito. Obrigado!',
  ].join('\n');
}
