// Charts drawn by hand (canvas for the live one, SVG for the rest): no library, no CDN. Colours are the Okabe–Ito
// palette, which people with colour-blindness tell apart; every chart also says its numbers in text.

import { svg, h } from './dom.js';
import { labelName, formatNumber } from './i18n.js';

const palette = ['#D55E00', '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#8C6D00', '#6A3D9A'];
const fixed = {
  nenhum: '#8A8F98', audio: '#D55E00', video: '#0072B2', rede: '#E69F00',
  elogio: '#009E73', critica: '#D55E00', sugestao: '#0072B2', duvida: '#E69F00', spam: '#8A8F98',
};

/** The colour of a category or label: fixed for the built-in ones, else one of the palette by the name's hash. */
export function colorOf(name) {
  if (fixed[name]) return fixed[name];
  const top = name.split('.')[0];
  if (fixed[top] && top !== name) return fixed[top];
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return palette[hash % palette.length];
}

/** Messages per second per category over the last `seconds` seconds, as stacked columns on a canvas (one column a
 * second: complaints are sparse, and a column says "this many in that second" where a line would invent slopes). */
export class LiveChart {
  constructor(canvas, { seconds = 120 } = {}) {
    this.canvas = canvas;
    this.seconds = seconds;
    this.counts = new Map(); // second (ms) → {category: count}
    this.totals = new Map(); // second (ms) → every message of that second
    this.hidden = new Set();
    this.latest = 0;
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  /** Adds a second's counts (by category) and its number of messages. */
  add(second, counts, total) {
    this.counts.set(second, counts);
    this.totals.set(second, total);
    this.latest = Math.max(this.latest, second);
    const oldest = this.latest - this.seconds * 1000;
    for (const key of this.counts.keys()) {
      if (key <= oldest) {
        this.counts.delete(key);
        this.totals.delete(key);
      }
    }
  }

  categories() {
    const seen = new Set();
    for (const counts of this.counts.values()) for (const name of Object.keys(counts)) seen.add(name);
    return [...seen].sort();
  }

  /** Messages a second over the last `seconds` seconds, all categories. */
  rate(seconds = 10) {
    let sum = 0;
    for (let index = 0; index < seconds; index += 1) sum += this.totals.get(this.latest - index * 1000) ?? 0;
    return sum / seconds;
  }

  /** Each shown category's messages in the whole window. */
  windowCounts() {
    const sums = {};
    for (const counts of this.counts.values()) {
      for (const [name, count] of Object.entries(counts)) if (!this.hidden.has(name)) sums[name] = (sums[name] ?? 0) + count;
    }
    return sums;
  }

  draw() {
    const { canvas } = this;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (!width || !height) return;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    context.scale(ratio, ratio);
    context.clearRect(0, 0, width, height);
    const shown = this.categories().filter((name) => !this.hidden.has(name));
    const end = this.latest || Date.now();
    const start = end - (this.seconds - 1) * 1000;
    let highest = 1;
    for (let index = 0; index < this.seconds; index += 1) {
      const counts = this.counts.get(start + index * 1000) ?? {};
      highest = Math.max(highest, shown.reduce((sum, name) => sum + (counts[name] ?? 0), 0));
    }
    const { top, step } = axis(highest);
    context.font = '12px system-ui, sans-serif';
    // As wide as the axis's longest number needs.
    const left = Math.ceil(context.measureText(formatNumber(top)).width) + 12;
    const bottom = 22;
    const plotWidth = width - left - 8;
    const plotHeight = height - bottom - 8;
    const column = plotWidth / this.seconds;
    const y = (value) => 8 + plotHeight - (plotHeight * value) / top;

    const style = getComputedStyle(canvas);
    context.lineWidth = 1;
    for (let value = 0; value <= top; value += step) {
      context.strokeStyle = style.getPropertyValue('--grid') || '#ddd';
      context.beginPath();
      context.moveTo(left, Math.round(y(value)) + 0.5);
      context.lineTo(left + plotWidth, Math.round(y(value)) + 0.5);
      context.stroke();
      context.fillStyle = style.getPropertyValue('--muted') || '#555';
      context.textAlign = 'right';
      context.fillText(formatNumber(value), left - 6, y(value) + 4);
    }
    context.textAlign = 'center';
    for (let seconds = 0; seconds < this.seconds; seconds += 30) {
      const index = this.seconds - 1 - seconds;
      context.fillText(seconds ? `-${seconds}s` : '0', left + column * (index + 0.5), height - 6);
    }
    for (let index = 0; index < this.seconds; index += 1) {
      const counts = this.counts.get(start + index * 1000) ?? {};
      let base = 0;
      for (const name of shown) {
        const count = counts[name] ?? 0;
        if (!count) continue;
        context.fillStyle = colorOf(name);
        context.fillRect(left + column * index + 0.5, y(base + count), Math.max(1, column - 1), y(base) - y(base + count));
        base += count;
      }
    }
  }
}

/** An axis from 0 to at least `highest` in at most five whole steps of 1, 2 or 5 × 10ⁿ. */
function axis(highest) {
  for (let power = 1; ; power *= 10) {
    for (const unit of [1, 2, 5]) {
      const step = unit * power;
      if (step * 5 >= highest) return { top: Math.ceil(highest / step) * step, step };
    }
  }
}

/** A small line of recent values (e.g. messages per second), with its meaning for screen readers. */
export function sparkline(values, { width = 160, height = 36, label = '' } = {}) {
  const top = Math.max(1, ...values);
  const points = values.map((value, index) =>
    `${(width * index) / Math.max(1, values.length - 1)},${height - 2 - ((height - 4) * value) / top}`);
  return svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'sparkline' },
    svg('polyline', { points: points.join(' '), fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }));
}

/** Horizontal bars of [{name, value}], largest first, each with its number. */
export function bars(items, { title = '', format = (value) => formatNumber(value) } = {}) {
  const top = Math.max(1, ...items.map((item) => item.value));
  return h('figure', { class: 'bars' },
    title && h('figcaption', {}, title),
    h('table', {},
      h('tbody', {}, items.map((item) =>
        h('tr', {},
          h('th', { scope: 'row' }, labelName(item.name)),
          h('td', { class: 'bar-cell' },
            svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', class: 'bar', 'aria-hidden': 'true' },
              svg('rect', { x: 0, y: 0, height: 10, width: Math.max(0.5, (100 * item.value) / top), fill: colorOf(item.name) }))),
          h('td', { class: 'number' }, format(item.value)))))));
}

/** Vertical bars of counts over time: `buckets` of {at (ms), value}, with the span `marked` (ms) highlighted. */
export function columns(buckets, { label = '', marked = null, height = 140 } = {}) {
  const width = Math.max(300, buckets.length * 6);
  const top = Math.max(1, ...buckets.map((bucket) => bucket.value));
  const step = width / Math.max(1, buckets.length);
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'columns', preserveAspectRatio: 'none' },
    marked && svg('rect', {
      x: step * buckets.findIndex((bucket) => bucket.at >= marked[0]), y: 0, height,
      width: step * buckets.filter((bucket) => bucket.at >= marked[0] && bucket.at <= marked[1]).length, class: 'marked',
    }),
    buckets.map((bucket, index) => svg('rect', {
      x: index * step + 0.5, width: Math.max(1, step - 1), y: height - ((height - 4) * bucket.value) / top,
      height: ((height - 4) * bucket.value) / top, class: 'column',
    })));
}
