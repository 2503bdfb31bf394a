// The streams overview and a stream's live view: what an operator watches during a live.

import { api, events } from './api.js';
import { h, replace, field, select, notice, throttled } from './dom.js';
import { t, labelName, category, isNormal, formatTime, formatNumber } from './i18n.js';
import { LiveChart, sparkline, colorOf } from './charts.js';
import { chip, correctionButton } from './labels.js';

/** Seconds of history a card's sparkline shows. */
const sparkSeconds = 60;
/** Live sockets the overview opens at most (one per stream card). */
const liveCards = 24;

export async function overview(root, page) {
  const { items } = await api('GET', '/api/v1/streams');
  replace(root, h('h1', {}, t('streamsTitle')));
  if (!items.length) {
    root.append(notice(t('noStreams')));
    return;
  }
  const grid = h('ul', { class: 'cards' });
  root.append(grid);
  const sources = await api('GET', '/api/v1/sources').then(({ items: found }) => found).catch(() => []);
  for (const [index, stream] of items.entries()) {
    const rates = new Map();
    const rate = h('span', { class: 'rate' }, '—');
    const spark = h('span', { class: 'spark' });
    const open = h('strong', {}, '…');
    const state = h('span', { class: 'state offline' }, t('offline'));
    grid.append(h('li', { class: 'card' },
      h('h2', {}, h('a', { href: `#/streams/${encodeURIComponent(stream.id)}` }, stream.name)),
      h('p', { class: 'meta' }, t(`kind_${stream.kind}`), ' · ', stream.taxonomies.join(', ')),
      h('div', { class: 'card-rate' }, spark, rate),
      h('dl', {},
        h('dt', {}, t('openIncidents')), h('dd', {}, open),
        h('dt', {}, t('source')), h('dd', {}, sourcesOf(stream.id, sources), state))));
    const openIncidents = new Set();
    api('GET', `/api/v1/streams/${encodeURIComponent(stream.id)}/incidents?status=open`).then(({ items: found }) => {
      for (const incident of found) openIncidents.add(incident.id);
      open.textContent = formatNumber(openIncidents.size);
    }).catch(() => { open.textContent = '?'; });
    if (index >= liveCards) continue;
    const taxonomy = stream.taxonomies[0];
    const repaint = throttled(() => {
      const newest = Math.max(0, ...rates.keys());
      const values = [];
      for (let second = newest - (sparkSeconds - 1) * 1000; second <= newest; second += 1000) values.push(rates.get(second) ?? 0);
      replace(spark, sparkline(values, { label: t('lastSeconds', { n: sparkSeconds }) }));
      rate.textContent = t('perSecond', { n: formatNumber(rates.get(newest) ?? 0) });
      open.textContent = formatNumber(openIncidents.size);
    }, 1000);
    page.closers.push(events(stream.id, (event) => {
      if (event.event === 'second' && event.taxonomy === taxonomy) {
        const second = Date.parse(event.at);
        rates.set(second, event.total);
        for (const key of rates.keys()) if (key < second - sparkSeconds * 1000) rates.delete(key);
      } else if (event.event === 'incident_opened' && event.incident) {
        openIncidents.add(event.incident);
      } else if (event.event === 'incident_resolved' && event.incident) {
        openIncidents.delete(event.incident);
      } else {
        return;
      }
      repaint();
    }, (now) => {
      state.textContent = t(now);
      state.className = `state ${now}`;
    }));
  }
}

/** What feeds a stream: its sources with their state (the reason on hover), else the API; then the live socket. */
function sourcesOf(streamID, sources) {
  const feeding = sources.filter((source) => source.stream === streamID);
  if (!feeding.length) return h('span', {}, t('sourceApi'), ' · ');
  return h('span', {}, ...feeding.map((source) => {
    const state = source.status?.state ?? 'stopped';
    return h('span', { class: `source ${state}`, title: source.status?.reason ?? '' },
      `${t(`source_${source.kind}`)} (${t(`sourceState_${state}`)}) · `);
  }));
}

/** Messages the live feed keeps on screen. */
const feedSize = 100;

export async function liveStream(root, page, streamID) {
  const stream = await api('GET', `/api/v1/streams/${encodeURIComponent(streamID)}`);
  const taxonomies = await api('GET', '/api/v1/taxonomies');
  const labelsOf = Object.fromEntries(taxonomies.items.map((item) => [item.name, item.labels]));
  let taxonomy = stream.taxonomies[0];
  const charts = new Map(stream.taxonomies.map((name) => [name, new LiveChart(h('canvas'))]));
  let chart = charts.get(taxonomy);
  const stats = { events: 0, messages: 0, repaints: 0, since: performance.now() };
  // What the page received and drew: the browser tests read it to measure the view under load.
  window.vigiaStats = stats;

  const state = h('span', { class: 'state offline', role: 'status' }, t('offline'));
  const total = h('p', { class: 'total' }, t('totalRate', { n: 0 }));
  const legend = h('ul', { class: 'legend' });
  const canvasHolder = h('div', { class: 'chart', role: 'img', 'aria-label': t('ratePerSecond') });
  const includeNormal = h('input', { type: 'checkbox', id: 'include-normal' });
  const taxonomyChoice = select(stream.taxonomies.map((name) => [name, name]), taxonomy, { id: 'chart-taxonomy' });
  const timeline = h('ol', { class: 'timeline', 'aria-live': 'polite' });
  const feed = h('ol', { class: 'feed' });
  const pauseButton = h('button', { type: 'button', 'aria-pressed': 'false' }, t('pause'));
  const pausedNote = h('p', { class: 'notice info hidden', role: 'status' });
  const labelFilter = select([['', t('allLabels')]], '', { id: 'feed-filter' });

  replace(root,
    h('div', { class: 'title-row' }, h('h1', {}, stream.name), state),
    h('p', { class: 'meta' }, t(`kind_${stream.kind}`), ' · ', stream.taxonomies.join(', ')),
    h('section', { class: 'panel', 'aria-labelledby': 'chart-title' },
      h('div', { class: 'panel-head' },
        h('h2', { id: 'chart-title' }, t('ratePerSecond')),
        h('div', { class: 'controls' },
          stream.taxonomies.length > 1 && field(t('taxonomy'), taxonomyChoice),
          h('label', { class: 'check' }, includeNormal, t('includeNormal')))),
      total, canvasHolder, legend),
    h('div', { class: 'split' },
      h('section', { class: 'panel', 'aria-labelledby': 'feed-title' },
        h('div', { class: 'panel-head' },
          h('h2', { id: 'feed-title' }, t('liveFeed')),
          h('div', { class: 'controls' }, field(t('filterByLabel'), labelFilter), pauseButton)),
        pausedNote, feed),
      h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title' }, t('incidentsTimeline')), timeline)));
  canvasHolder.append(chart.canvas);
  feed.append(h('li', { class: 'empty' }, t('waitingMessages')));

  const hideNormal = () => {
    for (const [name, each] of charts) {
      for (const label of labelsOf[name] ?? []) {
        if (isNormal(label) && !includeNormal.checked) each.hidden.add(category(label));
        else each.hidden.delete(category(label));
      }
    }
  };
  hideNormal();

  const repaint = throttled(() => {
    stats.repaints += 1;
    chart.draw();
    total.textContent = t('totalRate', { n: formatNumber(chart.rate(), 1) });
    const counts = chart.windowCounts();
    replace(legend, h('li', { class: 'meta' }, t('inWindow', { n: chart.seconds / 60 })),
      chart.categories().filter((name) => !chart.hidden.has(name)).map((name) =>
        h('li', {}, h('span', { class: 'swatch', 'data-color': colorOf(name) }), labelName(name), ' ',
          h('strong', {}, formatNumber(counts[name] ?? 0)))));
    for (const swatch of legend.querySelectorAll('.swatch')) swatch.style.background = swatch.dataset.color;
    flushFeed();
  }, 100);

  includeNormal.addEventListener('change', () => { hideNormal(); repaint(); });
  taxonomyChoice.addEventListener('change', () => {
    taxonomy = taxonomyChoice.value;
    chart = charts.get(taxonomy);
    replace(canvasHolder, chart.canvas);
    repaint();
  });

  // The feed: newest first, at most `feedSize`; paused, new messages wait (and are counted) until resumed.
  let paused = false;
  let waiting = [];
  const seenLabels = new Set();
  const shown = (message) => !labelFilter.value || message.predictions.some((p) => p.label === labelFilter.value);
  const flushFeed = () => {
    if (paused) {
      pausedNote.textContent = t('paused', { n: waiting.length });
      return;
    }
    if (!waiting.length) return;
    feed.querySelector('.empty')?.remove();
    const items = waiting.filter(shown).slice(-feedSize).reverse().map((message) => feedItem(message, stream, labelsOf));
    waiting = [];
    feed.prepend(...items);
    while (feed.children.length > feedSize) feed.lastElementChild.remove();
  };
  pauseButton.addEventListener('click', () => {
    paused = !paused;
    pauseButton.textContent = paused ? t('resume') : t('pause');
    pauseButton.setAttribute('aria-pressed', String(paused));
    pausedNote.classList.toggle('hidden', !paused);
    repaint();
  });
  labelFilter.addEventListener('change', () => {
    for (const item of feed.querySelectorAll('li[data-labels]')) {
      item.classList.toggle('hidden', Boolean(labelFilter.value) && !item.dataset.labels.split(' ').includes(labelFilter.value));
    }
  });

  // The timeline: the stream's incidents (newest first), kept up to date by the events.
  const incidents = new Map();
  const insights = new Map();
  const drawTimeline = () => {
    const sorted = [...incidents.values()].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
    if (!sorted.length) {
      replace(timeline, h('li', { class: 'empty' }, t('noIncidents')));
      return;
    }
    replace(timeline, sorted.slice(0, 20).map((incident) => h('li', { class: `incident ${incident.status ?? 'open'}` },
      h('a', { href: `#/incidents/${incident.id}` }, labelName(incident.label)),
      ' ', h('span', { class: `badge severity-${incident.severity}` }, t(`severity_${incident.severity}`)),
      ' ', h('span', { class: 'meta' }, formatTime(incident.startedAt), ' – ',
        incident.endedAt ? formatTime(incident.endedAt) : t('ongoing')),
      insights.get(incident.id) && h('p', { class: 'insight' }, insights.get(incident.id)))));
  };
  const [known, knownInsights] = await Promise.all([
    api('GET', `/api/v1/streams/${encodeURIComponent(streamID)}/incidents?limit=20`),
    api('GET', `/api/v1/streams/${encodeURIComponent(streamID)}/insights?limit=50`),
  ]);
  for (const incident of known.items) incidents.set(incident.id, incident);
  for (const insight of knownInsights.items.reverse()) if (insight.incident) insights.set(insight.incident, insight.message);
  drawTimeline();

  page.closers.push(events(streamID, (event) => {
    stats.events += 1;
    switch (event.event) {
      case 'second': {
        const counts = {};
        for (const [label, count] of Object.entries(event.labels)) {
          counts[category(label)] = (counts[category(label)] ?? 0) + count;
        }
        charts.get(event.taxonomy)?.add(Date.parse(event.at), counts, event.total);
        break;
      }
      case 'messages':
        stats.messages += event.items.length;
        for (const message of event.items) {
          waiting.push(message);
          for (const prediction of message.predictions) {
            if (!seenLabels.has(prediction.label)) {
              seenLabels.add(prediction.label);
              labelFilter.append(h('option', { value: prediction.label }, labelName(prediction.label)));
            }
          }
        }
        if (waiting.length > feedSize * 10) waiting = waiting.slice(-feedSize * 10);
        break;
      case 'incident_opened': case 'incident_updated': case 'incident_resolved':
        if (event.incident) {
          incidents.set(event.incident, {
            ...incidents.get(event.incident), id: event.incident, label: event.label, severity: event.severity,
            startedAt: event.startedAt, endedAt: event.endedAt,
            status: event.event === 'incident_resolved' ? 'resolved' : incidents.get(event.incident)?.status ?? 'open',
          });
          drawTimeline();
        }
        break;
      case 'insight':
        if (event.incident && event.text) {
          insights.set(event.incident, event.text);
          drawTimeline();
        }
        break;
      default:
        return;
    }
    repaint();
  }, (now) => {
    state.textContent = t(now);
    state.className = `state ${now}`;
  }));
  repaint();
}

/** One message of the feed: time, author, text, its labels as chips with confidence, and the correction button. */
function feedItem(message, stream, labelsOf) {
  const chips = h('span', { class: 'chips' }, message.predictions.map((prediction) => chip(prediction)));
  return h('li', { 'data-labels': message.predictions.map((p) => p.label).join(' ') },
    h('span', { class: 'meta' }, formatTime(message.ts), message.author ? ` · ${message.author}` : ''),
    h('p', { class: 'text' }, message.text),
    h('div', { class: 'row' }, chips, correctionButton(message, stream.taxonomies, labelsOf, chips)));
}
