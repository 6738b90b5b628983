// The bookmarklet's one line of feedback: a small box in the corner saying
// what happened ("Marked 34 names and 12 quotes · click again to remove",
// "This page does not allow it"), a polite live region, with a button to
// dismiss it. It takes no focus (the reader's place on the page stays
// where it was); Escape or the button closes it, and when focus was inside
// it goes back to where it came from. It hides by itself after a while,
// unless the pointer or focus is on it.
//
// Text only: every string is set with textContent. Styled through the
// element's style object, not a stylesheet or a style attribute: a page whose
// Content-Security-Policy refuses our stylesheet (or inline styles) still
// shows it.

const STYLE = {
  position: 'fixed', top: '12px', right: '12px', zIndex: '2147483600', display: 'flex', alignItems: 'center', gap: '10px',
  maxWidth: 'min(26rem, calc(100vw - 24px))', boxSizing: 'border-box', padding: '8px 8px 8px 12px', borderRadius: '6px',
  background: '#1c2128', color: '#f6f8fa', font: '14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  boxShadow: '0 4px 16px rgb(0 0 0 / 25%)', textAlign: 'left', letterSpacing: 'normal',
};
const BUTTON = {
  all: 'unset', cursor: 'pointer', padding: '2px 8px', borderRadius: '4px', font: 'inherit', lineHeight: '1.4', color: 'inherit',
  border: '1px solid rgb(246 248 250 / 45%)',
};
/** How long the box stays, unless the reader is on it. */
const SHOW_MS = 8000;

let current = null;

/** Remove the status box, if one shows. */
export function clearStatus() {
  if (current) current.close();
}

/**
 * Show `message` in the status box of `doc` (replacing any earlier one).
 * Returns the box element (for tests).
 */
export function showStatus(doc, message) {
  clearStatus();
  const win = doc.defaultView;
  const box = doc.createElement('div');
  Object.assign(box.style, STYLE);
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('data-ae-status', '');
  const text = doc.createElement('span');
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.setAttribute('aria-label', 'Dismiss this message');
  Object.assign(close.style, BUTTON);
  box.append(text, close);
  (doc.body || doc.documentElement).append(box);
  // Filled just after insertion, so that screen readers announce it.
  win.setTimeout(() => {
    text.textContent = message;
  }, 30);

  let timer = 0;
  let before = doc.activeElement;
  const onKey = (e) => {
    if (e.key === 'Escape') state.close();
  };
  const arm = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (!box.matches(':hover') && !box.contains(doc.activeElement)) state.close();
      else arm();
    }, SHOW_MS);
  };
  const state = {
    close() {
      win.clearTimeout(timer);
      doc.removeEventListener('keydown', onKey, true);
      const hadFocus = box.contains(doc.activeElement);
      box.remove();
      if (current === state) current = null;
      if (hadFocus && before && before.isConnected && typeof before.focus === 'function') before.focus({ preventScroll: true });
    },
  };
  box.addEventListener('focusin', (e) => {
    if (!box.contains(e.relatedTarget) && e.relatedTarget) before = e.relatedTarget;
  });
  close.addEventListener('click', () => state.close());
  doc.addEventListener('keydown', onKey, true);
  arm();
  current = state;
  return box;
}
