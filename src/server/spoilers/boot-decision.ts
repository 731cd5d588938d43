import { CONSENT_STORAGE_KEY } from '../../shared/spoilers/consent';
import { SPOILER_LEVELS } from '../../shared/spoilers/levels';

/**
 * The spoiler part of the head script (src/server/boot-script.ts), run before first paint from
 * two attributes the page puts on the script element:
 * - `data-scopes`: every spoiler scope on the page (src/shared/spoilers/scopes.ts). For each, a
 *   constructed stylesheet hides the text that waits for it while it is closed, or what stands in
 *   for it once it is open; then `html[data-scoped]` says the rules are in place (without the
 *   constructed-stylesheet API, CSS keeps every scoped text hidden);
 * - `data-gate`: on a gated essay, the scopes of its gate; `html[data-spoilers]` becomes `open`
 *   when consent covers them all, else `closed`.
 * It reads the stored consent exactly as src/shared/spoilers/scopes.ts `readAccepted` does and
 * builds the rules `scopeRules` builds: tests/unit/consent.test.ts runs both over one table.
 * It is the script's last part, so it may return early.
 */
export const SPOILER_BOOT = [
  `var L=${JSON.stringify(SPOILER_LEVELS)},a={};if(!s)return;`,
  // Stored consent: film → level, only known levels, from a plain object.
  `try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(CONSENT_STORAGE_KEY)})||"{}");`,
  'if(p&&typeof p=="object"&&!Array.isArray(p))for(var k in p)if(L.indexOf(p[k])>=0)a[k]=p[k]}catch(e){}',
  // ok(token): does consent cover "film:level"?
  'function ok(t){var i=t.indexOf(":");return L.indexOf(a[t.slice(0,i)]||"none")>=L.indexOf(t.slice(i+1))}',
  // T(attribute): its scope tokens (the build writes each once).
  'function T(v){return(v||"").split(/\\s+/).filter(function(t){return/^[^:\\s]+:(mild|major)$/.test(t)})}',
  'var g=s.dataset.gate;if(g!=null)r.dataset.spoilers=T(g).every(ok)?"open":"closed";',
  // The rules; R, not c, which the colour-scheme part already uses.
  'var R="";T(s.dataset.scopes).forEach(function(t){',
  `R+="["+(ok(t)?"data-spoiler-ask":"data-spoiler-scope")+'~="'+t+'"]{display:none!important}'});`,
  'try{var S=new CSSStyleSheet();S.replaceSync(R);d.adoptedStyleSheets=d.adoptedStyleSheets.concat(S);r.dataset.scoped=""}catch(e){}',
].join('');
