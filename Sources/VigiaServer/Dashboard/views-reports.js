// Incidents (list, detail, acknowledge, resolve), summaries per stream and period, and models per taxonomy.

import { api } from './api.js';
import { h, replace, field, select, notice } from './dom.js';
import { t, labelName, isNormal, formatDateTime, formatNumber } from './i18n.js';
import { bars, columns } from './charts.js';
import { chip } from './labels.js';

const statuses = ['open', 'acknowledged', 'resolved'];

export async function incidents(root) {
  const { items: streams } = await api('GET', '/api/v1/streams');
  const names = Object.fromEntries(streams.map((s) => [s.id, s.name]));
  const stream = select([['', t('allStreams')], ...streams.map((s) => [s.id, s.name])], '');
  const status = select([['', '—'], ...statuses.map((name) => [name, t(`status_${name}`)])], '');
  const list = h('div', { 'aria-live': 'polite' });
  replace(root, h('h1', {}, t('incidentsTitle')),
    h('div', { class: 'filters' }, field(t('stream'), stream), field(t('status'), status)), list);
  const load = async () => {
    replace(list, notice(t('loading')));
    const chosen = stream.value ? [stream.value] : streams.map((s) => s.id);
    const query = status.value ? `?status=${status.value}&limit=100` : '?limit=100';
    const found = (await Promise.all(chosen.map((id) =>
      api('GET', `/api/v1/streams/${encodeURIComponent(id)}/incidents${query}`)))).flatMap((page) => page.items);
    found.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
    if (!found.length) {
      replace(list, notice(t('noIncidents')));
      return;
    }
    replace(list, h('table', { class: 'incidents' },
      h('thead', {}, h('tr', {}, [t('label'), t('stream'), t('severity'), t('status'), t('started'), t('ended'),
        t('messagesCount'), t('actions')].map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, found.map((incident) => h('tr', {},
        h('td', {}, h('a', { href: `#/incidents/${incident.id}` }, labelName(incident.label))),
        h('td', {}, names[incident.stream] ?? incident.stream),
        h('td', {}, h('span', { class: `badge severity-${incident.severity}` }, t(`severity_${incident.severity}`))),
        h('td', {}, t(`status_${incident.status}`)),
        h('td', { class: 'nowrap' }, formatDateTime(incident.startedAt)),
        h('td', { class: 'nowrap' }, incident.endedAt ? formatDateTime(incident.endedAt) : t('ongoing')),
        h('td', { class: 'number' }, formatNumber(incident.messageCount)),
        h('td', {}, actions(incident, load)))))));
  };
  stream.addEventListener('change', load);
  status.addEventListener('change', load);
  await load();
}

function actions(incident, reload) {
  const act = (verb) => async () => {
    await api('POST', `/api/v1/incidents/${incident.id}/${verb}`);
    await reload();
  };
  return h('div', { class: 'buttons compact' },
    incident.status === 'open' && h('button', { type: 'button', onclick: act('ack') }, t('acknowledge')),
    incident.status !== 'resolved' && h('button', { type: 'button', onclick: act('resolve') }, t('resolve')));
}

/** Seconds per column of an incident's timeline, and the minutes shown around it. */
const bucketSeconds = 10;
const marginMinutes = 5;

export async function incident(root, page, id) {
  const found = await api('GET', `/api/v1/incidents/${encodeURIComponent(id)}`);
  const stream = await api('GET', `/api/v1/streams/${encodeURIComponent(found.stream)}`);
  const [{ items: insights }, samples] = await Promise.all([
    api('GET', `/api/v1/streams/${encodeURIComponent(found.stream)}/insights?incident=${found.id}`),
    Promise.all(found.sampleMessageIds.map((message) => api('GET', `/api/v1/messages/${message}`).catch(() => null))),
  ]);
  const started = Date.parse(found.startedAt);
  const ended = found.endedAt ? Date.parse(found.endedAt) : Date.now();
  const from = started - marginMinutes * 60_000;
  const to = Math.min(Date.now(), ended + marginMinutes * 60_000);
  const chart = h('div', { class: 'chart-box' }, notice(t('loading')));
  replace(root,
    h('p', {}, h('a', { href: '#/incidents' }, '← ', t('incidentsTitle'))),
    h('div', { class: 'title-row' }, h('h1', {}, t('incidentTitle', { id: found.id }), ' · ', labelName(found.label)),
      h('span', { class: `badge severity-${found.severity}` }, t(`severity_${found.severity}`))),
    h('p', { class: 'meta' }, h('a', { href: `#/streams/${encodeURIComponent(stream.id)}` }, stream.name), ' · ',
      found.taxonomy, ' · ', t(`status_${found.status}`)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('started')), h('dd', {}, formatDateTime(found.startedAt)),
      h('dt', {}, t('peak')), h('dd', {}, formatDateTime(found.peakAt)),
      h('dt', {}, t('ended')), h('dd', {}, found.endedAt ? formatDateTime(found.endedAt) : t('ongoing')),
      h('dt', {}, t('messagesCount')), h('dd', {}, formatNumber(found.messageCount), ' · ', t('share', { n: formatNumber(found.share * 100) })),
      h('dt', {}, t('peakRate')),
      h('dd', {}, t('observedRate', { n: formatNumber(found.observedRate, 1), b: formatNumber(found.baselineRate, 1) })),
      found.acknowledgedBy && h('dt', {}, t('status_acknowledged')),
      found.acknowledgedBy && h('dd', {}, t('acknowledgedBy', { who: found.acknowledgedBy, when: formatDateTime(found.acknowledgedAt) }))),
    actions(found, () => incident(root, page, id)),
    h('section', { class: 'panel' }, h('h2', {}, t('insight')),
      insights.length ? insights.map((insight) => h('p', { class: 'insight' }, insight.message)) : h('p', {}, '—')),
    h('section', { class: 'panel' }, h('h2', {}, t('timeline')), h('p', { class: 'meta' }, t('timelineHelp')), chart),
    h('section', { class: 'panel' }, h('h2', {}, t('samples')),
      h('ul', { class: 'samples' }, samples.filter(Boolean).map((message) =>
        h('li', {}, h('span', { class: 'meta' }, formatDateTime(message.ts)), h('p', { class: 'text' }, message.text),
          h('span', { class: 'chips' }, message.predictions.map(chip)))))));

  // The label's messages around the incident, counted in columns of ten seconds.
  const counts = new Map();
  let cursor = null;
  for (let pages = 0; pages < 20; pages += 1) {
    const parameters = new URLSearchParams({
      taxonomy: found.taxonomy, label: found.label, from: new Date(from).toISOString(), to: new Date(to).toISOString(),
      limit: '500',
    });
    if (cursor) parameters.set('cursor', cursor);
    const result = await api('GET', `/api/v1/streams/${encodeURIComponent(found.stream)}/messages?${parameters}`);
    for (const message of result.items) {
      const bucket = Math.floor(Date.parse(message.ts) / (bucketSeconds * 1000)) * bucketSeconds * 1000;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  const buckets = [];
  for (let at = Math.floor(from / 10_000) * 10_000; at <= to; at += bucketSeconds * 1000) buckets.push({ at, value: counts.get(at) ?? 0 });
  replace(chart, columns(buckets, { label: t('timelineHelp'), marked: [started, ended] }),
    h('div', { class: 'axis' }, h('span', {}, formatDateTime(new Date(from).toISOString())),
      h('span', {}, formatDateTime(new Date(to).toISOString()))));
}

function dateInput(date) { return h('input', { type: 'date', value: date.toISOString().slice(0, 10) }); }

export async function summaries(root) {
  const { items: streams } = await api('GET', '/api/v1/streams');
  replace(root, h('h1', {}, t('summariesTitle')));
  if (!streams.length) {
    root.append(notice(t('noStreams')));
    return;
  }
  const stream = select(streams.map((s) => [s.id, s.name]), streams[0].id);
  const today = new Date();
  const from = dateInput(new Date(today.getTime() - 6 * 86_400_000));
  const to = dateInput(today);
  const output = h('div', { 'aria-live': 'polite' });
  const weekly = h('div');
  const form = h('form', { class: 'filters' }, field(t('stream'), stream), field(t('from'), from), field(t('to'), to),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('summarize'))));
  root.append(form, output, h('section', { class: 'panel' }, h('h2', {}, t('weekly')), weekly));
  const load = async () => {
    replace(output, notice(t('loading')));
    const end = new Date(`${to.value}T00:00:00`);
    end.setDate(end.getDate() + 1);
    const parameters = new URLSearchParams({ from: new Date(`${from.value}T00:00:00`).toISOString(), to: end.toISOString() });
    const base = `/api/v1/streams/${encodeURIComponent(stream.value)}`;
    try {
      const [summary, { items }] = await Promise.all([
        api('GET', `${base}/summary?${parameters}`), api('GET', `${base}/summaries`),
      ]);
      replace(output, summaryView(summary));
      replace(weekly, items.length
        ? h('ul', { class: 'weekly' }, items.map((item) => h('li', {}, h('details', {},
          h('summary', {}, formatDateTime(item.from), ' – ', formatDateTime(item.to)), summaryView(item)))))
        : notice(t('noWeekly')));
    } catch (error) {
      replace(output, notice(t('error', { reason: error.message }), 'error'));
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  await load();
}

function summaryView(summary) {
  // "Nothing wrong" would dwarf every complaint: its number is said, and the bars compare the rest.
  const byTaxonomy = new Map();
  const normal = [];
  for (const count of summary.labels) {
    if (isNormal(count.label)) {
      normal.push(t('normalCount', { label: labelName(count.label), n: formatNumber(count.count) }));
      continue;
    }
    if (!byTaxonomy.has(count.taxonomy)) byTaxonomy.set(count.taxonomy, []);
    byTaxonomy.get(count.taxonomy).push({ name: count.label, value: count.count });
  }
  return h('div', { class: 'summary panel' },
    h('p', { class: 'lead' }, summary.text),
    normal.length > 0 && h('p', { class: 'meta' }, normal.join(' · ')),
    h('div', { class: 'chart-row' }, [...byTaxonomy].map(([taxonomy, items]) =>
      bars(items.sort((a, b) => b.value - a.value), { title: `${t('countsPerLabel')} · ${taxonomy}` }))),
    summary.incidents.length > 0 && h('section', {}, h('h3', {}, t('incidentsInPeriod')),
      h('ul', {}, summary.incidents.map((incident) => h('li', {},
        h('a', { href: `#/incidents/${incident.id}` }, labelName(incident.label)), ' · ',
        formatDateTime(incident.startedAt), ' · ', formatNumber(incident.messageCount), ' ', t('messagesCount').toLowerCase())))),
    summary.terms.length > 0 && h('section', {}, h('h3', {}, t('terms')),
      h('p', { class: 'terms' }, summary.terms.map((term) => h('span', { class: 'term' }, `${term.term} (${formatNumber(term.count)})`)))),
    summary.examples.length > 0 && h('section', {}, h('h3', {}, t('examples')),
      h('ul', { class: 'samples' }, summary.examples.map((example) => h('li', {}, h('p', { class: 'text' }, example.text),
        chip({ taxonomy: example.taxonomy, label: example.label, confidence: example.confidence }))))));
}

export async function models(root, page, name) {
  const { items } = await api('GET', '/api/v1/taxonomies');
  if (!name) {
    replace(root, h('h1', {}, t('modelsTitle')),
      h('table', { class: 'models' },
        h('thead', {}, h('tr', {}, [t('taxonomy'), t('labels'), t('accuracy'), t('macroF1'), t('trainingExamples'), t('versions')]
          .map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, items.map((item) => h('tr', {},
          h('td', {}, h('a', { href: `#/models/${encodeURIComponent(item.name)}` }, item.name), ' ',
            h('span', { class: 'badge' }, item.builtIn ? t('builtIn') : t('own'))),
          h('td', { class: 'number' }, formatNumber(item.labels.length)),
          h('td', { class: 'number' }, metric(item.running.accuracy)),
          h('td', { class: 'number' }, metric(item.running.macroF1)),
          h('td', { class: 'number' }, formatNumber(item.running.trainingExamples)),
          h('td', { class: 'number' }, formatNumber(item.versions)))))));
    return;
  }
  const found = await api('GET', `/api/v1/taxonomies/${encodeURIComponent(name)}/models`);
  const taxonomy = items.find((item) => item.name === name);
  replace(root,
    h('p', {}, h('a', { href: '#/models' }, '← ', t('modelsTitle'))),
    h('h1', {}, name, taxonomy && h('span', { class: 'badge' }, taxonomy.builtIn ? t('builtIn') : t('own'))),
    found.running && h('section', { class: 'panel' }, h('h2', {}, t('running')),
      h('dl', { class: 'facts' },
        found.running.version && [h('dt', {}, t('version')), h('dd', {}, found.running.version)],
        h('dt', {}, t('accuracy')), h('dd', {}, metric(found.running.accuracy)),
        h('dt', {}, t('macroF1')), h('dd', {}, metric(found.running.macroF1)),
        h('dt', {}, t('trainingExamples')), h('dd', {}, formatNumber(found.running.trainingExamples))),
      confusion(found.running.confusion)),
    h('section', { class: 'panel' }, h('h2', {}, t('versions')),
      found.items.length ? h('table', { class: 'models' },
        h('thead', {}, h('tr', {}, [t('version'), t('aliases'), t('accuracy'), t('macroF1'), t('trainingExamples'), t('createdAt')]
          .map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, found.items.map((version) => h('tr', {},
          h('td', { class: 'number' }, version.version),
          h('td', {}, version.aliases.join(', ') || '—'),
          h('td', { class: 'number' }, metric(version.metrics.accuracy)),
          h('td', { class: 'number' }, metric(version.metrics.macroF1)),
          h('td', { class: 'number' }, version.metrics.trainingExamples === undefined ? '—' : formatNumber(version.metrics.trainingExamples)),
          h('td', { class: 'nowrap' }, formatDateTime(version.createdAt))))))
        : notice(t('noVersions'))));
}

function metric(value) { return value === undefined || value === null ? '—' : `${formatNumber(value * 100, 1)}%`; }

/** A confusion matrix as a table, each cell shaded by its share of its row. */
function confusion(matrix) {
  if (!matrix || !Object.keys(matrix).length) return h('p', { class: 'meta' }, t('noConfusion'));
  const labels = [...new Set([...Object.keys(matrix), ...Object.values(matrix).flatMap((row) => Object.keys(row))])].sort();
  return h('figure', { class: 'confusion' },
    h('figcaption', {}, t('confusion'), h('span', { class: 'meta' }, ' — ', t('confusionHelp'))),
    h('div', { class: 'scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${t('truth')} \\ ${t('predicted')}`),
        labels.map((label) => h('th', { scope: 'col', title: label }, labelName(label))))),
      h('tbody', {}, labels.map((truth) => {
        const row = matrix[truth] ?? {};
        const total = Object.values(row).reduce((a, b) => a + b, 0) || 1;
        return h('tr', {}, h('th', { scope: 'row' }, labelName(truth)), labels.map((predicted) => {
          const value = row[predicted] ?? 0;
          const cell = h('td', { class: predicted === truth ? 'diagonal number' : 'number' }, value ? formatNumber(value) : '');
          cell.dataset.shade = String(Math.round((10 * value) / total));
          return cell;
        }));
      })))));
}
