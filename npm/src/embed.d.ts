// article-enrich/embed: importing it enriches the page by itself, as the
// one-tag embed does (www/article-enrich.js), configured by
// `window.articleEnrichConfig` set before the import. It exports nothing.
import type { Knowledge } from './index.js';

export {};

type Flag = boolean | 'on' | 'off';

declare global {
  interface ArticleEnrichConfig {
    /** Which elements to enrich (default "article, [itemprop=articleBody], main"). */
    selector?: string;
    /** Kinds to mark (default: all but "other", plus quotes). */
    kinds?: string | string[];
    theme?: 'auto' | 'light' | 'dark';
    /** The who-said-what panel (default off). */
    panel?: Flag;
    /** The knowledge map itself, or a selector of a <script type="application/json"> holding it. */
    knowledge?: string | Knowledge;
    /** false or "off": do not load enrich.css. */
    css?: Flag;
    /** false or "off": leave no window.articleEnrich. */
    api?: Flag;
  }
  interface ArticleEnrichApi {
    enrich(el: Element): void;
    unenrich(el: Element): void;
    destroy(): void;
  }
  interface Window {
    articleEnrichConfig?: ArticleEnrichConfig;
    articleEnrich?: ArticleEnrichApi;
  }
}
