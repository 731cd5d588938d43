import { SPOILER_BOOT } from './spoilers/boot-decision';

/** The local-storage key of the reader's colour scheme: `light` or `dark`; absent = follow the system. */
export const THEME_STORAGE_KEY = 'longtake:theme';

/**
 * The one script in <head>, inline and blocking on purpose: whatever must be decided before first
 * paint is decided here, so nothing flashes. Its text is this constant, and the CSP hashes it
 * (astro.config.mjs); keep it one script, free of build-time values that differ between pages.
 *
 * 1. Marks the page as scripted: `html[data-js]`. CSS shows script-only controls from it.
 * 2. Colour scheme: a stored choice becomes `html[data-theme]`, which CSS turns into
 *    `color-scheme` (and so every `light-dark()` token). No stored choice: the system decides.
 *    The header's `[data-theme-toggle]` button is handled here by one delegated click listener,
 *    so pages need no module for it: a click flips the scheme; flipping back to what the system
 *    shows forgets the choice, so the page follows the system again. `aria-pressed` says
 *    whether the dark scheme is on; the `theme-color` metas follow the choice too.
 * 3. Spoilers: applies the reader's consent to every spoiler scope on the page, and opens or closes
 *    a gated essay (src/server/spoilers/boot-decision.ts).
 */
export const HEAD_BOOT_SCRIPT = [
  '(function(d){',
  "var r=d.documentElement,s=d.currentScript;r.dataset.js='';",
  // 2. Colour scheme: c is the reader's choice, or null to follow the system (M).
  `var K=${JSON.stringify(THEME_STORAGE_KEY)},M=matchMedia('(prefers-color-scheme: dark)'),c=null;`,
  'function read(){var v=null;try{v=localStorage.getItem(K)}catch(e){}c=v=="dark"||v=="light"?v:null}',
  'function sys(){return M.matches?"dark":"light"}',
  'function paint(){if(c)r.dataset.theme=c;else delete r.dataset.theme;',
  'var b=d.querySelector("[data-theme-toggle]");if(b)b.setAttribute("aria-pressed",String((c||sys())=="dark"));',
  'd.querySelectorAll("meta[name=theme-color]").forEach(function(m){var q=m.dataset.media||(m.dataset.media=m.media);m.media=c?(q.indexOf(c)<0?"not all":"all"):q})}',
  'read();paint();',
  'd.addEventListener("DOMContentLoaded",paint);if(M.addEventListener)M.addEventListener("change",paint);',
  'addEventListener("storage",function(e){if(e.key==K){read();paint()}});',
  'd.addEventListener("click",function(e){var t=e.target;if(!t||!t.closest||!t.closest("[data-theme-toggle]"))return;',
  'var n=(c||sys())=="dark"?"light":"dark";c=n==sys()?null:n;',
  'try{if(c)localStorage.setItem(K,c);else localStorage.removeItem(K)}catch(x){}paint()});',
  SPOILER_BOOT,
  '})(document)',
].join('');
