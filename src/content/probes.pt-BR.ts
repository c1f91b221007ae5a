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
