// "Corrigir rótulo": a person gives a message its right label, which the next training learns from.

import { api } from './api.js';
import { h, field, select, notice } from './dom.js';
import { t, labelName } from './i18n.js';

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
