// @ts-check
// The search page's script (src/pages/search/index.astro): runs the page
// (./search-page.js) with its usual options.
import { searchPage } from './search-page.js';

searchPage();
