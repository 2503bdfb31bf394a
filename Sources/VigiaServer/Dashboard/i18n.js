// Words of the dashboard in Brazilian Portuguese (the default) and English, and the names of the built-in labels.

const words = {
  'pt-BR': {
    appName: 'Vigia', skip: 'Pular para o conteúdo', language: 'Idioma', logout: 'Sair', loading: 'Carregando…',
    navStreams: 'Streams', navHistory: 'Histórico', navUpload: 'Analisar arquivo', navIncidents: 'Incidentes',
    navSummaries: 'Resumos', navModels: 'Modelos',
    loginTitle: 'Entrar no Vigia', email: 'E-mail', password: 'Senha', signIn: 'Entrar', signingIn: 'Entrando…',
    loginFailed: 'E-mail ou senha incorretos.', sessionEnded: 'Sua sessão terminou. Entre de novo.',
    streamsTitle: 'Streams', noStreams: 'Nenhum stream ainda. Crie um pela API (POST /api/v1/streams).',
    perSecond: '{n}/s', openIncidents: 'Incidentes abertos', none: 'nenhum', source: 'Fonte',
    sourceApi: 'API (envio direto)', source_youtube: 'YouTube', source_twitch: 'Twitch', source_file: 'Arquivo',
    sourceState_connecting: 'conectando', sourceState_connected: 'conectado', sourceState_lagging: 'sem mensagens novas',
    sourceState_error: 'erro', sourceState_ended: 'encerrado', sourceState_stopped: 'parado', live: 'ao vivo', offline: 'desconectado', reconnecting: 'reconectando…',
    kind_chat: 'chat', kind_feedback: 'feedback', kind_conversation: 'conversa', kind_logs: 'logs',
    ratePerSecond: 'Mensagens por segundo por categoria', taxonomy: 'Taxonomia', includeNormal: 'Incluir “sem problema”',
    totalRate: '{n} mensagens/s (média dos últimos 10 s)', lastSeconds: 'últimos {n} s', inWindow: 'Nos últimos {n} min:',
    incidentsTimeline: 'Incidentes e insights', noIncidents: 'Nenhum incidente neste stream.',
    liveFeed: 'Mensagens ao vivo', pause: 'Pausar', resume: 'Continuar', paused: 'Pausado: {n} novas mensagens esperando',
    filterByLabel: 'Filtrar por rótulo', allLabels: 'Todos os rótulos', correctLabel: 'Corrigir rótulo',
    correctTitle: 'Corrigir o rótulo da mensagem', newLabel: 'Rótulo correto', save: 'Salvar', cancel: 'Cancelar',
    saved: 'Rótulo salvo: {label}', saveFailed: 'Não foi possível salvar: {reason}', corrected: 'corrigido',
    waitingMessages: 'Esperando mensagens…',
    historyTitle: 'Histórico', search: 'Buscar', searchText: 'Texto', stream: 'Stream', from: 'De', to: 'Até',
    label: 'Rótulo', minConfidence: 'Confiança mínima', maxConfidence: 'Confiança máxima', anyTaxonomy: 'Qualquer',
    time: 'Horário', author: 'Autor', text: 'Mensagem', labels: 'Rótulos', actions: 'Ações', next: 'Próxima página',
    previous: 'Página anterior', page: 'Página {n}', noResults: 'Nenhuma mensagem encontrada.',
    exportCsv: 'Exportar CSV', exportJson: 'Exportar JSON', exporting: 'Exportando…', exported: 'Arquivo baixado: {name}',
    uploadTitle: 'Analisar mensagens', uploadHelp: 'Envie um arquivo .csv (com uma coluna text, texto, mensagem ou comentario), .json (lista de textos ou de objetos com text) ou .txt, ou cole os textos abaixo, um por linha.',
    file: 'Arquivo', pasted: 'Ou cole os textos', analyze: 'Analisar', analyzing: 'Analisando…',
    jobProgress: 'Processando: {n}%', jobDone: 'Concluído: {n} mensagens', jobFailed: 'A análise falhou: {reason}',
    countsPerLabel: 'Mensagens por rótulo', results: 'Resultados', nothingToAnalyze: 'Escolha um arquivo ou cole algum texto.',
    incidentsTitle: 'Incidentes', status: 'Situação', severity: 'Gravidade', started: 'Início', ended: 'Fim',
    peak: 'Pico', messagesCount: 'Mensagens', status_open: 'aberto', status_acknowledged: 'reconhecido',
    status_resolved: 'resolvido', severity_low: 'baixa', severity_medium: 'média', severity_high: 'alta',
    severity_critical: 'crítica', acknowledge: 'Reconhecer', resolve: 'Resolver', details: 'Detalhes',
    incidentTitle: 'Incidente #{id}', observedRate: '{n}/min (normal: {b}/min)', share: '{n}% das mensagens',
    acknowledgedBy: 'Reconhecido por {who} em {when}', peakRate: 'Taxa no pico',
    normalCount: '{label}: {n} (fora do gráfico)', insight: 'Insight', samples: 'Exemplos', timeline: 'Linha do tempo',
    timelineHelp: 'Mensagens com o rótulo do incidente a cada 10 s, do início ao fim (com 5 min antes e depois).',
    allStreams: 'Todos os streams', ongoing: 'em andamento',
    summariesTitle: 'Resumos', summarize: 'Resumir', period: 'Período', weekly: 'Resumos semanais',
    noWeekly: 'Nenhum resumo semanal ainda: o servidor escreve o de cada semana (segunda a segunda) na hora seguinte ao fim dela.',
    terms: 'Termos em destaque', examples: 'Exemplos', incidentsInPeriod: 'Incidentes no período',
    modelsTitle: 'Modelos', builtIn: 'nativo', own: 'próprio', versions: 'Versões', version: 'Versão',
    running: 'Em uso', accuracy: 'Acurácia', macroF1: 'Macro-F1', trainingExamples: 'Exemplos de treino',
    createdAt: 'Criado em', aliases: 'Apelidos', confusion: 'Matriz de confusão (validação)',
    confusionHelp: 'Linhas: rótulo verdadeiro; colunas: rótulo previsto.', noConfusion: 'Sem matriz de confusão para este modelo.',
    noVersions: 'Nenhuma versão no registro deste tenant.', truth: 'Verdadeiro', predicted: 'Previsto',
    error: 'Erro: {reason}', notFound: 'Não encontrado.', retry: 'Tentar de novo', close: 'Fechar',
  },
  en: {
    appName: 'Vigia', skip: 'Skip to content', language: 'Language', logout: 'Sign out', loading: 'Loading…',
    navStreams: 'Streams', navHistory: 'History', navUpload: 'Analyze a file', navIncidents: 'Incidents',
    navSummaries: 'Summaries', navModels: 'Models',
    loginTitle: 'Sign in to Vigia', email: 'E-mail', password: 'Password', signIn: 'Sign in', signingIn: 'Signing in…',
    loginFailed: 'Wrong e-mail or password.', sessionEnded: 'Your session ended. Please sign in again.',
    streamsTitle: 'Streams', noStreams: 'No streams yet. Create one through the API (POST /api/v1/streams).',
    perSecond: '{n}/s', openIncidents: 'Open incidents', none: 'none', source: 'Source',
    sourceApi: 'API (direct push)', source_youtube: 'YouTube', source_twitch: 'Twitch', source_file: 'File',
    sourceState_connecting: 'connecting', sourceState_connected: 'connected', sourceState_lagging: 'no new messages',
    sourceState_error: 'error', sourceState_ended: 'ended', sourceState_stopped: 'stopped', live: 'live', offline: 'disconnected', reconnecting: 'reconnecting…',
    kind_chat: 'chat', kind_feedback: 'feedback', kind_conversation: 'conversation', kind_logs: 'logs',
    ratePerSecond: 'Messages per second by category', taxonomy: 'Taxonomy', includeNormal: 'Include “no issue”',
    totalRate: '{n} messages/s (average of the last 10 s)', lastSeconds: 'last {n} s', inWindow: 'In the last {n} min:',
    incidentsTimeline: 'Incidents and insights', noIncidents: 'No incidents on this stream.',
    liveFeed: 'Live messages', pause: 'Pause', resume: 'Resume', paused: 'Paused: {n} new messages waiting',
    filterByLabel: 'Filter by label', allLabels: 'All labels', correctLabel: 'Correct label',
    correctTitle: 'Correct the message’s label', newLabel: 'Correct label', save: 'Save', cancel: 'Cancel',
    saved: 'Label saved: {label}', saveFailed: 'Could not save: {reason}', corrected: 'corrected',
    waitingMessages: 'Waiting for messages…',
    historyTitle: 'History', search: 'Search', searchText: 'Text', stream: 'Stream', from: 'From', to: 'To',
    label: 'Label', minConfidence: 'Minimum confidence', maxConfidence: 'Maximum confidence', anyTaxonomy: 'Any',
    time: 'Time', author: 'Author', text: 'Message', labels: 'Labels', actions: 'Actions', next: 'Next page',
    previous: 'Previous page', page: 'Page {n}', noResults: 'No messages found.',
    exportCsv: 'Export CSV', exportJson: 'Export JSON', exporting: 'Exporting…', exported: 'File downloaded: {name}',
    uploadTitle: 'Analyze messages', uploadHelp: 'Send a .csv file (with a text, texto, mensagem or comentario column), a .json file (a list of texts or of objects with text) or a .txt file, or paste the texts below, one per line.',
    file: 'File', pasted: 'Or paste the texts', analyze: 'Analyze', analyzing: 'Analyzing…',
    jobProgress: 'Processing: {n}%', jobDone: 'Done: {n} messages', jobFailed: 'The analysis failed: {reason}',
    countsPerLabel: 'Messages per label', results: 'Results', nothingToAnalyze: 'Choose a file or paste some text.',
    incidentsTitle: 'Incidents', status: 'Status', severity: 'Severity', started: 'Started', ended: 'Ended',
    peak: 'Peak', messagesCount: 'Messages', status_open: 'open', status_acknowledged: 'acknowledged',
    status_resolved: 'resolved', severity_low: 'low', severity_medium: 'medium', severity_high: 'high',
    severity_critical: 'critical', acknowledge: 'Acknowledge', resolve: 'Resolve', details: 'Details',
    incidentTitle: 'Incident #{id}', observedRate: '{n}/min (normal: {b}/min)', share: '{n}% of messages',
    acknowledgedBy: 'Acknowledged by {who} at {when}', peakRate: 'Peak rate',
    normalCount: '{label}: {n} (left out of the chart)', insight: 'Insight', samples: 'Samples', timeline: 'Timeline',
    timelineHelp: 'Messages with the incident’s label every 10 s, from start to end (with 5 min before and after).',
    allStreams: 'All streams', ongoing: 'ongoing',
    summariesTitle: 'Summaries', summarize: 'Summarize', period: 'Period', weekly: 'Weekly summaries',
    noWeekly: 'No weekly summary yet: the server writes each week’s (Monday to Monday) within the hour after it ends.',
    terms: 'Trending terms', examples: 'Examples', incidentsInPeriod: 'Incidents in the period',
    modelsTitle: 'Models', builtIn: 'built in', own: 'own', versions: 'Versions', version: 'Version',
    running: 'Running', accuracy: 'Accuracy', macroF1: 'Macro-F1', trainingExamples: 'Training examples',
    createdAt: 'Created', aliases: 'Aliases', confusion: 'Confusion matrix (validation)',
    confusionHelp: 'Rows: true label; columns: predicted label.', noConfusion: 'No confusion matrix for this model.',
    noVersions: 'No versions in this tenant’s registry.', truth: 'True', predicted: 'Predicted',
    error: 'Error: {reason}', notFound: 'Not found.', retry: 'Try again', close: 'Close',
  },
};

const labelNames = {
  'pt-BR': {
    nenhum: 'Sem problema', audio: 'Áudio', video: 'Vídeo', rede: 'Rede',
    'audio.sem_som': 'Áudio: sem som', 'audio.cortando': 'Áudio: cortando', 'audio.chiando': 'Áudio: chiando',
    'audio.eco': 'Áudio: eco', 'audio.atraso': 'Áudio: atraso', 'audio.sem_narracao': 'Áudio: sem narração',
    'video.tela_preta': 'Vídeo: tela preta', 'video.travando': 'Vídeo: travando', 'video.pixelando': 'Vídeo: pixelando',
    'video.qualidade_ruim': 'Vídeo: qualidade ruim', 'rede.buffering': 'Rede: buffering',
    'rede.live_caiu': 'Rede: live caiu', 'rede.erro_ao_abrir': 'Rede: erro ao abrir',
    elogio: 'Elogio', critica: 'Crítica', sugestao: 'Sugestão', duvida: 'Dúvida', spam: 'Spam',
  },
  en: {
    nenhum: 'No issue', audio: 'Audio', video: 'Video', rede: 'Network',
    'audio.sem_som': 'Audio: no sound', 'audio.cortando': 'Audio: cutting out', 'audio.chiando': 'Audio: hissing',
    'audio.eco': 'Audio: echo', 'audio.atraso': 'Audio: delay', 'audio.sem_narracao': 'Audio: no commentary',
    'video.tela_preta': 'Video: black screen', 'video.travando': 'Video: freezing', 'video.pixelando': 'Video: pixelated',
    'video.qualidade_ruim': 'Video: poor quality', 'rede.buffering': 'Network: buffering',
    'rede.live_caiu': 'Network: stream down', 'rede.erro_ao_abrir': 'Network: fails to open',
    elogio: 'Praise', critica: 'Criticism', sugestao: 'Suggestion', duvida: 'Question', spam: 'Spam',
  },
};

const stored = localStorage.getItem('vigia.language');
let language = stored && words[stored] ? stored : 'pt-BR';

export const languages = [['pt-BR', 'Português (Brasil)'], ['en', 'English']];

export function currentLanguage() { return language; }

export function setLanguage(next) {
  if (!words[next]) return;
  language = next;
  localStorage.setItem('vigia.language', next);
  document.documentElement.lang = next;
}

/** The sentence `key` in the current language, with `{name}` replaced by `params.name`. */
export function t(key, params = {}) {
  const sentence = words[language][key] ?? words['pt-BR'][key] ?? key;
  return sentence.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** A label id as people read it: the built-in names, else the id itself. */
export function labelName(label) { return labelNames[language][label] ?? label; }

/** The part of a label before its first dot: the category charts group by. */
export function category(label) { return label.split('.')[0]; }

/** Whether a label means "nothing wrong", which charts of complaints leave out by default. */
export function isNormal(label) { return category(label) === 'nenhum'; }

const dateTime = () => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' });
const timeOnly = () => new Intl.DateTimeFormat(language, { timeStyle: 'medium' });

export function formatDateTime(iso) { return iso ? dateTime().format(new Date(iso)) : '—'; }
export function formatTime(iso) { return iso ? timeOnly().format(new Date(iso)) : '—'; }
export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}
export function formatPercent(share) { return formatNumber(share * 100, 0) + '%'; }
