// Building the page without innerHTML: every text people or machines wrote goes in as text, never as markup.

/** An element: `h('button', {class: 'primary', onclick}, 'Salvar')`. Attributes starting with "on" are listeners;
 * `false`, `null` and `undefined` attributes and children are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** An SVG element, with numeric attributes. */
export function svg(tag, attributes = {}, ...children) { return h('svg:' + tag, attributes, ...children); }

/** Replaces the children of `element`. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A labelled form field: `<label>` + control, tied by id. */
let fieldNumber = 0;
export function field(text, control) {
  const id = control.id || `field-${++fieldNumber}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, text), control);
}

/** A `<select>` of [value, text] pairs with `selected` chosen. */
export function select(options, selected, attributes = {}) {
  return h('select', attributes, options.map(([value, text]) =>
    h('option', { value, selected: value === selected }, text)));
}

/** A message for people, read out by screen readers when it changes. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Calls `work` at most once per `interval` ms, with the latest arguments: how the live views stay at ≤ 10
 * repaints a second whatever the rate of events. */
export function throttled(work, interval) {
  let pending = false;
  let last = 0;
  return () => {
    if (pending) return;
    pending = true;
    const wait = Math.max(0, last + interval - performance.now());
    setTimeout(() => requestAnimationFrame(() => {
      pending = false;
      last = performance.now();
      work();
    }), wait);
  };
}

/** Saves `blob` as a file named `name`. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, class: 'hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
