import { CONSENT_STORAGE_KEY } from '../../shared/spoilers/consent';
import { SPOILER_LEVELS } from '../../shared/spoilers/levels';

/**
 * The spoiler gate's part of the head script (src/server/boot-script.ts), decided before first
 * paint: on a gated essay (`data-film`, `data-level` on the script element), sets
 * `html[data-spoilers]` to `open` or `closed` from the same stored consent that
 * src/shared/spoilers/consent.ts reads and writes; CSS does the rest. It is the script's last part,
 * so it may return early.
 */
export const SPOILER_BOOT = [
  `var L=${JSON.stringify(SPOILER_LEVELS)};if(!s||!s.dataset.film)return;var a="none";`,
  `try{a=JSON.parse(localStorage.getItem(${JSON.stringify(CONSENT_STORAGE_KEY)})||"{}")[s.dataset.film]||"none"}catch(e){}`,
  'r.dataset.spoilers=L.indexOf(a)>=L.indexOf(s.dataset.level)?"open":"closed"',
].join('');
