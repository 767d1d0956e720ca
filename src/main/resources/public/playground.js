// thesisbot playground: a Slack-like thread over POST /api/ask.
// Everything the server sends is rendered through DOM text nodes (never parsed as HTML), so answers,
// questions and error messages cannot inject markup or script.
(function () {
  'use strict';

  var TOKEN_KEY = 'thesisbot.apiToken';
  var threadId = newThreadId();
  var asked = 0;          // questions asked in this thread
  var pending = false;

  // ---------- minimal, safe Slack mrkdwn ----------

  var SAFE_URL = /^(https?:\/\/|mailto:)/i;

  function decodeEntities(s) {
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  // " (AInvest, 2026-02-10)": every source names its publisher and date.
function byline(c) {
  var parts = [c.publisher, c.published].filter(function (x) { return x; });
  return parts.length ? ' (' + parts.join(', ') + ')' : '';
}

function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // Inline tokens: `code`, <link|label>, <link>, *bold*, _italic_, ~strike~, [n] citation markers.
  var INLINE = /`([^`\n]+)`|<([^<>\n]+)>|(^|[\s(\[{"'\u2018\u201c])([*_~])(?=\S)([^\n]*?\S)\4(?=$|[\s)\]}.,;:!?"'\u2019\u201d])|\[(\d{1,2})\]/g;

  function renderInline(text, parent, ctx) {
    var last = 0;
    var m;
    INLINE.lastIndex = 0;
    var re = new RegExp(INLINE.source, 'g');
    while ((m = re.exec(text)) !== null) {
      var start = m.index;
      if (m[3] !== undefined) { start += m[3].length; }
      if (start > last) { parent.appendChild(document.createTextNode(decodeEntities(text.slice(last, start)))); }
      if (m[1] !== undefined) {
        parent.appendChild(el('code', null, decodeEntities(m[1])));
      } else if (m[2] !== undefined) {
        parent.appendChild(renderAngle(m[2]));
      } else if (m[4] !== undefined) {
        var tag = m[4] === '*' ? 'strong' : (m[4] === '_' ? 'em' : 's');
        var inner = el(tag);
        renderInline(m[5], inner, ctx);
        parent.appendChild(inner);
      } else if (m[6] !== undefined) {
        parent.appendChild(citeMarker(Number(m[6]), ctx));
      }
      last = re.lastIndex;
    }
    if (last < text.length) { parent.appendChild(document.createTextNode(decodeEntities(text.slice(last)))); }
  }

  // <https://x|label>, <mailto:a@b>, <@U123>, <#C1|name>, <!here>; anything else is shown as text.
  function renderAngle(body) {
    var bar = body.indexOf('|');
    var target = bar >= 0 ? body.slice(0, bar) : body;
    var label = bar >= 0 ? body.slice(bar + 1) : body;
    var url = decodeEntities(target);
    var shown = decodeEntities(label);
    // No link whose label differs from its target: "<https://evil.example/login|slack.com/verify>" is text.
    if (SAFE_URL.test(url) && bar >= 0 && shown !== url && shown !== url.replace(/^(https?|mailto):(\/\/)?/i, '')) {
      return document.createTextNode(shown);
    }
    if (SAFE_URL.test(url)) {
      var a = el('a', null, decodeEntities(label));
      a.href = url;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      return a;
    }
    if (/^@[A-Z0-9]+$/.test(target)) { return el('span', 'mention', bar >= 0 ? '@' + decodeEntities(label) : target); }
    if (/^#[A-Z0-9]+$/.test(target)) { return el('span', 'mention', '#' + decodeEntities(bar >= 0 ? label : target.slice(1))); }
    if (/^!(here|channel|everyone)$/.test(target)) { return el('span', 'mention', '@' + target.slice(1)); }
    return document.createTextNode('<' + decodeEntities(body) + '>');
  }

  function citeMarker(n, ctx) {
    if (!ctx || !ctx.citations || !ctx.citations[n]) { return document.createTextNode('[' + n + ']'); }
    var a = el('a', 'cite', '[' + n + ']');
    a.href = '#' + ctx.prefix + '-src-' + n;
    a.title = ctx.citations[n];
    return a;
  }

  // Blocks: ``` code fences ```, > quotes, bullet lists (•, -, *), paragraphs with line breaks.
  function renderMrkdwn(text, ctx) {
    var root = el('div', 'mrkdwn');
    var lines = String(text || '').replace(/\r\n?/g, '\n').split('\n');
    var i = 0;
    var para = null;
    var list = null;
    function closeAll() { para = null; list = null; }
    while (i < lines.length) {
      var line = lines[i];
      if (/^```/.test(line)) {
        closeAll();
        var code = [];
        var first = line.slice(3);
        var closedInline = first.length >= 3 && /```$/.test(first);
        if (closedInline) {
          code.push(first.slice(0, -3));
        } else {
          if (first) { code.push(first); }
          i++;
          while (i < lines.length && !/```\s*$/.test(lines[i])) { code.push(lines[i]); i++; }
          if (i < lines.length) { var tail = lines[i].replace(/```\s*$/, ''); if (tail) { code.push(tail); } }
        }
        root.appendChild(el('pre', null, decodeEntities(code.join('\n'))));
        i++;
        continue;
      }
      var bullet = /^\s*(?:[\u2022\u25e6*-])\s+(.*)$/.exec(line);
      if (bullet) {
        para = null;
        if (!list) { list = el('ul'); root.appendChild(list); }
        var li = el('li');
        renderInline(bullet[1], li, ctx);
        list.appendChild(li);
        i++;
        continue;
      }
      var quote = /^(?:>|&gt;)\s?(.*)$/.exec(line);
      if (quote) {
        closeAll();
        var bq = el('blockquote');
        renderInline(quote[1], bq, ctx);
        root.appendChild(bq);
        i++;
        continue;
      }
      if (line.trim() === '') { closeAll(); i++; continue; }
      list = null;
      if (!para) { para = el('p'); root.appendChild(para); } else { para.appendChild(el('br')); }
      renderInline(line, para, ctx);
      i++;
    }
    return root;
  }

  // ---------- thread rendering ----------

  var thread, input, sendBtn, emptyState;

  function newThreadId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') { return 'pg-' + window.crypto.randomUUID(); }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    return 'pg-' + Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }

  function timeNow() {
    var d = new Date();
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  function message(kind, name) {
    if (emptyState) { emptyState.hidden = true; }
    var msg = el('article', 'msg ' + kind);
    var avatar = el('div', 'avatar', kind === 'user' ? 'Y' : 'tb');
    avatar.setAttribute('aria-hidden', 'true');
    var body = el('div', 'body');
    var head = el('div', 'head');
    head.appendChild(el('span', 'name', name));
    if (kind !== 'user') { head.appendChild(el('span', 'badge', 'APP')); }
    head.appendChild(el('span', 'time', timeNow()));
    body.appendChild(head);
    msg.appendChild(avatar);
    msg.appendChild(body);
    thread.appendChild(msg);
    return { root: msg, head: head, body: body };
  }

  function addUser(text) {
    var m = message('user', 'You');
    m.body.appendChild(el('div', 'text plain', text));
    scrollDown();
  }

  function addTyping() {
    var m = message('bot typing', 'thesisbot');
    m.body.appendChild(el('div', 'text dots', 'thinking…'));
    scrollDown();
    return m.root;
  }

  function addError(text) {
    var m = message('bot error', 'thesisbot');
    m.body.appendChild(el('div', 'text', text));
    scrollDown();
  }

  function originTag(src, scenario) {
    switch (src.origin) {
      case 'source': {
        var where = src.title || src.document || 'source';
        return { cls: src.flag ? 'tag source flagged' : 'tag source',
                 text: (src.flag ? '⚠ ' : '') + 'source: ' + where + byline(src) + (src.paragraph ? ' ¶' + src.paragraph : ''),
                 tip: (src.quote ? '“' + src.quote + '”' : '') + (src.flag ? ' — flagged: ' + src.flag : '') };
      }
      case 'assumption':
        return { cls: 'tag assumption', text: 'assumption', tip: src.rationale || 'not in the sources' };
      case 'scenario':
        return { cls: 'tag scenario', text: 'scenario: ' + (scenario || ''), tip: 'set by the ' + (scenario || '') + ' scenario' };
      case 'question':
        return { cls: 'tag question', text: 'from your question', tip: '' };
      default:
        return { cls: 'tag', text: src.origin || '', tip: '' };
    }
  }

  function renderResult(r) {
    var card = el('div', 'result');
    var top = el('div', 'result-top');
    top.appendChild(el('span', 'result-label', r.label));
    if (r.scenario) { top.appendChild(el('span', 'pill', r.scenario)); }
    top.appendChild(el('span', 'result-value', r.display || String(r.value)));
    card.appendChild(top);
    if (r.formula) { card.appendChild(el('code', 'formula', r.formula)); }
    if (r.explanation) { card.appendChild(el('p', 'explanation', r.explanation)); }
    var ul = el('ul', 'inputs');
    (r.sources || []).forEach(function (s) {
      var li = el('li');
      li.appendChild(el('span', 'input-label', s.label + ': '));
      li.appendChild(el('span', 'input-value', s.display || String(s.value)));
      var t = originTag(s, r.scenario);
      var tag = el('span', t.cls, t.text);
      if (t.tip) { tag.title = t.tip; }
      li.appendChild(tag);
      ul.appendChild(li);
    });
    if (ul.childNodes.length) { card.appendChild(ul); }
    return card;
  }

  // A sensitivity grid as a table: rows and columns are the two inputs' values, the base cell is marked.
  function renderGrid(g) {
    var wrap = el('div', 'grid-wrap');
    var table = el('table', 'grid');
    var head = el('tr');
    var corner = g.rows.input.replace(/_/g, ' ') + (g.cols ? ' \\ ' + g.cols.input.replace(/_/g, ' ') : '');
    head.appendChild(el('th', 'corner', corner));
    if (g.cols) {
      g.cols.display.forEach(function (d) { head.appendChild(el('th', null, d)); });
    } else {
      head.appendChild(el('th', null, g.metric.replace(/_/g, ' ')));
    }
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el('tbody');
    g.display.forEach(function (row, r) {
      var tr = el('tr');
      tr.appendChild(el('th', null, g.rows.display[r]));
      row.forEach(function (d, c) {
        var td = el('td', null, d);
        var baseRow = g.rows.base_index === r;
        var baseCol = g.cols ? g.cols.base_index === c : true;
        if (baseRow && baseCol) { td.className = 'base'; td.title = 'base case'; }
        if (g.cells[r][c] === null) { td.className += ' na'; }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    wrap.appendChild(table);
    return wrap;
  }

  // A chart: fetched with the same headers as the API (a bearer token cannot ride on <img src>), shown from a blob.
  function renderChart(c) {
    var fig = el('figure', 'chart');
    var img = el('img');
    img.alt = c.alt || '';
    img.width = c.width;
    img.height = c.height;
    fig.appendChild(img);
    fig.appendChild(el('figcaption', null, c.title || ''));
    if (!c.url) { return fig; }
    var headers = {};
    var t = token();
    if (t) { headers.Authorization = 'Bearer ' + t; }
    fetch(c.url, { headers: headers, credentials: 'same-origin' }).then(function (res) {
      if (!res.ok) { throw new Error('HTTP ' + res.status); }
      return res.blob();
    }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      img.addEventListener('load', function () { URL.revokeObjectURL(url); }, { once: true });
      img.src = url;
    }).catch(function () {
      fig.appendChild(el('p', 'chart-error', 'The chart could not be loaded; ask again to redraw it.'));
    });
    return fig;
  }

  function addAnswer(a) {
    var m = message('bot', 'thesisbot');
    if (a.route) { m.head.appendChild(el('span', 'route route-' + a.route, a.route.replace(/_/g, ' '))); }
    var prefix = 'a' + (thread.querySelectorAll('.msg.bot').length);
    var cites = {};
    (a.citations || []).forEach(function (c) { cites[c.n] = (c.title || c.document) + byline(c) + (c.paragraph ? ', ¶' + c.paragraph : ''); });
    var text = renderMrkdwn(a.text, { citations: cites, prefix: prefix });
    text.classList.add('text');
    m.body.appendChild(text);
    var grids = (a.results || []).filter(function (r) { return r.grid; });
    if (grids.length) {
      // the grid is shown as a table below: drop the text's monospace copy of it
      Array.prototype.slice.call(text.querySelectorAll('pre')).forEach(function (p) { p.remove(); });
      grids.forEach(function (r) { m.body.appendChild(renderGrid(r.grid)); });
    }
    (a.charts || []).forEach(function (c) { m.body.appendChild(renderChart(c)); });
    if (a.results && a.results.length && !grids.length) {
      var results = el('div', 'results');
      a.results.forEach(function (r) { results.appendChild(renderResult(r)); });
      m.body.appendChild(results);
    }
    if (a.citations && a.citations.length) {
      var box = el('div', 'sources');
      box.appendChild(el('div', 'sources-title', 'Sources'));
      var ol = el('ol');
      a.citations.forEach(function (c) {
        var li = el('li');
        li.id = prefix + '-src-' + c.n;
        li.appendChild(el('span', 'n', '[' + c.n + ']'));
        li.appendChild(el('span', 'src-title', ' ' + (c.title || c.document) + byline(c) + (c.paragraph ? ', ¶' + c.paragraph : '')));
        if (c.quote) { li.appendChild(el('q', 'quote', c.quote)); }
        ol.appendChild(li);
      });
      box.appendChild(ol);
      m.body.appendChild(box);
    }
    if (a.clarify && a.clarify.length) {
      // one button per reading: a click asks that reading in this thread
      var choices = el('div', 'clarify');
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', 'Which did you mean?');
      a.clarify.forEach(function (c) {
        var b = el('button', 'clarify-choice', c.label);
        b.type = 'button';
        b.title = c.question;
        b.addEventListener('click', function () {
          Array.prototype.slice.call(choices.querySelectorAll('button')).forEach(function (x) { x.disabled = true; });
          ask(c.question);
        });
        choices.appendChild(b);
      });
      m.body.appendChild(choices);
    }
    if (a.notes && a.notes.length) {
      var notes = el('ul', 'notes');
      a.notes.forEach(function (n) { notes.appendChild(el('li', null, n)); });
      m.body.appendChild(notes);
    }
    var meta = el('div', 'meta', (a.answerer ? 'answered by ' + a.answerer : '') + (a.id ? ' · ' + a.id : ''));
    m.body.appendChild(meta);
    scrollDown();
  }

  function scrollDown() { thread.scrollTop = thread.scrollHeight; }

  // ---------- API ----------

  function token() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
  }

  function ask(question) {
    question = String(question || '').trim();
    if (!question || pending) { return; }
    pending = true;
    sendBtn.disabled = true;
    addUser(question);
    asked++;
    var typing = addTyping();
    var headers = { 'Content-Type': 'application/json', 'X-Thesisbot-Client': 'playground' };
    var t = token();
    if (t) { headers.Authorization = 'Bearer ' + t; }
    fetch('/api/ask', {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ question: question, thread: threadId }),
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (res) {
      return res.text().then(function (body) {
        var data = null;
        try { data = JSON.parse(body); } catch (e) { data = null; }
        return { status: res.status, data: data };
      });
    }).then(function (r) {
      typing.remove();
      if (r.status === 200 && r.data) {
        addAnswer(r.data);
      } else {
        var msg = r.data && r.data.error ? r.data.error : 'The server answered HTTP ' + r.status + '.';
        if (r.data && r.data.id) { msg += ' (error id ' + r.data.id + ')'; }
        if (r.status === 401) { msg = 'This bot needs an API token. Paste THESISBOT_API_TOKEN in the API token field above, then ask again.'; openTokenPanel(); }
        addError(msg);
      }
    }).catch(function () {
      typing.remove();
      addError('Could not reach the bot. Is it still running?');
    }).then(function () {
      pending = false;
      sendBtn.disabled = false;
      input.focus();
    });
  }

  function scenarioQuestion(name) {
    if (name === 'compare') { return 'Compare the bull, base and bear scenarios'; }
    return asked > 0 ? 'and in the ' + name + ' case?' : 'What does the ' + name + ' case look like?';
  }

  function newThread() {
    threadId = newThreadId();
    asked = 0;
    Array.prototype.slice.call(thread.querySelectorAll('.msg')).forEach(function (n) { n.remove(); });
    if (emptyState) { emptyState.hidden = false; }
    input.value = '';
    input.focus();
  }

  function openTokenPanel() {
    var panel = document.getElementById('token-panel');
    panel.hidden = false;
    document.getElementById('token-toggle').setAttribute('aria-expanded', 'true');
    document.getElementById('token').focus();
  }

  function setupToken() {
    var panel = document.getElementById('token-panel');
    var field = document.getElementById('token');
    var status = document.getElementById('token-status');
    function show() { status.textContent = token() ? 'A token is set for this tab.' : 'No token set.'; }
    document.getElementById('token-toggle').addEventListener('click', function () {
      panel.hidden = !panel.hidden;
      this.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) { field.focus(); }
    });
    document.getElementById('token-save').addEventListener('click', function () {
      try { window.sessionStorage.setItem(TOKEN_KEY, field.value.trim()); } catch (e) { /* storage off */ }
      field.value = '';
      show();
      input.focus();
    });
    document.getElementById('token-clear').addEventListener('click', function () {
      try { window.sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* storage off */ }
      field.value = '';
      show();
    });
    show();
  }

  function init() {
    thread = document.getElementById('thread');
    input = document.getElementById('question');
    sendBtn = document.getElementById('send');
    emptyState = document.getElementById('empty-state');
    document.getElementById('ask-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var q = input.value;
      if (!q.trim() || pending) { return; }
      input.value = '';
      ask(q);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        document.getElementById('ask-form').requestSubmit();
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('button.scenario'), function (b) {
      b.addEventListener('click', function () { ask(scenarioQuestion(b.getAttribute('data-scenario'))); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('button.example'), function (b) {
      b.addEventListener('click', function () { ask(b.getAttribute('data-question')); });
    });
    document.getElementById('new-thread').addEventListener('click', newThread);
    setupToken();
    input.focus();
  }

  // Exposed for the browser test of the renderer; read-only use.
  window.thesisbot = Object.freeze({ renderMrkdwn: renderMrkdwn, threadId: function () { return threadId; } });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
