// History (search, filters, pages, export) and the upload of texts for batch analysis.

import { api } from './api.js';
import { h, replace, field, select, notice, download } from './dom.js';
import { t, labelName, formatDateTime, formatNumber } from './i18n.js';
import { bars } from './charts.js';
import { chip, correctionButton } from './labels.js';

/** What the history form had, kept while the page is open. */
const remembered = {};

function localInput(value) { return h('input', { type: 'datetime-local', value: value ?? '', step: 1 }); }
function isoOf(local) { return local ? new Date(local).toISOString() : ''; }

export async function history(root) {
  const [{ items: streams }, { items: taxonomies }] = await Promise.all([
    api('GET', '/api/v1/streams'), api('GET', '/api/v1/taxonomies'),
  ]);
  replace(root, h('h1', {}, t('historyTitle')));
  if (!streams.length) {
    root.append(notice(t('noStreams')));
    return;
  }
  const labelsOf = Object.fromEntries(taxonomies.map((item) => [item.name, item.labels]));
  const stream = select(streams.map((s) => [s.id, s.name]), remembered.stream ?? streams[0].id, { name: 'stream' });
  const text = h('input', { type: 'search', name: 'q', value: remembered.q ?? '' });
  const from = localInput(remembered.from);
  const to = localInput(remembered.to);
  const taxonomy = select([['', t('anyTaxonomy')], ...taxonomies.map((x) => [x.name, x.name])], remembered.taxonomy ?? '', { name: 'taxonomy' });
  const label = h('select', { name: 'label' });
  const minConfidence = h('input', { type: 'number', min: 0, max: 1, step: 0.05, name: 'minConfidence', value: remembered.minConfidence ?? '' });
  const maxConfidence = h('input', { type: 'number', min: 0, max: 1, step: 0.05, name: 'maxConfidence', value: remembered.maxConfidence ?? '' });
  const fillLabels = () => {
    const names = taxonomy.value ? labelsOf[taxonomy.value] ?? [] : [...new Set(taxonomies.flatMap((x) => x.labels))];
    label.replaceChildren(h('option', { value: '' }, t('allLabels')),
      ...names.map((name) => h('option', { value: name, selected: name === remembered.label }, labelName(name))));
  };
  fillLabels();
  taxonomy.addEventListener('change', fillLabels);

  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const exportStatus = h('span', { role: 'status' });
  const form = h('form', { class: 'filters', role: 'search' },
    field(t('stream'), stream), field(t('searchText'), text), field(t('from'), from), field(t('to'), to),
    field(t('taxonomy'), taxonomy), field(t('label'), label), field(t('minConfidence'), minConfidence),
    field(t('maxConfidence'), maxConfidence),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search'))));
  const exportButtons = h('div', { class: 'buttons' },
    h('button', { type: 'button', onclick: () => exportAs('csv') }, t('exportCsv')),
    h('button', { type: 'button', onclick: () => exportAs('json') }, t('exportJson')), exportStatus);
  root.append(form, exportButtons, results);

  const query = () => {
    Object.assign(remembered, {
      stream: stream.value, q: text.value, from: from.value, to: to.value, taxonomy: taxonomy.value, label: label.value,
      minConfidence: minConfidence.value, maxConfidence: maxConfidence.value,
    });
    const parameters = new URLSearchParams();
    const add = (name, value) => { if (value) parameters.set(name, value); };
    add('q', text.value.trim());
    add('from', isoOf(from.value));
    add('to', isoOf(to.value));
    add('taxonomy', taxonomy.value);
    add('label', label.value);
    add('minConfidence', minConfidence.value);
    add('maxConfidence', maxConfidence.value);
    return parameters;
  };

  let cursors = [null];
  const show = async (page) => {
    const parameters = query();
    parameters.set('limit', '50');
    if (cursors[page]) parameters.set('cursor', cursors[page]);
    replace(results, notice(t('loading')));
    try {
      const found = await api('GET', `/api/v1/streams/${encodeURIComponent(stream.value)}/messages?${parameters}`);
      cursors[page + 1] = found.nextCursor ?? null;
      const chosen = streams.find((s) => s.id === stream.value);
      replace(results,
        found.items.length ? messageTable(found.items, chosen, labelsOf) : notice(t('noResults')),
        h('nav', { class: 'pager', 'aria-label': t('page', { n: page + 1 }) },
          h('button', { type: 'button', disabled: page === 0, onclick: () => show(page - 1) }, t('previous')),
          h('span', {}, t('page', { n: page + 1 })),
          h('button', { type: 'button', disabled: !found.nextCursor, onclick: () => show(page + 1) }, t('next'))));
    } catch (error) {
      replace(results, notice(t('error', { reason: error.message }), 'error'));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cursors = [null];
    show(0);
  });

  async function exportAs(format) {
    const parameters = query();
    parameters.set('format', format);
    exportStatus.textContent = t('exporting');
    try {
      const answer = await api('GET', `/api/v1/streams/${encodeURIComponent(stream.value)}/export?${parameters}`, { raw: true });
      const name = `vigia-${stream.value}-${new Date().toISOString().slice(0, 10)}.${format}`;
      download(await answer.blob(), name);
      exportStatus.textContent = t('exported', { name });
    } catch (error) {
      exportStatus.textContent = t('error', { reason: error.message });
    }
  }
  show(0);
}

function messageTable(items, stream, labelsOf) {
  return h('table', { class: 'messages' },
    h('thead', {}, h('tr', {}, [t('time'), t('author'), t('text'), t('labels'), t('actions')].map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, items.map((message) => {
      const chips = h('td', { class: 'chips' }, message.predictions.map(chip));
      return h('tr', {},
        h('td', { class: 'nowrap' }, formatDateTime(message.ts)),
        h('td', {}, message.author ?? '—'),
        h('td', { class: 'text' }, message.text),
        chips,
        h('td', {}, correctionButton(message, stream.taxonomies, labelsOf, chips)));
    })));
}

/** Rows of an analysis's results a page shows. */
const resultsPerPage = 50;

export function upload(root) {
  const file = h('input', { type: 'file', accept: '.csv,.json,.txt,text/csv,application/json,text/plain' });
  const pasted = h('textarea', { rows: 6 });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('analyze'));
  const progress = h('progress', { max: 100, value: 0, class: 'hidden' });
  const status = h('div', { 'aria-live': 'polite' });
  const output = h('div');
  const form = h('form', { class: 'upload' },
    h('p', {}, t('uploadHelp')), field(t('file'), file), field(t('pasted'), pasted),
    h('div', { class: 'buttons' }, submit), progress, status);
  replace(root, h('h1', {}, t('uploadTitle')), form, output);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen && !pasted.value.trim()) {
      replace(status, notice(t('nothingToAnalyze'), 'error'));
      return;
    }
    submit.disabled = true;
    replace(output);
    replace(status, notice(t('analyzing')));
    try {
      let answer;
      if (chosen) {
        const data = new FormData();
        data.append('file', chosen, chosen.name);
        answer = await api('POST', '/api/v1/analyze', { body: data });
      } else {
        answer = await api('POST', '/api/v1/analyze', { body: pasted.value, contentType: 'text/plain' });
      }
      let result = answer.result;
      if (answer.status !== 'CONCLUIDO') {
        progress.classList.remove('hidden');
        let job = answer;
        while (job.status === 'PENDENTE' || job.status === 'PROCESSANDO') {
          progress.value = Math.round(job.progress * 100);
          replace(status, notice(t('jobProgress', { n: Math.round(job.progress * 100) })));
          await new Promise((resolve) => setTimeout(resolve, 500));
          job = await api('GET', `/api/v1/jobs/${job.id}`);
        }
        if (job.status === 'ERRO') throw new Error(job.error ?? 'ERRO');
        progress.value = 100;
        result = job.result;
      }
      replace(status, notice(t('jobDone', { n: formatNumber(result.count) }), 'success'));
      showResult(output, result);
    } catch (error) {
      replace(status, notice(t('jobFailed', { reason: error.message }), 'error'));
    } finally {
      submit.disabled = false;
    }
  });
}

function showResult(output, result) {
  const charts = Object.entries(result.labels).map(([taxonomy, counts]) =>
    bars(Object.entries(counts).map(([name, value]) => ({ name, value })).sort((a, b) => b.value - a.value),
      { title: `${t('countsPerLabel')} · ${taxonomy}` }));
  const table = h('div');
  const pages = Math.max(1, Math.ceil(result.items.length / resultsPerPage));
  const showPage = (page) => replace(table,
    h('table', { class: 'messages results-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('text')), h('th', { scope: 'col' }, t('labels')))),
      h('tbody', {}, result.items.slice(page * resultsPerPage, (page + 1) * resultsPerPage).map((item) =>
        h('tr', {}, h('td', { class: 'text' }, item.text), h('td', { class: 'chips' }, item.predictions.map(chip)))))),
    pages > 1 && h('nav', { class: 'pager', 'aria-label': t('page', { n: page + 1 }) },
      h('button', { type: 'button', disabled: page === 0, onclick: () => showPage(page - 1) }, t('previous')),
      h('span', {}, `${t('page', { n: page + 1 })} / ${pages}`),
      h('button', { type: 'button', disabled: page + 1 >= pages, onclick: () => showPage(page + 1) }, t('next'))));
  showPage(0);
  replace(output,
    h('section', { class: 'panel' }, h('h2', {}, t('countsPerLabel')), h('div', { class: 'chart-row' }, charts)),
    h('section', { class: 'panel' }, h('h2', {}, t('results')), table));
}
