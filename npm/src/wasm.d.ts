// The low-level WebAssembly API (`article-enrich/wasm`), written by hand: the
// declarations wasm-bindgen generates mark `options` as required, but every
// function that takes options takes them optionally.

/** Options of `enrich`, `tryEnrich` and `enrichElement`. Every field is optional. */
export interface EnrichOptions {
  /** Kinds to mark: "person", "organization", "place", "group", "date", "number",
   *  "other", "quote", as an array or a comma-separated string.
   *  Default: every kind but "other", plus quotes. */
  kinds?: string | Kind[];
  /** Largest input in bytes of UTF-8; larger input is returned unchanged
   *  (`enrich`) or rejected (`tryEnrich`). Default: 33554432 (32 MiB). */
  maxInputBytes?: number;
  /** Deepest element nesting enriched (elements with optional end tags not
   *  counted); deeper input is left unchanged. Default: 100000. */
  maxDepth?: number;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'group' | 'date' | 'number' | 'other';
/** What `kinds` may name: an entity kind, or "quote". */
export type Kind = EntityKind | 'quote';

/** A mention; offsets are UTF-16 code units into the analysed text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  description: string | null;
  mentions: Mention[];
}
export interface Quote {
  start: number;
  end: number;
  text: string;
  /** Entity id of the speaker, or null when the article names nobody. */
  speaker: string | null;
  kind: 'full' | 'partial';
  block: number;
  continued: boolean;
  speakerDescription: string | null;
}
export interface Speaker {
  entity: string;
  quotes: number[];
}
export interface Analysis {
  /** The analysed text (analyzeHtml only): the page's text blocks joined by blank lines. */
  text?: string;
  entities: Entity[];
  quotes: Quote[];
  speakers: Speaker[];
}

/** Analyse plain text: entities, quotes and speakers, offsets in UTF-16 units. */
export function analyze(text: string): Analysis;
/** Analyse HTML: offsets index its blocks' text joined by blank lines. */
export function analyzeHtml(html: string): Analysis;
/** Enrich article HTML. Input over the limits comes back unchanged; invalid options throw. */
export function enrich(html: string, options?: EnrichOptions): string;
/**
 * Enrich an element in place: text nodes are split and wrapped, nothing else
 * is touched. Returns the number of spans inserted. Throws (leaving the
 * element as it was) on invalid options or an element over the size limits.
 */
export function enrichElement(el: Element, options?: EnrichOptions): number;
/**
 * `enrichElement` for live pages: the element is read and analysed in this
 * call (which throws as `enrichElement` does), then the spans are inserted in
 * slices of about `sliceMs` milliseconds (default 10) that yield to the page,
 * so no task runs long. A text node the page changes meanwhile is left alone.
 * Resolves to the number of spans inserted.
 */
export function enrichElementInSlices(el: Element, options?: EnrichOptions, sliceMs?: number): Promise<number>;
/** Enrich article HTML, throwing an `Error` that says why when it cannot. */
export function tryEnrich(html: string, options?: EnrichOptions): string;
/** Undo `enrichElement` on this element; returns the number of text nodes restored. */
export function unenrich(el: Element): number;
/** Remove every span a previous `enrich` inserted. */
export function unenrichHtml(html: string): string;
/** The crate version. */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
export type SyncInitInput = BufferSource | WebAssembly.Module;
/** The raw exports of the instance (for the curious; use the functions above). */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/**
 * Instantiate from bytes or a compiled module, synchronously. In Node the
 * package's `node` build has done this at import already.
 */
export function initSync(module: { module: SyncInitInput }): InitOutput;

/**
 * Fetch and instantiate the module; without an argument, the .wasm beside
 * this file (`new URL('article_enrich_bg.wasm', import.meta.url)`). Must
 * resolve before any other function is called (browser only; Node is
 * initialised at import).
 */
export default function init(moduleOrPath?: { module_or_path: InitInput | Promise<InitInput> }): Promise<InitOutput>;
