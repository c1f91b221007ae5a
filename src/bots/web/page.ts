/** The small chat page served at `/`. Its script is served separately so a strict CSP can forbid inline code. */
export const CHAT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mailbox Doctor</title>
<style>
  :root { color-scheme: light; --ink: #1b1f24; --muted: #4a5562; --accent: #0b5cad; --bg: #f6f8fa; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
  main { max-width: 46rem; margin: 0 auto; padding: 1rem; display: flex; flex-direction: column; min-height: 100vh; }
  h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
  #log { flex: 1; list-style: none; padding: 0; margin: 0 0 1rem; }
  #log li { margin: .5rem 0; padding: .75rem 1rem; border-radius: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  #log li.bot { background: #fff; border: 1px solid #d0d7de; }
  #log li.user { background: #dbeafe; margin-left: 15%; }
  #log li.follow-up { border-left: 4px solid var(--accent); }
  #choices { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .75rem; }
  button { font: inherit; padding: .5rem .9rem; border-radius: .4rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
  button:hover, button:focus-visible { background: var(--accent); color: #fff; outline: 3px solid #f59e0b; outline-offset: 1px; }
  form { display: flex; gap: .5rem; }
  label.sr { position: absolute; left: -9999px; }
  input { flex: 1; font: inherit; padding: .5rem; border: 1px solid var(--muted); border-radius: .4rem; min-width: 0; }
  .status { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
</style>
</head>
<body>
<main>
  <h1>Mailbox Doctor</h1>
  <p class="status" id="status" role="status" aria-live="polite"></p>
  <ol id="log" aria-live="polite" aria-label="Conversation"></ol>
  <div id="choices" role="group" aria-label="Answers you can pick"></div>
  <form id="form">
    <label class="sr" for="text">Your message</label>
    <input id="text" name="text" autocomplete="off" maxlength="4000" placeholder="Type a message, an error or your email address">
    <button type="submit">Send</button>
  </form>
</main>
<script src="/chat.js"></script>
</body>
</html>`;

export const CHAT_SCRIPT = `(() => {
  const log = document.getElementById('log');
  const choicesBox = document.getElementById('choices');
  const statusLine = document.getElementById('status');
  const form = document.getElementById('form');
  const input = document.getElementById('text');
  const KEY = 'mailbox-doctor-session';
  let sessionId = localStorage.getItem(KEY);
  let seen = 0;

  function add(role, text, followUp) {
    const li = document.createElement('li');
    li.className = role + (followUp ? ' follow-up' : '');
    li.textContent = text;
    log.appendChild(li);
    li.scrollIntoView({ block: 'end' });
  }
  function showChoices(choices) {
    choicesBox.replaceChildren();
    for (const c of choices || []) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = c.label;
      b.dataset.choice = c.id;
      b.addEventListener('click', () => send({ choice: c.id }, c.label));
      choicesBox.appendChild(b);
    }
  }
  function showStatus(status) {
    const words = { active: '', waiting: 'Waiting for Microsoft to apply the change. This page will show the follow-up when it is due.', resolved: 'Resolved.', escalated: 'Handed to a person.' };
    statusLine.textContent = words[status] || '';
  }
  async function call(method, url, body) {
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw Object.assign(new Error(data.message || 'Request failed'), { status: res.status });
    return data;
  }
  async function load() {
    if (sessionId) {
      try {
        const s = await call('GET', '/api/chat/sessions/' + sessionId);
        const fresh = s.transcript.slice(seen);
        for (const e of fresh) add(e.role, e.text, e.followUp);
        seen = s.transcript.length;
        showChoices(s.choices);
        showStatus(s.status);
        return;
      } catch (e) { if (e.status !== 404) throw e; }
    }
    const s = await call('POST', '/api/chat/sessions', {});
    sessionId = s.id;
    localStorage.setItem(KEY, sessionId);
    for (const m of s.messages) add('bot', m.text);
    seen = 1;
    showChoices(s.messages[s.messages.length - 1].choices);
    showStatus(s.status);
  }
  async function send(body, shown) {
    add('user', shown);
    try {
      const s = await call('POST', '/api/chat/sessions/' + sessionId + '/messages', body);
      for (const m of s.messages) add('bot', m.text);
      seen += 1 + s.messages.length;
      showChoices(s.messages[s.messages.length - 1].choices);
      showStatus(s.status);
    } catch (e) { add('bot', e.message); }
    input.focus();
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ text }, text);
  });
  setInterval(() => { if (sessionId && statusLine.textContent.startsWith('Waiting')) load().catch(() => {}); }, 5000);
  load().catch((e) => add('bot', 'Could not start the chat: ' + e.message));
})();
`;
