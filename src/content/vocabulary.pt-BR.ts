import type { Vocabulary } from '../understanding/vocabulary.js';

/**
 * O que o intérprete em português procura além das intenções treinadas. Só reconhecimento: nunca é mostrado.
 * Todo padrão roda sobre o texto normalizado (minúsculas, sem acentos: "é" vira "e", "não" vira "nao").
 */
export const vocabularyPtBR: Vocabulary = {
  // "quando vou enviar, desconecta" é uma afirmação: "quando" só abre pergunta com um verbo de pergunta logo depois
  question:
    /\?\s*$|^(o que|oque|oq|q|que|qual|quais|como|por que|porque|pq|por q|onde|aonde|cade|quanto|quantos|quantas|quem|sera que|tem como|existe algum|existe alguma|e seguro|eh seguro|e normal|isso e|isso eh|posso|devo|da pra|da para|e possivel|eh possivel|precisa mesmo|preciso mesmo)\b|^(voce|vc|voces|vcs|tu) (pode|podem|consegue|conseguem|sabe|sabem|poderia|poderiam)\b|^quando (eu )?(posso|poderei|devo|vai funcionar|vai voltar|da pra)\b/,
  // "é" vira "e" na normalização: "e" só separa orações quando outro assunto começa logo depois
  clauseBreak:
    /\s*(?:[,;.!]|(?<!\bnao )\be (?=(?:a|o|os|as) (?:sincronizacao|sync|envio|recebimento|entrada|emails?|respostas?)\b)|\bmas\b|\bporem\b|\bentretanto\b|\bcontudo\b|\btodavia\b|\bso que\b|\bso\b|\bapenas\b|\bsomente\b|\benquanto\b|\bembora\b)\s*/,
  healthy:
    /\b(ok|okay|blz|beleza|certo|certinho|normal|normalmente|funciona|funcionam|funcionando|funcionou|bem|de boa|tranquilo|perfeito|perfeitamente|conectado|conectada|conectados|sem problemas?|sem erros?|tudo certo)\b/,
  unhealthy:
    /\b(nao|n|nunca|nada|nem|parou|pararam|parado|parada|parados|paradas|quebrado|quebrada|quebrou|falha|falham|falhando|falhou|erro|erros|desconecta|desconectou|desconectado|desconectada|desconectando|travado|travada|travados|travadas|travou|trava|preso|presos|presa|presas|problema|problemas|faltando|falta|sumiu|sumindo|sumiram|some|somem|pifou|morreu)\b/,
  notTheProblem:
    /\bnao (e|eh) (um |o |a |uma )?(problema|questao) (de|do|da|no|na|com)\b|\bo problema nao (e|eh|ta|esta) (no|na|o|a)\b|\bnao (e|eh) (o|no|na|a) (envio|sincronizacao|sync|recebimento)\b|\bnao tenho problema (com|no|na|de)\b/,
  sendingTopic:
    /\b(envio|enviar|envia|enviam|enviando|envie|mandar|mando|manda|mandam|mandando|disparo|disparos|disparar|dispara|outbox|caixa de saida|saida|sai|saem|sair|saindo|saiu|sairam|smtp|sequence|sequences|sequencia|sequencias|em massa|bulk|send|sending|entrega|entregar|entregues|entregando|workflow|workflows)\b/,
  syncingTopic:
    /\b(sincroniza|sincronizam|sincronizar|sincronizando|sincronizacao|sincronizou|sincronizado|sincronizados|sincronia|sync|syncing|sincronizacoes|recebo|receber|recebendo|recebe|recebem|recebidos|recebimento|caixa de entrada|entrada|inbox|respostas|resposta|itens enviados|pasta de enviados|pasta enviados|imap|chega|chegam|chegando|chegou|chegaram|aparecem|aparecendo|entram|entrando|puxa|puxar|puxando|timeline|activity feed|feed)\b/,
  disconnectTopic: /\b(desconecta|desconectou|desconectado|desconectada|desconectando|desconectar|disconnect|disconnected|disconnects|desconecto)\b/,
  // "sou" sozinho responde "Você é admin…?": só a mensagem inteira, para que "sou só um vendedor" não seja um sim
  leadingYes:
    /^(sim|s|ss|sss|sin|yes|exato|exatamente|correto|isso mesmo|isso ai|aham|uhum|claro|com certeza|positivo|afirmativo|sou sim|tenho sim|e sim|ta sim|esta sim|foi sim)\b|^isso[.! ]*$|^(eu )?sou( eu)?( sim| mesmo| eu mesmo| sim sou)?[.! ]*$/,
  // "não" também nega um verbo: só é um "não" de resposta seguido de pausa ou das palavras de quem responde
  leadingNo:
    /^(?:nao|n)(?:[,.!]|\s*$| (?!tenho (?:certeza|ideia|a menor|nenhuma ideia)|deu (?:mais )?erro|da erro|teve erro|ta la|esta la|ta aparecendo|esta aparecendo)(?:nao|sou|somos|e|eh|sao|temos|tenho|batem|bate|compramos|usamos|foi|fizemos|mesmo|obrigado|obrigada|valeu|infelizmente|ainda|continua|continuam|eles|deu|funcionou|saiu|chegou|rolou|mudou|resolveu|esta|ta|estao|tao|usei|uso|desculpa|sei nao)\b)|^(?:nop|nops|nope|negativo|que nada|claro que nao|de jeito nenhum|nem|nada|no|naum|nao nao)\b|^eu nao(?=\s*[,.!]|\s*$)/,
  human:
    /\b(falar|conversar|falo|converso) com (?:(?:um|uma|algum|alguma|o|a) )?(humano|humana|pessoa|atendente|agente|suporte|ser humano|alguem|especialista|tecnico|analista|gente de verdade)\b|\b(me )?(passa|passe|transfere|transfira|coloca|coloque|encaminha|encaminhe|chama|chame) (pra|para|com)? ?(?:(?:um|uma|o|a) )?(humano|pessoa|atendente|agente|suporte|alguem)\b|^(humano|atendente|pessoa|uma pessoa|um humano|um atendente|suporte|agente|atendimento humano|pessoa real|pessoa de verdade)( por favor| pfv| pf| pls)?[.!]*$|\b(quero|preciso|prefiro|gostaria de|queria) (de )?(um |uma )?(humano|atendente|pessoa de verdade|pessoa real|atendimento humano|ser humano)\b|\bescalar\b/,
  // a mensagem inteira, para que "resetei" ou "os emails antigos sumiram" não sejam navegação
  startOver:
    /^((vamos |podemos |quero |bora |por favor )?(recomecar|comecar de novo|comecar do zero|comecar tudo de novo|comecar outra vez|reiniciar|reiniciar a conversa|resetar|resetar a conversa|resetar tudo|do comeco|do inicio|voltar ao inicio|voltar pro inicio|zerar|zerar tudo|novo problema|outro problema|problema diferente|start over|restart))( por favor| pfv| pf)?[.! ]*$/,
  back: /^((espera,? |opa,? |ops,? |desculpa,? |foi mal,? )?(voltar|volta|volte|desfazer|desfaz|desfaca|pergunta anterior|passo anterior|anterior|voltar um passo|volta um passo|voltar uma|volta uma|voltar a pergunta anterior|volta pra pergunta anterior|voltar pra pergunta anterior|voltar para a pergunta anterior|back|undo))( por favor| pfv| pf)?[.! ]*$/,
  future: /\b(vou|vamos|irei|iremos|farei|faremos|depois|amanha|mais tarde|daqui a pouco|logo mais|ja ja|encaminharei|mandarei)\b/,
  // um relato de que algo não é (ainda) assim: nunca lido como sim, feito ou funcionando
  negated: /\bnao\b(?! (deu|da|teve|tem|apareceu|aparece) (mais )?erro)|\b(n|nunca|nem|ainda|continua|continuam|sequer)\b/,
  stillFailing:
    /\b(ainda|continua|continuam|de novo|novamente|outra vez|falha|falham|falhou|falhando|nao funciona|nao funcionou|nao deu certo|nao rolou|nao foi|nao saiu|quebrado|erro|desconecta|desconectou|desconectando|mesmo problema|mesma coisa)\b/,
  courtesy:
    /^(ok |blz |beleza |otimo |perfeito |show |legal |massa |top |ah |opa )?(obrigado|obrigada|obg|obgd|brigado|brigada|valeu|vlw|muito obrigado|muito obrigada|oi|ola|opa|e ai|eai|bom dia|boa tarde|boa noite|por favor|pfv|pf|por gentileza|tchau)( (mesmo|demais|pela ajuda|de novo|pessoal|galera|equipe|time))?[!. ]*$/,
  acknowledge: /^(ok|okay|blz|beleza|certo|entendi|ta bom|ta certo|combinado|ok entendi|ok beleza)[.! ]*$/,
  holdOn:
    /^(ok,? |beleza,? |blz,? )?(um momento|um segundo|so um (minuto|segundo|momento)|perai|pera ai|espera ai|espera um pouco|deixa eu (ver|olhar|checar|conferir|verificar)|vou (ver|olhar|checar|conferir|verificar)|to vendo|estou vendo|pode deixar|ja faco|vou fazer)[.! ]*$/,
  handedOver:
    /\b(mandei|enviei|encaminhei|passei|repassei)( (a mensagem|o pedido))?( (pra|para) (ele|ela|eles|o admin|o suporte))?\b/,
  notYet: /\bainda nao\b|\bnao (\w+ ){0,2}ainda\b|\b(continuo|estou|to|tou) esperando\b|\b(sem|nenhuma) resposta\b|\bnao (respondeu|responderam|retornou|retornaram|deu retorno|me respondeu)\b/,
  hedged: /\b(nao tenho certeza|nao sei|sei la|nem ideia|nao faco ideia)\b/,
  addressFiller:
    /^(e|eh|e o|e esse|e este|o meu e|meu (email|e-mail|endereco|endereco de email) e|o (email|e-mail|endereco) e|email|e-mail|endereco|caixa|usa|use|usa esse|tenta|tente|verifica|verifique|confere|confira|esse|este|esse aqui|aqui|segue|checa)?[:.!\s]*$/,
  facts: {
    notAdmin:
      /\b(nao|n) sou (eu )?(o |a |um |uma )?(admin|administrador|administradora|adm|admin global|administrador global)\b|\b(sem|nao tenho) (acesso|permissao|permissoes|direito|direitos) (de )?(admin|administrador|adm)\b|\bsou (so|apenas|somente) (um |uma )?(usuario|usuaria|vendedor|vendedora|sdr|representante)\b/,
    isAdmin:
      /\b(sou|eu sou|sou eu) (o |a |um |uma |o nosso |a nossa )?(admin|administrador|administradora|adm|admin global|administrador global|admin de ti|admin do 365|admin do microsoft 365|admin do office)\b|\btenho (acesso|permissao|permissoes|direitos?) (de )?(admin|administrador|adm)\b|\b(o )?centro de administracao (abriu|abre|funciona|carregou)\b|\bconsigo (abrir|entrar no|acessar o) centro de administracao\b/,
    // access refused, or only once: "it opens but says I have no permission", "last year, not now"
    adminDenied:
      /\b(acesso|permissao) negad[oa]\b|\bsem (permissao|permissoes|acesso|autorizacao)\b|\b(nao|n) (tenho|tem) (a |o )?(permissao|permissoes|acesso|autorizacao)\b|\b(nao|n) (estou |sou )?autorizad[oa]\b|\b(nao|n) me deixa (entrar|acessar|abrir)\b|\b(nao|n) consigo mais (abrir|entrar|acessar)\b|(,|\bmas|\be) (agora|hoje) (nao|n)( mais)?[.!]*$/,
    amOne: /^(ok,? |ah,? |opa,? |pera,? )?(na verdade,? )?(acho que |parece que |no fim )?(sou sim|eu sou sim|sou eu|eu sou|sou)( sim| na verdade)?[.! ]*$/,
    // ligado à configuração: "a conta está ativa" não diz nada sobre a caixa de seleção
    toggleOn:
      /\b(smtp autenticado|smtp auth|authenticated smtp|a caixa|a caixinha|o checkbox|a opcao|a configuracao)( ja)?( esta| ta| tava| estava)?( ja)? (marcado|marcada|ativado|ativada|habilitado|habilitada|ligado|ligada)\b|\b(ja )?(esta|ta|tava|estava) (ja )?(marcado|marcada|marcadinho)\b|\bja (marquei|ativei|habilitei|liguei)\b|\b(marquei|ativei|habilitei) (o smtp autenticado|smtp autenticado|smtp auth|a opcao|a caixa)\b/,
    toggleOff:
      /\b(smtp autenticado|smtp auth|authenticated smtp|a caixa|a caixinha|o checkbox|a opcao|a configuracao)( ja)? (nao|nunca) (esta |ta |tava |estava |foi )?(marcado|marcada|ativado|ativada|habilitado|habilitada|ligado|ligada)\b|\b(nao|n) (esta|ta|tava|estava) (marcado|marcada|ativado|ativada|habilitado|habilitada)\b|\b(esta|ta|tava|estava) (desmarcado|desmarcada|desativado|desativada|desabilitado|desabilitada|desligado|desligada)\b|\b(smtp autenticado|smtp auth|a caixa|a caixinha|o checkbox) (desmarcado|desmarcada|desativado|desativada|desligado|desligada|off)\b/,
    // uma mudança e um tempo juntos ("meu admin fez ontem"): um tempo sozinho é quando o problema começou
    changedEarlier:
      /\b(fiz|fizemos|fez|fizeram|mudei|mudamos|mudou|mudaram|alterei|alteramos|alterou|ativei|ativamos|ativou|ativaram|marquei|marcamos|marcou|marcaram|habilitei|habilitou|habilitaram)\b.*\b(ontem|semana passada|mes passado|hoje cedo|hoje de manha|ha horas|ha dias|faz horas|faz dias|ha uma hora|faz uma hora|faz tempo|ha um tempo|faz um tempo|ha muito tempo|faz muito tempo|mais cedo)\b/,
    notProvider: /\b(nao|nunca|nem|saimos|mudamos|trocamos|deixamos|largamos|usava|usavamos|antigo|antiga|antes)\b/,
    microsoftSignIn:
      /\b(login (da|com a|pela|com) microsoft|entrar com (a )?microsoft|entrei com (a )?microsoft|conectei com (a )?microsoft|botao (da |de login da )?microsoft|conta microsoft|oauth|sign in with microsoft|botao (do )?office ?365)\b/,
    password:
      /\b(com (a |uma |minha )?senha|senha de app|senha de aplicativo|configuracoes (do )?(smtp|imap|servidor)|configuracao (do )?(smtp|imap|servidor)|dados do servidor|servidor e (a )?porta|manualmente|na mao|smtp personalizado|imap personalizado)\b/,
    selfManaged:
      /\b(nos mesmos (administramos|gerenciamos|cuidamos)|(administramos|gerenciamos|cuidamos) (nos mesmos|internamente|sozinhos|por conta propria)|a gente mesmo (administra|gerencia|cuida)|nosso proprio tenant|direto (da|com a) microsoft|compramos (direto )?(da|com a|na) microsoft|sem provedor|nenhum provedor|nao tem provedor|nao (e|foi) (por|via|atraves de) (um )?provedor)\b/,
    providers: [
      [/\b(go ?daddy|secureserver)\b/, 'GoDaddy'],
      [/\brackspace\b/, 'Rackspace'],
      [/\b(ionos|1&1|1and1)\b/, 'IONOS'],
      [/\blocaweb\b/, 'Locaweb'],
      [/\b(hostgator|host gator)\b/, 'HostGator'],
      [/\bkinghost\b/, 'KingHost'],
      [/\b(revenda|revendedor|revendedora|empresa de hospedagem|hospedagem|comprado (por|via|atraves de) (um|uma|o|a) (provedor|parceiro|revenda)|compramos (por|via|atraves de) (um|uma|o|a|nosso) (provedor|parceiro|revenda))\b/, 'o seu provedor'],
    ],
    // o texto antes de um endereço chega em minúsculas mas com acentos
    closeAddressCue: /\b(no close|o close usa|close usa|conectad[oa] no close|endere[cç]o (do|no) close|e-?mail (do|no) close|pelo close|com o close|uso no close|usamos no close|ao close|na conta do close)\b/,
    usernameCue: /\b(nome de usu[aá]rio|usu[aá]rio|username|upn|login|logo com|entro com|fa[cç]o login com)\b/,
  },
  choices: {
    'toggle-on': /\b(marcado|marcada|marcadinho|ativado|ativada|habilitado|habilitada|ligado|ligada|ja esta|ja ta)\b/,
    'toggle-off':
      /\b(desmarcado|desmarcada|(nao|n) (esta |ta |tava |estava )?(marcado|marcada|ativado|ativada|habilitado|habilitada|ligado|ligada)|desativado|desativada|desabilitado|desabilitada|desligado|desligada|off)\b/,
    'cannot-find-setting':
      /\b(nao|n) (consigo|to conseguindo|estou conseguindo) (achar|encontrar|ver|localizar)\b|\b(nao|n) (acho|achei|encontro|encontrei|vejo|estou vendo|to vendo|to achando|estou achando|estou encontrando|to encontrando)\b|\b(nao|n) (aparece|existe|tem essa|tem esse|ta la|esta la)\b|\bsumiu\b|\b(cinza|acinzentad[oa]|desabilitad[oa] pra clicar)\b/,
    'provider-enabled': /\b(ativaram|ativou|habilitaram|habilitou|ligaram|ligou|fizeram|fez|ja fizeram|ja fez|resolveram|resolveu|marcaram|marcou|feito|pronto)\b/,
    'provider-refused': /\b(recus\w*|negaram|negou|(nao|n) (podem|pode|querem|quer|vao|conseguem|consegue|fazem|faz|da)|disseram que nao|nao)\b/,
    'provider-manages-it': /\b(provedor|revenda|revendedor|go ?daddy|locaweb|hostgator|kinghost)\b/,
    'admin-done': /\b(feito|fez|fizeram|ja fez|pronto|terminou|mudou|alterou|sim)\b/,
    'microsoft-sign-in': /\b(microsoft|login (da|com a) microsoft|botao (da )?microsoft|oauth|office ?365)\b/,
    password: /\b(senha|senha de app|personalizad[oa]|configuracoes (do )?(smtp|imap|servidor)|manual|manualmente|na mao)\b/,
    'sending-disconnected': /\b(envio|sending)\b.*\b(desconectad[oa]|desligad[oa]|erro|vermelho|off)\b/,
    'syncing-disconnected': /\b(sincronizacao|sync|syncing)\b.*\b(desconectad[oa]|desligad[oa]|erro|vermelho|off)\b/,
    'both-disconnected': /\b(os dois|as duas|ambos|ambas|todos|tudo)\b.*\b(desconectad[oa]s?|desligad[oa]s?|vermelhos?|off)\b/,
    'both-connected': /\b(os dois|as duas|ambos|ambas|todos|tudo)\b.*\b(conectad[oa]s?|verdes?|ok|normal|certo)\b/,
    'describe-instead': /\b(nao tenho (nenhuma|nenhum|erro|mensagem)|sem (erro|mensagem)|nenhuma|nenhum)\b/,
    'run-check-signed-in': /\b(com (o )?(meu )?login|logad[oa]|entrando com|com (a )?minha conta)\b/,
    'check-close-status': /\b(ver|olhar|abrir|conferir|checar|verificar) (o close|no close|settings|connected accounts|accounts (&|e|and) apps)\b/,
    'something-else': /\b(outra coisa|nenhuma dessas|nenhum desses|outro problema)\b/,
    continue: /\b(continuar|pode continuar|seguir|seguir em frente|vamos la|proximo|bora|entendi)\b/,
  },
};
