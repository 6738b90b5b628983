// The page API of article-enrich (the package's main entry), written by hand.
import type { EnrichOptions, InitInput } from './wasm.js';

export type { EnrichOptions, Analysis, Entity, EntityKind, Kind, Mention, Quote, Speaker } from './wasm.js';

/** The low-level module (`article-enrich/wasm`), as `load()` resolves to it. */
export type WasmModule = typeof import('./wasm.js');

/**
 * Load the WebAssembly module once (by default the .wasm inside the package;
 * pass another URL, a Response or the bytes to load it from elsewhere). Later
 * calls get the same promise. Rejects with a readable Error (and a later call
 * tries again).
 */
export function load(wasm?: InitInput | Promise<InitInput>): Promise<WasmModule>;

/**
 * Enrich `el` in place: only its text nodes are split and wrapped. On any
 * failure the element is restored and one console line says why. Resolves
 * to true when spans were added.
 */
export function enrichElement(el: Element, options?: EnrichOptions): Promise<boolean>;

/** Undo `enrichElement`: the original text nodes come back, node for node. Resolves to their count. */
export function unenrichElement(el: Element): Promise<number>;

/**
 * Enrich an HTML string: the input with spans added, and exactly the input
 * (lone surrogates included) when nothing is marked or a limit is reached.
 * Invalid options reject.
 */
export function enrichHtml(html: string, options?: EnrichOptions): Promise<string>;

/** The library's version; throws unless the module is loaded (`await load()`). */
export function version(): string;

/** What the site knows about an entity, by its name; shown in its tooltip as text (http(s) links only). */
export interface KnowledgeEntry {
  description?: string;
  url?: string;
}
export type Knowledge = Record<string, KnowledgeEntry>;

export interface TooltipOptions {
  /** The site's own descriptions and links, by entity name. */
  knowledge?: Knowledge | null;
  /** The enriched elements: only spans inside them get a tooltip, and
   *  "Next mention" and "Their quotes" go through all of them. */
  within?: (() => Element[]) | null;
}

/**
 * Show a tooltip for every enriched span under `root` (a document or an
 * element). Returns a function that removes the listeners and the tooltip.
 */
export function attachTooltips(root?: Document | Element, options?: TooltipOptions): () => void;

export interface Panel {
  /** Read the spans again (after enriching more content). */
  refresh(): void;
  /** Take the panel off the page. */
  remove(): void;
  /** The panel's <aside>. */
  readonly element: HTMLElement;
}

/**
 * Add the "who said what" panel for the enriched `roots`: an array, or a
 * function giving the current array (read again on `refresh()`).
 */
export function createPanel(roots: Element[] | (() => Element[])): Panel;

/**
 * Link the package's enrich.css into `doc` unless it is there already.
 * Returns a function that removes the link again if this call added it.
 * (With a bundler, `import 'article-enrich/enrich.css'` does the same.)
 */
export function addStylesheet(doc?: Document): () => void;
