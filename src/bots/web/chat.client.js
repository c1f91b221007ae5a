// The web chat in the browser. Plain script, no build step; served as /chat.js. Words come from the page's JSON block.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const root = $('chat');
  const log = $('log');
  const choicesBox = $('choices');
  const statusLine = $('status');
  const alertLine = $('alert');
  const form = $('form');
  const input = $('text');
  const T = JSON.parse($('strings').textContent);
  const KEY = 'mailbox-doctor-session';
  const EXITS = ['human', 'start-over'];
  const POLL_MS = 2000;
  const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

  const params = new URLSearchParams(location.search);
  // a language picked on the page (?lang=…): the conversation carries on in it
  const pickedLanguage = params.has('lang');
  if (params.has('new')) localStorage.removeItem(KEY);
  if (params.has('new') || pickedLanguage) history.replaceState(null, '', location.pathname);
  let sessionId = root.dataset.session || localStorage.getItem(KEY);
  if (root.dataset.session) localStorage.setItem(KEY, root.dataset.session);
  let seen = 0;
  let status = '';
  let busy = false;
  let pollTimer = null;
  // "No, it didn't" was just picked: a line on what was missing may follow (optional)
  let commentOpen = false;

  // `code` (what a check saw: a DNS name, a server's reply) is shown as code and never becomes a link
  function appendWithCode(parent, text) {
    text.split(/(`[^`\n]*`)/).forEach((part) => {
      if (part.length > 1 && part.startsWith('`') && part.endsWith('`')) {
        const code = document.createElement('code');
        code.textContent = part.slice(1, -1);
        parent.appendChild(code);
      } else appendWithLinks(parent, part);
    });
  }

  // Only http and https addresses become links; everything else stays text. Text is never parsed as HTML.
  function appendWithLinks(parent, text) {
    let last = 0;
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const shown = match[0].replace(/[.,;:!?)]+$/, '');
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      let url = null;
      try { url = new URL(shown); } catch { url = null; }
      if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
        const a = document.createElement('a');
        a.href = url.href;
        a.textContent = shown;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        parent.appendChild(a);
      } else {
        parent.appendChild(document.createTextNode(shown));
      }
      last = match.index + shown.length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // a bot turn is shown as short bubbles, one idea each: its paragraphs (a message to forward stays one block)
  function add(entry) {
    if (entry.role === 'bot') {
      entry.text.split('\n\n').forEach((part, i) => addBubble({ ...entry, text: part, followUp: entry.followUp && i === 0 }, i > 0));
    } else addBubble(entry, false);
  }

  function addBubble(entry, more) {
    const li = document.createElement('li');
    li.className = entry.role + (entry.followUp ? ' follow-up' : '') + (more ? ' more' : '');
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = (T.speakers[entry.role] || '') + ' ';
    li.appendChild(who);
    if (entry.followUp) {
      const tag = document.createElement('span');
      tag.className = 'follow-up-tag';
      tag.textContent = T.followUpLabel;
      li.appendChild(tag);
    }
    const lines = entry.role === 'bot' ? entry.text.split('\n') : [];
    if (lines.length > 1 && lines.slice(1).every((line) => line.startsWith('  |'))) {
      // a message to forward: its title, then the message itself as a block to copy
      li.classList.add('forward');
      li.appendChild(document.createTextNode(lines[0]));
      const block = document.createElement('pre');
      block.textContent = lines.slice(1).map((line) => line.replace(/^  \| ?/, '')).join('\n');
      li.appendChild(block);
    } else if (entry.role === 'bot') appendWithCode(li, entry.text);
    else li.appendChild(document.createTextNode(entry.text));
    log.appendChild(li);
    li.scrollIntoView({ block: 'nearest' });
  }

  function choiceButton(c, className, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = c.label;
    b.dataset.choice = c.id;
    if (className) b.className = className;
    b.addEventListener('click', onClick);
    return b;
  }

  // "did this help?": its two answers first, while it waits for one; then, after "no", an optional comment
  function showFeedback(feedback) {
    if (feedback) {
      for (const c of feedback.choices) {
        choicesBox.appendChild(choiceButton(c, 'feedback', () => {
          commentOpen = c.id === 'not-helpful';
          void send({ choice: c.id });
        }));
      }
      return;
    }
    if (!commentOpen) return;
    const box = document.createElement('form');
    box.className = 'comment';
    const label = document.createElement('label');
    label.textContent = T.feedbackComment.label;
    const field = document.createElement('input');
    field.id = 'comment';
    field.maxLength = 500;
    field.autocomplete = 'off';
    field.placeholder = T.feedbackComment.placeholder;
    label.htmlFor = 'comment';
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = T.feedbackComment.send;
    box.append(label, field, submit);
    box.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const comment = field.value.trim();
      if (!comment) return field.focus();
      commentOpen = false;
      void send({ choice: 'not-helpful', comment });
    });
    choicesBox.appendChild(box);
  }

  function showChoices(choices, feedback) {
    const hadFocus = choicesBox.contains(document.activeElement);
    choicesBox.replaceChildren();
    showFeedback(feedback);
    for (const c of choices || []) choicesBox.appendChild(choiceButton(c, EXITS.includes(c.id) ? 'exit' : '', () => send({ choice: c.id })));
    return hadFocus;
  }

  function showStatus(next) {
    status = next;
    statusLine.textContent = T.status[next] || '';
    statusLine.classList.toggle('ended', next === 'resolved' || next === 'escalated');
  }

  // typing questions (paste an error, describe it) put the cursor in the box; others on the first answer
  function placeFocus(expects) {
    const comment = $('comment');
    if (comment) return comment.focus();
    const first = choicesBox.querySelector('button');
    (expects === 'choice' && first ? first : input).focus();
  }

  async function call(method, url, body) {
    const res = await fetch(url, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw Object.assign(new Error(data.message || T.sendFailed), { status: res.status, code: data.error });
    return data;
  }

  let checking = null;

  // a running check: its progress, and the sign-in code while it waits for one (never part of the transcript)
  function showCheck(check) {
    checking = check;
    if (!check) return;
    const text = check.signIn
      ? T.signInPrompt.replace('{uri}', check.signIn.verificationUri).replace('{code}', check.signIn.userCode)
      : T.checkProgress.replace('{done}', String(check.done)).replace('{total}', String(check.total || '…'));
    statusLine.textContent = text;
  }

  function schedulePoll() {
    clearTimeout(pollTimer);
    if (checking) pollTimer = setTimeout(() => refresh(false).catch(() => schedulePoll()), 700);
    else if (status === 'waiting') pollTimer = setTimeout(() => refresh(false).catch(() => schedulePoll()), POLL_MS);
  }

  // the conversation changed language (the person asked in words): the page follows it from the next visit on
  function keepLanguage(locale) {
    if (locale && locale !== T.locale) document.cookie = 'md_lang=' + encodeURIComponent(locale) + '; path=/; max-age=31536000; samesite=lax';
  }

  async function refresh(moveFocus) {
    const s = await call('GET', '/api/chat/sessions/' + encodeURIComponent(sessionId));
    keepLanguage(s.locale);
    for (const entry of s.transcript.slice(seen)) add(entry);
    const changed = s.transcript.length !== seen;
    seen = s.transcript.length;
    if (changed || moveFocus) {
      // a follow-up replaces the buttons: keep a keyboard user's place in the answers
      const focusWasInChoices = showChoices(s.choices, s.feedback);
      if (moveFocus || focusWasInChoices) placeFocus(s.input || 'choice');
    }
    showStatus(s.status);
    showCheck(s.checking || null);
    root.dataset.status = s.status;
    schedulePoll();
  }

  async function start() {
    if (sessionId) {
      try {
        if (pickedLanguage) await call('PUT', '/api/chat/sessions/' + encodeURIComponent(sessionId) + '/locale', { locale: T.locale });
        await refresh(false);
        return;
      } catch (e) {
        if (e.status !== 404) throw e;
      }
    }
    const s = await call('POST', '/api/chat/sessions', { locale: T.locale });
    sessionId = s.id;
    localStorage.setItem(KEY, sessionId);
    await refresh(false);
  }

  async function send(body) {
    if (busy || !sessionId) return;
    busy = true;
    alertLine.textContent = '';
    for (const b of choicesBox.querySelectorAll('button')) b.disabled = true;
    try {
      await call('POST', '/api/chat/sessions/' + encodeURIComponent(sessionId) + '/messages', body);
    } catch (e) {
      // the check runs on another instance behind the balancer: the message was not taken, and its result comes here
      alertLine.textContent = e.code === 'still_checking' ? T.stillChecking : e.status ? e.message : T.sendFailed;
    }
    try {
      await refresh(true);
    } catch {
      alertLine.textContent = T.sendFailed;
      for (const b of choicesBox.querySelectorAll('button')) b.disabled = false;
    }
    busy = false;
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) {
      alertLine.textContent = T.emptyText;
      input.focus();
      return;
    }
    input.value = '';
    void send({ text });
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && sessionId && status === 'waiting') refresh(false).catch(() => undefined);
  });
  start().catch(() => {
    alertLine.textContent = T.startFailed;
  });
})();
