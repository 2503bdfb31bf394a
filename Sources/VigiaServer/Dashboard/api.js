// The dashboard's only way to the server: the same REST and WebSocket API every client uses, with the signed-in
// person's token (kept for this browser tab only), renewed once when it expires.

const storage = sessionStorage;

export class APIError extends Error {
  constructor(status, code, detail) {
    super(detail || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

export function signedIn() { return Boolean(storage.getItem('vigia.token')); }

export async function signIn(email, password) {
  const answer = await fetch('/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!answer.ok) throw await problem(answer);
  keep(await answer.json());
  storage.setItem('vigia.email', email);
}

export function signOut() {
  for (const key of ['vigia.token', 'vigia.refresh', 'vigia.email']) storage.removeItem(key);
}

export function signedInEmail() { return storage.getItem('vigia.email') ?? ''; }

function keep(tokens) {
  storage.setItem('vigia.token', tokens.token);
  if (tokens.refreshToken) storage.setItem('vigia.refresh', tokens.refreshToken);
}

async function problem(answer) {
  let body = {};
  try { body = await answer.json(); } catch { /* not JSON: the status says enough */ }
  return new APIError(answer.status, body.code, body.detail);
}

let renewing = null;
async function renew() {
  const refreshToken = storage.getItem('vigia.refresh');
  if (!refreshToken) return false;
  renewing ??= fetch('/auth/refresh', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }),
  }).then(async (answer) => {
    if (!answer.ok) return false;
    keep(await answer.json());
    return true;
  }).finally(() => { renewing = null; });
  return renewing;
}

/** Listeners told when the session cannot be renewed (the page goes back to the login). */
export const sessionListeners = new Set();

/** Calls the API: JSON in (`body` an object), JSON out; `raw` gives the Response (exports, uploads). */
export async function api(method, path, { body, contentType, raw = false } = {}) {
  const send = () => {
    const headers = { authorization: `Bearer ${storage.getItem('vigia.token') ?? ''}` };
    let payload = body;
    if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    } else if (contentType) {
      headers['content-type'] = contentType;
    }
    return fetch(path, { method, headers, body: payload });
  };
  let answer = await send();
  if (answer.status === 401 && await renew()) answer = await send();
  if (answer.status === 401) {
    signOut();
    for (const listener of sessionListeners) listener();
  }
  if (!answer.ok) throw await problem(answer);
  if (raw) return answer;
  return answer.status === 204 ? null : answer.json();
}

/** The WebSocket of a stream's events, reconnecting after a drop and resuming after the last event seen.
 * `onEvent` gets each event; `onState` gets 'live', 'reconnecting' or 'offline'. Returns a function that closes it. */
export function events(stream, onEvent, onState = () => {}) {
  let last = null;
  let socket = null;
  let closed = false;
  let delay = 500;
  const open = () => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const query = new URLSearchParams({ token: storage.getItem('vigia.token') ?? '' });
    if (last !== null) query.set('after', String(last));
    socket = new WebSocket(`${scheme}://${location.host}/api/v1/streams/${encodeURIComponent(stream)}/events?${query}`);
    socket.onopen = () => { delay = 500; onState('live'); };
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      last = event.id;
      onEvent(event);
    };
    socket.onclose = async () => {
      if (closed) return;
      onState('reconnecting');
      await renew();
      setTimeout(() => { if (!closed) open(); }, delay);
      delay = Math.min(delay * 2, 10_000);
    };
  };
  open();
  return () => {
    closed = true;
    socket?.close();
    onState('offline');
  };
}
