import type { ProbeContent } from './probes.en.js';

function minutes(count: number | undefined): string {
  if (count === undefined) return 'alguns minutos';
  return `${count} minuto${count === 1 ? '' : 's'}`;
}

export const probesPtBR: ProbeContent = {
  checks: {
    mx: {
      name: 'Domínio',
      pass: 'Os emails deste domínio são entregues pelo Microsoft 365.',
      warn: 'Os emails passam primeiro por outro serviço, mas o domínio pertence, sim, a uma organização do Microsoft 365.',
      fail: 'Os emails deste domínio não são entregues pelo Microsoft 365.',
      skip: 'Não consultei o domínio.',
      error: 'Não consegui consultar o domínio agora.',
    },
    tenant: {
      name: 'Organização do Microsoft 365',
      pass: 'A Microsoft conhece esta organização e deixa os usuários dela entrarem.',
      warn: 'Esta organização está configurada de um jeito que muda os passos: veja abaixo.',
      fail: 'O login da Microsoft não conhece este domínio.',
      skip: 'Não consultei a organização.',
      error: 'Não consegui acessar o serviço de login da Microsoft para consultar a organização.',
    },
    smtp: {
      name: 'Servidor de envio',
      pass: 'O servidor de envio respondeu normalmente e oferece um login seguro.',
      warn: 'O servidor de envio respondeu, mas algo na resposta é incomum.',
      fail: 'O servidor de envio não aceitou uma conexão normal.',
      skip: 'Não testei o servidor de envio.',
      error: 'Não me conectei ao servidor de envio.',
    },
    imap: {
      name: 'Servidor de sincronização',
      pass: 'O servidor IMAP de onde o Close lê os emails respondeu normalmente.',
      warn: 'O servidor IMAP respondeu, mas algo na resposta é incomum.',
      fail: 'O servidor IMAP não aceitou uma conexão normal.',
      skip: 'Não testei o servidor IMAP.',
      error: 'Não me conectei ao servidor IMAP.',
    },
    'close-status': {
      name: 'Status da conta no Close',
      pass: 'O Close mostra esta conta como conectada, sem erros recentes.',
      warn: 'O Close mostra algo incomum nesta conta.',
      fail: 'O Close mostra erros nesta conta.',
      skip: 'Não consegui ler o status desta conta no Close.',
      error: 'Não consegui acessar o Close para ler o status da conta.',
    },
    'sign-in': {
      name: 'Login da Microsoft',
      pass: 'Você entrou com a Microsoft.',
      warn: 'Você entrou, com um aviso da Microsoft.',
      fail: 'A Microsoft recusou o login.',
      skip: 'Pulamos o login, então as verificações que dependem dele não rodaram.',
      error: 'Não foi possível iniciar o login.',
    },
    'smtp-oauth': {
      name: 'Envio, com login',
      pass: 'A Microsoft deixa esta caixa de correio entrar para enviar emails.',
      warn: 'O login para envio funcionou, com um aviso.',
      fail: 'A Microsoft não deixou esta caixa de correio entrar para enviar emails.',
      skip: 'Não tentei entrar para enviar.',
      error: 'Não consegui tentar entrar para enviar.',
    },
    'test-message': {
      name: 'Mensagem de teste',
      pass: 'Uma mensagem de teste do endereço do Close foi aceita e enviada para a própria caixa de correio.',
      warn: 'A mensagem de teste passou, com um aviso.',
      fail: 'A Microsoft recusou enviar a partir do endereço do Close.',
      skip: 'Não enviei uma mensagem de teste.',
      error: 'Não consegui enviar a mensagem de teste.',
    },
    'imap-oauth': {
      name: 'Sincronização, com login',
      pass: 'A caixa de correio pode ser lida via IMAP e tem uma pasta de Itens Enviados.',
      warn: 'A caixa de correio pode ser lida via IMAP, mas não encontrei a pasta de Itens Enviados.',
      fail: 'A Microsoft recusou o acesso IMAP a esta caixa de correio.',
      skip: 'Não tentei ler a caixa de correio.',
      error: 'Não consegui tentar ler a caixa de correio.',
    },
    'graph-me': {
      name: 'Endereços da caixa de correio',
      pass: 'O endereço do Close é o endereço principal da caixa de correio.',
      warn: 'O endereço do Close é o nome de login, mas não o endereço principal da caixa de correio.',
      fail: 'O endereço do Close não é o endereço principal da caixa de correio.',
      skip: 'Não comparei os endereços da caixa de correio.',
      error: 'Não consegui ler os endereços da caixa de correio.',
    },
  },
  findings: {
    refused: {
      title: 'O servidor recusou a conexão',
      meaning: () => 'Nada aceita conexões nessa porta: o servidor está fora do ar, a porta está errada ou um firewall a bloqueia.',
      fix: 'Confira o nome do servidor e a porta. Se estiverem certos, pergunte a quem cuida do servidor ou da rede se a porta está aberta.',
    },
    unreachable: {
      title: 'Não foi possível alcançar o servidor',
      meaning: () => 'A conexão não chegou lá: um problema de rede, um nome de servidor errado ou um firewall que bloqueia as portas de e-mail.',
      fix: 'Tente de novo em alguns minutos. Se continuar falhando, confira o nome do servidor e pergunte a quem cuida da rede se as portas de e-mail estão bloqueadas.',
    },
    'hung-up': {
      title: 'O servidor desligou',
      meaning: () => 'O servidor aceitou a conexão e depois a fechou sem responder, como servidores sobrecarregados ou filtros às vezes fazem.',
      fix: 'Tente de novo em alguns minutos. Se continuar acontecendo, pergunte ao provedor de e-mail por que as conexões estão sendo fechadas.',
    },
    stalled: {
      title: 'O servidor respondeu devagar demais',
      meaning: () => 'A conexão foi feita, mas o servidor parou de responder antes de terminar a saudação ou a criptografia. Servidores sobrecarregados e alguns filtros fazem isso.',
      fix: 'Tente de novo em alguns minutos. Se continuar lento, avise quem cuida do servidor ou da rede no meio do caminho.',
    },
    'greeting-refused': {
      title: 'O servidor se recusou a conversar',
      meaning: () => 'O servidor respondeu à conexão com uma recusa em vez de uma saudação. A resposta dele, mostrada acima, diz o motivo.',
      fix: 'Envie essa resposta para quem cuida do servidor: ela diz o que precisa ser mudado.',
    },
    'reply-refused': {
      title: 'O servidor recusou um passo normal',
      meaning: () => 'O servidor respondeu com um erro a um passo normal da conexão. A resposta dele aparece acima.',
      fix: 'Envie essa resposta para quem cuida do servidor: ela diz o que precisa ser mudado.',
    },
    'not-microsoft': {
      title: 'Outra coisa respondeu no lugar da Microsoft',
      meaning: () => 'A resposta não veio do Microsoft 365. Algo no meio do caminho respondeu no lugar: um proxy, um antivírus, um firewall ou outro provedor de e-mail.',
      fix: 'Desative a verificação de e-mail no antivírus ou no firewall para essas conexões (ou peça a quem cuida da rede), e confira se as configurações do servidor apontam para o Microsoft 365.',
    },
    'no-starttls': {
      title: 'O servidor não oferece criptografia',
      meaning: () => 'O servidor não ofereceu criptografar a conexão, então uma senha trafegaria sem proteção. O Close não faz login desse jeito.',
      fix: 'Use as configurações criptografadas do servidor, ou peça ao provedor de e-mail para ativar a criptografia (STARTTLS).',
    },
    'starttls-refused': {
      title: 'O servidor não conseguiu iniciar a criptografia',
      meaning: () => 'O servidor oferece criptografia, mas se recusou a iniciá-la (por exemplo, "454 TLS not available"), geralmente porque o próprio certificado dele está faltando ou com defeito.',
      fix: 'Avise quem cuida do servidor de e-mail que ele recusa STARTTLS e precisa de um certificado que funcione. Nada do seu lado resolve isso.',
    },
    'cert-expired': {
      title: 'O certificado do servidor expirou',
      meaning: (f) => `O certificado ${f.expires ? `expirou em ${f.expires}` : 'está vencido'}, então não dá para confiar na conexão.`,
      fix: 'Quem cuida do servidor precisa renovar o certificado. Se o servidor for da Microsoft, confira a data e a hora do computador e procure um filtro no meio do caminho que substitua certificados.',
    },
    'cert-untrusted': {
      title: 'O certificado não é de uma autoridade confiável',
      meaning: (f) =>
        `O certificado foi emitido por ${f.issuer ?? 'um emissor desconhecido'}. Ele é autoassinado, ou algo no meio do caminho (antivírus, firewall ou proxy) substituiu o certificado verdadeiro para olhar dentro da conexão.`,
      fix: 'Se o emissor for o seu antivírus ou firewall, desative a verificação de e-mail ou de TLS dele para essas conexões, ou peça a quem cuida da rede. Caso contrário, o servidor precisa de um certificado de uma autoridade pública.',
    },
    'cert-wrong-host': {
      title: 'O certificado é de outro servidor',
      meaning: (f) => `O certificado está em nome de ${f.subject ?? 'outro nome'}, e não do servidor que foi chamado, então não dá para confiar na conexão.`,
      fix: 'Confira o nome do servidor nas configurações. Se estiver certo, quem cuida do servidor precisa instalar um certificado para esse nome.',
    },
    'tls-outdated': {
      title: 'O servidor só usa um TLS ultrapassado',
      meaning: (f) =>
        `O servidor só oferece ${f.version ?? 'TLS 1.0 ou 1.1'}, que o Close e o Microsoft 365 não aceitam mais (a Microsoft desativa isso para IMAP e POP no segundo semestre de 2026).`,
      fix: 'Quem cuida do servidor, ou um filtro no meio do caminho, precisa permitir TLS 1.2 ou mais recente.',
    },
    'tls-failed': {
      title: 'Não foi possível configurar a criptografia',
      meaning: () => 'Os dois lados não conseguiram combinar uma conexão criptografada.',
      fix: 'Avise quem cuida do servidor ou da rede no meio do caminho; os detalhes acima mostram onde parou.',
    },
    'auth-not-offered': {
      title: 'O servidor não oferece nenhuma forma de login',
      meaning: () => 'Depois de criptografar, o servidor não listou nenhum método de login, então o Close não consegue fazer login para enviar.',
      fix: 'Peça a quem administra o serviço de e-mail para ativar o SMTP autenticado para a caixa de correio e aceitar os endereços IP de onde o Close envia.',
    },
    'auth-in-clear': {
      title: 'O servidor oferece login antes da criptografia',
      meaning: () => 'O servidor deixa os aplicativos enviarem uma senha antes de a conexão ser criptografada. O Close sempre criptografa primeiro, mas é uma configuração fraca.',
      fix: 'Peça a quem cuida do servidor para oferecer o login só depois do STARTTLS.',
    },
    'xoauth2-missing': {
      title: 'O servidor não oferece o login da Microsoft',
      meaning: () => 'O servidor não lista XOAUTH2, o login que o Close usa com o botão da Microsoft.',
      fix: 'Se isso deveria ser o Microsoft 365, confira se as configurações do servidor apontam para a Microsoft. Caso contrário, conecte com o login próprio do provedor.',
    },
  },
  certificate: (f) =>
    `Certificado: para ${f.subject ?? 'um servidor sem nome'}, emitido por ${f.issuer ?? 'um emissor sem nome'}${f.expires ? `, válido até ${f.expires}` : ''}.`,
  nextStep: 'Próximo passo:',
  refusals: {
    'invalid-address': () => 'Isso não parece um endereço de email. Mande no formato nome@empresa.com que eu verifico.',
    'rate-limited-user': (count) =>
      `Você fez várias verificações em pouco tempo. Tente de novo em ${minutes(count)}; enquanto isso, podemos seguir sem ela.`,
    'rate-limited-global': (count) =>
      `Muitas verificações estão rodando agora. Tente de novo em ${minutes(count)}; enquanto isso, podemos seguir sem ela.`,
    'too-many-running': () => 'Tem muitas verificações rodando agora. Me peça de novo daqui a um minuto, ou seguimos sem ela.',
  },
  targetRefusals: {
    'invalid-host': 'Esse nome de servidor não é válido, então não me conectei a ele.',
    'port-not-allowed': 'Só me conecto a portas de email (25, 465, 587, 143, 993) e HTTPS, então deixei essa de lado.',
    'host-not-found': 'Esse nome de servidor não existe no DNS.',
    'blocked-unspecified': 'Esse servidor aponta para um endereço genérico, então não me conectei a ele.',
    'blocked-loopback': 'Esse servidor aponta para esta própria máquina, então não me conectei a ele.',
    'blocked-private': 'Esse servidor está numa rede privada que não posso acessar, então não me conectei a ele.',
    'blocked-link-local': 'Esse servidor está num endereço de link local que não posso acessar, então não me conectei a ele.',
    'blocked-cgnat': 'Esse servidor está num endereço interno de operadora que não posso acessar, então não me conectei a ele.',
    'blocked-unique-local': 'Esse servidor está numa rede IPv6 privada que não posso acessar, então não me conectei a ele.',
    'blocked-multicast': 'Esse servidor aponta para um endereço multicast, então não me conectei a ele.',
    'blocked-reserved': 'Esse servidor aponta para um endereço reservado, então não me conectei a ele.',
    'blocked-cloud-metadata': 'Esse servidor aponta para um endereço de metadados de nuvem, então não me conectei a ele.',
  },
  progress: (running, left) =>
    running.length > 0
      ? `Verificando: ${running.join(', ')} (falta${left === 1 ? '' : 'm'} ${left})…`
      : `Falta${left === 1 ? '' : 'm'} ${left} verificaç${left === 1 ? 'ão' : 'ões'}…`,
  offer: (address) => `Quer que eu verifique ${address} de verdade? Leva uns 15 segundos, e nada é alterado nem enviado.`,
  signInOffer:
    'Posso ir mais fundo se você entrar com a Microsoft: eu testaria o envio e a sincronização como você e mandaria uma mensagem de teste para a sua própria caixa de correio. Nada vai para mais ninguém, e eu esqueço o login quando a verificação termina.',
  signInPrompt: (uri, code) => `Abra ${uri} e digite o código ${code}. Eu continuo assim que você entrar.`,
  finished: (problems) =>
    problems === 0 ? 'Pronto: nada de errado encontrado.' : `Pronto: ${problems} ${problems === 1 ? 'coisa' : 'coisas'} para corrigir.`,
};
