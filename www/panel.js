// The "who said what" panel: the article's people and organisations with their
// roles and mention counts, and each speaker with their quotes. Built from the
// spans in the page (so it agrees with what the reader sees); clicking a quote
// scrolls to it and highlights it. A collapsible panel, a bottom drawer on
// narrow screens. All text is set with textContent.

const SEP = ' \u00b7 ';

function groups(roots) {
  const entities = new Map(); // ref -> { name, kind, role, count, quotes: [] }
  const quotesById = new Map(); // data-ae-id -> { speaker, first span, text }
  for (const root of roots) {
    for (const span of root.querySelectorAll('[data-ae-id]')) {
      const id = span.dataset.aeId;
      const tip = (span.dataset.aeTip || '').split(SEP);
      if (span.classList.contains('ae-quote')) {
        const q = quotesById.get(id);
        if (q) q.text += span.textContent;
        else quotesById.set(id, { speaker: span.dataset.aeSpeaker || '', span, text: span.textContent, who: tip[1] || '', role: tip.length > 3 ? tip[2] : '' });
      } else if (span.dataset.aeRef) {
        const kind = [...span.classList].find((c) => c.startsWith('ae-') && c !== 'ae-active' && c !== 'ae-flash')?.slice(3);
        if (kind !== 'person' && kind !== 'organization') continue;
        const e = entities.get(span.dataset.aeRef) || { name: tip[0], kind, role: tip.length > 3 ? tip[2] : '', mentions: new Set(), quotes: [] };
        e.mentions.add(id);
        entities.set(span.dataset.aeRef, e);
      }
    }
  }
  const unnamed = [];
  for (const q of quotesById.values()) {
    const e = entities.get(q.speaker);
    if (e) e.quotes.push(q);
    else if (q.speaker === '') unnamed.push(q);
  }
  return { entities: [...entities.values()], unnamed };
}

function flash(span) {
  span.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  span.classList.remove('ae-flash');
  void span.offsetWidth;
  span.classList.add('ae-flash');
  span.focus({ preventScroll: true });
}

/** Add the panel for the enriched `roots`. Returns { refresh(), remove() }. */
export function createPanel(roots) {
  const aside = document.createElement('aside');
  aside.className = 'ae-panel';
  aside.setAttribute('aria-label', 'Who said what');
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'ae-panel-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  const body = document.createElement('div');
  body.className = 'ae-panel-body';
  body.id = `ae-panel-${Math.random().toString(36).slice(2, 8)}`;
  body.hidden = true;
  toggle.setAttribute('aria-controls', body.id);
  toggle.addEventListener('click', () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  aside.append(toggle, body);
  document.body.append(aside);

  function quoteButton(q) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'ae-panel-quote';
    const t = q.text.replace(/\s+/g, ' ').trim();
    b.textContent = `“${t.length > 140 ? `${t.slice(0, 139)}…` : t}”`;
    b.addEventListener('click', () => flash(q.span));
    return b;
  }

  function refresh() {
    const { entities, unnamed } = groups(roots);
    const speakers = entities.filter((e) => e.quotes.length).sort((a, b) => b.quotes.length - a.quotes.length);
    toggle.textContent = `Who said what · ${speakers.length} ${speakers.length === 1 ? 'speaker' : 'speakers'}`;
    body.replaceChildren();
    const h = (text) => {
      const el = document.createElement('h2');
      el.textContent = text;
      return el;
    };
    if (speakers.length || unnamed.length) {
      body.append(h('Quotes'));
      const list = document.createElement('ul');
      list.className = 'ae-panel-speakers';
      for (const e of speakers) {
        const li = document.createElement('li');
        const name = document.createElement('strong');
        name.textContent = e.name;
        li.append(name);
        if (e.role) li.append(document.createTextNode(`, ${e.role}`));
        const quotes = document.createElement('ul');
        e.quotes.forEach((q) => {
          const qi = document.createElement('li');
          qi.append(quoteButton(q));
          quotes.append(qi);
        });
        li.append(quotes);
        list.append(li);
      }
      if (unnamed.length) {
        const li = document.createElement('li');
        const name = document.createElement('strong');
        name.textContent = 'Speaker not named';
        const quotes = document.createElement('ul');
        unnamed.forEach((q) => {
          const qi = document.createElement('li');
          qi.append(quoteButton(q));
          quotes.append(qi);
        });
        li.append(name, quotes);
        list.append(li);
      }
      body.append(list);
    }
    const people = entities.sort((a, b) => b.mentions.size - a.mentions.size);
    if (people.length) {
      body.append(h('People and organisations'));
      const list = document.createElement('ul');
      list.className = 'ae-panel-entities';
      for (const e of people) {
        const li = document.createElement('li');
        li.textContent = `${e.name}${e.role ? `, ${e.role}` : ''} · ${e.kind === 'person' ? 'person' : 'organisation'} · ${e.mentions.size} ${e.mentions.size === 1 ? 'mention' : 'mentions'}`;
        list.append(li);
      }
      body.append(list);
    }
  }
  refresh();
  return { refresh, remove: () => aside.remove(), element: aside };
}
