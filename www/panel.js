// The "who said what" panel: the article's people and organisations with their
// roles and mention counts, and each speaker with their quotes. Built from the
// spans in the page (so it agrees with what the reader sees); clicking a quote
// scrolls to it and highlights it. A collapsible panel beside the text where
// there is room for it, else a drawer along the bottom of the screen. All
// text is set with textContent.
import { CLASS, KINDS, QUOTE, ourSpans, readSpan, kindColor, arrangeMarks } from './markup.js';
import { flash } from './tooltip.js';
import { currentOff, applyOff, saveOff } from './prefs.js';

/** The legend's words for each kind. */
const KIND_LABEL = { person: 'People', organization: 'Organisations', place: 'Places', group: 'Groups', date: 'Dates', number: 'Figures', other: 'Other', quote: 'Quotes' };

/** The panel beside the text: its least and largest width, its gap to the text and to the screen's edge. */
const SIDE_MIN_PX = 220;
const SIDE_MAX_PX = 360;
const SIDE_GAP_PX = 24;
const EDGE_PX = 12;

/** Longest quote shown in the panel, in characters, before it is cut with "…". */
const QUOTE_MAX_CHARS = 140;

/** The roots not inside another root (a span is read once). */
const outermost = (roots) => roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));

/**
 * People and organisations (with their quotes), quotes by a speaker the text
 * describes but does not name (one group per description), and quotes by
 * nobody known, from the spans under `roots`. Exported for the unit tests.
 */
export function groups(roots) {
  const entities = new Map(); // entity id -> { name, kind, role, mentions: Set of span ids, quotes: [] }
  const quotesById = new Map(); // span id -> { speaker, span (first piece), text }
  for (const root of roots) {
    for (const span of ourSpans(root)) {
      const f = readSpan(span);
      if (f.isQuote) {
        const q = quotesById.get(f.id);
        if (q) q.text += span.textContent;
        else quotesById.set(f.id, { speaker: f.speaker || '', described: f.speaker ? '' : f.role || '', span, text: span.textContent });
      } else if (f.ref && (f.kind === 'person' || f.kind === 'organization')) {
        const e = entities.get(f.ref) || { name: f.name || span.textContent, kind: f.kind, role: f.role || '', mentions: new Set(), quotes: [] };
        e.mentions.add(f.id);
        entities.set(f.ref, e);
      }
    }
  }
  // Quotes whose speaker is not named: by the description the text gives
  // ("a spokeswoman for the port"), one group per description, then those
  // with none.
  const described = new Map(); // lower-case description -> { name, quotes }
  const unnamed = [];
  for (const q of quotesById.values()) {
    const e = entities.get(q.speaker);
    if (e) e.quotes.push(q);
    else if (q.speaker === '' && q.described) {
      const key = q.described.toLowerCase();
      const d = described.get(key) || { name: q.described, quotes: [] };
      d.quotes.push(q);
      described.set(key, d);
    } else if (q.speaker === '') unnamed.push(q);
  }
  return { entities: [...entities.values()], described: [...described.values()], unnamed };
}

/**
 * Add the panel for the enriched `roots`: an array, or a function giving the
 * current array (so parts enriched later are read on refresh; ids are
 * unique page-wide, so one entity is one entry across all of them). Returns
 * { refresh(), remove(), element }.
 */
export function createPanel(roots) {
  const current = typeof roots === 'function' ? roots : () => roots;
  const doc = current()[0]?.ownerDocument || document;
  const make = (tag, className, text) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const aside = make('aside', CLASS.panel);
  aside.setAttribute('aria-label', 'Who said what');
  const toggle = make('button', CLASS.panelToggle);
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  const body = make('div', CLASS.panelBody);
  body.id = `${CLASS.panel}-${Math.random().toString(36).slice(2, 8)}`;
  body.hidden = true;
  toggle.setAttribute('aria-controls', body.id);
  const setOpen = (open) => {
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(body.hidden));
  // Escape closes it, focus back on its button.
  aside.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || body.hidden) return;
    setOpen(false);
    toggle.focus();
  });
  aside.append(toggle, body);
  doc.body.append(aside);

  /**
   * Beside the text when there is room right of the enriched part (a
   * column of SIDE_MIN_PX or more), else a drawer along the bottom of the
   * screen. Numbers only go into its style (never a page string).
   */
  const win = doc.defaultView;
  function fit() {
    const first = current().find((r) => r.isConnected);
    const vw = doc.documentElement.clientWidth;
    const right = first ? first.getBoundingClientRect().right : vw;
    const room = vw - right - SIDE_GAP_PX - EDGE_PX;
    const side = room >= SIDE_MIN_PX;
    aside.dataset.mode = side ? 'side' : 'drawer';
    aside.style.left = side ? `${Math.round(right + SIDE_GAP_PX)}px` : '';
    aside.style.width = side ? `${Math.round(Math.min(room, SIDE_MAX_PX))}px` : '';
  }
  fit();
  win.addEventListener('resize', fit, { passive: true });

  function quoteButton(q) {
    const b = make('button', CLASS.panelQuote);
    b.type = 'button';
    const t = q.text.replace(/\s+/g, ' ').trim();
    b.textContent = `“${t.length > QUOTE_MAX_CHARS ? `${t.slice(0, QUOTE_MAX_CHARS - 1)}…` : t}”`;
    b.addEventListener('click', () => flash(q.span));
    return b;
  }

  /** One speaker: the name in bold, the role, and their quotes as buttons. */
  function speakerItem(name, role, quotes) {
    const li = make('li');
    li.append(make('strong', '', name));
    if (role) li.append(doc.createTextNode(`, ${role}`));
    const list = make('ul');
    for (const q of quotes) {
      const qi = make('li');
      qi.append(quoteButton(q));
      list.append(qi);
    }
    li.append(list);
    return li;
  }

  /**
   * The legend: a checkbox per kind found, ticked when shown; a change shows
   * or hides that kind at once and is remembered for the site (prefs.js).
   */
  function legend() {
    const found = new Set();
    for (const root of current()) for (const s of ourSpans(root)) found.add(readSpan(s).kind);
    const box = make('fieldset', CLASS.legend);
    box.append(make('legend', '', 'Show'));
    for (const kind of [...KINDS, QUOTE].filter((k) => found.has(k))) {
      const label = make('label');
      const input = make('input');
      input.type = 'checkbox';
      input.value = kind;
      input.checked = !currentOff(doc).includes(kind);
      input.addEventListener('change', () => {
        const off = [...box.querySelectorAll('input')].filter((i) => !i.checked).map((i) => i.value);
        // Kinds not found on this page keep their setting.
        const kept = currentOff(doc).filter((k) => !found.has(k));
        applyOff(doc, [...kept, ...off]);
        saveOff([...kept, ...off], doc.defaultView);
        arrangeMarks(outermost(current()), [...kept, ...off]);
      });
      const swatch = make('span', CLASS.legendSwatch);
      // One of a fixed table's values (markup.js kindColor): never a page string.
      swatch.style.background = kindColor(kind);
      label.append(input, swatch, doc.createTextNode(KIND_LABEL[kind]));
      box.append(label);
    }
    return found.size ? box : null;
  }

  function refresh() {
    const { entities, described, unnamed } = groups(outermost(current()));
    const speakers = entities.filter((e) => e.quotes.length).sort((a, b) => b.quotes.length - a.quotes.length);
    // Named speakers and described ones ("a senior source") alike.
    const count = speakers.length + described.length;
    toggle.textContent = `Who said what · ${count} ${count === 1 ? 'speaker' : 'speakers'}`;
    body.replaceChildren();
    const kinds = legend();
    if (kinds) body.append(kinds);
    if (speakers.length || described.length || unnamed.length) {
      body.append(make('h2', '', 'Quotes'));
      const list = make('ul', CLASS.panelSpeakers);
      for (const e of speakers) list.append(speakerItem(e.name, e.role, e.quotes));
      for (const d of described) list.append(speakerItem(d.name, 'not named', d.quotes));
      if (unnamed.length) list.append(speakerItem('Speaker not named', '', unnamed));
      body.append(list);
    }
    const people = entities.sort((a, b) => b.mentions.size - a.mentions.size);
    if (people.length) {
      body.append(make('h2', '', 'People and organisations'));
      const list = make('ul', CLASS.panelEntities);
      for (const e of people) {
        const n = e.mentions.size;
        const kind = e.kind === 'person' ? 'person' : 'organisation';
        list.append(make('li', '', `${e.name}${e.role ? `, ${e.role}` : ''} · ${kind} · ${n} ${n === 1 ? 'mention' : 'mentions'}`));
      }
      body.append(list);
    }
  }
  refresh();
  return {
    refresh() {
      refresh();
      fit();
    },
    remove() {
      win.removeEventListener('resize', fit);
      aside.remove();
    },
    element: aside,
  };
}
