// A message's labels as chips, and "corrigir rótulo": a person gives a message its right label, which the next
// training learns from.

import { api } from './api.js';
import { h, field, select, notice } from './dom.js';
import { t, labelName, formatPercent } from './i18n.js';
import { colorOf } from './charts.js';

/** A label as a chip: its name and confidence, or that a person corrected it. */
export function chip(prediction) {
  const text = prediction.corrected
    ? `${labelName(prediction.label)} (${t('corrected')})`
    : `${labelName(prediction.label)} ${formatPercent(prediction.confidence)}`;
  const element = h('span', { class: 'chip', 'data-taxonomy': prediction.taxonomy, title: prediction.taxonomy }, text);
  element.style.borderColor = colorOf(prediction.label);
  return element;
}

/** The "corrigir rótulo" button of `message`, whose label chips are in `chips`: a saved correction replaces the
 * chip of its taxonomy. */
export function correctionButton(message, taxonomies, labelsOf, chips) {
  return h('button', {
    type: 'button', class: 'link',
    onclick: () => correctLabel(message, taxonomies, labelsOf, (taxonomy, label) => {
      const existing = [...chips.children].find((element) => element.dataset.taxonomy === taxonomy);
      const corrected = chip({ taxonomy, label, corrected: true });
      if (existing) existing.replaceWith(corrected); else chips.append(corrected);
    }),
  }, t('correctLabel'));
}

/** Opens the correction dialog for `message` (with `id`, `text`, `predictions`); `onSaved(taxonomy, label)` once
 * the label is stored. */
export function correctLabel(message, taxonomies, labelsOf, onSaved) {
  const predicted = Object.fromEntries(message.predictions.map((p) => [p.taxonomy, p.label]));
  const taxonomy = select(taxonomies.map((name) => [name, name]), taxonomies[0]);
  const label = h('select');
  const fillLabels = () => {
    const labels = labelsOf[taxonomy.value] ?? [];
    label.replaceChildren(...labels.map((name) =>
      h('option', { value: name, selected: name === predicted[taxonomy.value] }, labelName(name))));
  };
  fillLabels();
  taxonomy.addEventListener('change', fillLabels);
  const status = h('div');
  const save = h('button', { type: 'submit', class: 'primary' }, t('save'));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'correct-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'correct-title' }, t('correctTitle')),
      h('blockquote', {}, message.text),
      taxonomies.length > 1 && field(t('taxonomy'), taxonomy),
      field(t('newLabel'), label),
      status,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => dialog.close() }, t('cancel')), save)));
  dialog.querySelector('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      await api('POST', `/api/v1/messages/${encodeURIComponent(message.id)}/labels`,
        { body: { taxonomy: taxonomy.value, label: label.value } });
      onSaved(taxonomy.value, label.value);
      dialog.close();
      announce(t('saved', { label: labelName(label.value) }));
    } catch (error) {
      status.replaceChildren(notice(t('saveFailed', { reason: error.message }), 'error'));
      save.disabled = false;
    }
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  label.focus();
}

/** Says `text` in the page's status line (seen, and read by screen readers). */
export function announce(text) {
  const line = document.getElementById('announcer');
  if (line) line.textContent = text;
}
