import { SPOILER_LEVELS } from '../lib/spoiler-levels';
import { CONSENT_STORAGE_KEY } from '../lib/consent';

/**
 * Runs in <head> before first paint, so a returning reader never sees the gate flash and a new
 * one never sees the essay flash. It must be a classic inline script to block rendering; its
 * hash goes into the CSP (astro.config.mjs). It marks the page as scripted (`data-js`) and, on a
 * gated essay (`data-film`, `data-level` on the script element), opens or closes the gate from
 * the same stored consent that src/lib/consent.ts reads and writes.
 */
export const SPOILER_BOOT_SCRIPT = `(function(d){var r=d.documentElement,s=d.currentScript,L=${JSON.stringify(SPOILER_LEVELS)};r.dataset.js='';if(!s||!s.dataset.film)return;var a='none';try{a=JSON.parse(localStorage.getItem(${JSON.stringify(CONSENT_STORAGE_KEY)})||'{}')[s.dataset.film]||'none'}catch(e){}r.dataset.spoilers=L.indexOf(a)>=L.indexOf(s.dataset.level)?'open':'closed'})(document)`;
