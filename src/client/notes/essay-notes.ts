import { CONSENT_EVENT, consent } from '../spoilers/consent';
import type { SpoilerLevel } from '../../shared/spoilers/levels';

// Timings and sizes, in one place.
/** Hover intent: a pointer passing over a mark opens nothing. */
const OPEN_DELAY_MS = 200;
/** Grace to move the pointer from a mark into its popover, or back. */
const CLOSE_DELAY_MS = 300;
/** Space between a popover and its mark, and the least space to the viewport's edges, in px. */
const GAP = 8;
/** Least space between two sidenotes, in px. */
const SIDENOTE_GAP = 12;
const SUPPORTS_POPOVER = 'showPopover' in HTMLElement.prototype;

/**
 * Whether the page is wide enough for sidenotes: the stylesheet says so in `--lt-notes`, so the
 * breakpoint is written once, in CSS.
 */
const sidenotesShown = () => getComputedStyle(document.documentElement).getPropertyValue('--lt-notes').trim() === 'sidenotes';

/**
 * `<essay-notes>` wraps an essay's text and shows each footnote beside its mark, from the notes
 * the build already rendered at the end (`.note-body#note-<id>`, which also describes the mark
 * for screen readers):
 * - narrow screens: one popover at a time, on hover (after a delay; it stays open while the
 *   pointer is over the mark or the popover), on focus (Escape closes it, focus stays), and on
 *   tap (the page does not jump; a tap elsewhere closes it). It flips above or below the mark
 *   and is clamped to the viewport;
 * - wide screens: sidenotes in the margin, each level with its mark, pushed down so none overlap.
 * A note marked `data-spoiler` shows neither way until the reader accepts that film's spoilers.
 * Without script, a mark is a link to its note, and the note links back.
 */
export class EssayNotes extends HTMLElement {
  #popover = document.createElement('div');
  #mark: HTMLAnchorElement | null = null;
  #timer = 0;
  #touch = false;
  #resize = new ResizeObserver(() => this.#layoutSidenotes());

  connectedCallback() {
    const popover = this.#popover;
    popover.className = 'note-popover';
    // Screen readers already hear the note as the mark's description; this is its visual twin.
    popover.setAttribute('aria-hidden', 'true');
    // Browsers without the Popover API get a plain fixed box, shown and hidden by attribute.
    if (SUPPORTS_POPOVER) popover.popover = 'manual';
    else popover.hidden = true;
    document.body.append(popover);

    this.addEventListener('pointerover', (event) => {
      if (event.pointerType !== 'touch' && this.#markOf(event.target))
        this.#schedule(() => this.#open(this.#markOf(event.target)!), OPEN_DELAY_MS);
    });
    this.addEventListener('pointerout', (event) => {
      if (event.pointerType !== 'touch' && this.#markOf(event.target)) this.#schedule(() => this.#close(), CLOSE_DELAY_MS);
    });
    popover.addEventListener('pointerover', () => clearTimeout(this.#timer));
    popover.addEventListener('pointerout', () => this.#schedule(() => this.#close(), CLOSE_DELAY_MS));
    this.addEventListener('focusin', (event) => {
      const mark = this.#markOf(event.target);
      // A tap focuses the mark too: the click that follows decides, so the two don't cancel out.
      if (mark && !this.#touch) this.#open(mark);
    });
    this.addEventListener('focusout', (event) => {
      if (this.#markOf(event.target)) this.#close();
    });
    document.addEventListener('pointerdown', (event) => {
      this.#touch = event.pointerType === 'touch';
      const target = event.target as Node;
      if (this.#mark && !popover.contains(target) && !this.#mark.contains(target)) this.#close();
    });
    this.addEventListener('click', (event) => {
      const mark = this.#markOf(event.target);
      if (!mark || !this.#touch || !this.#allowed(mark)) return;
      // A tap shows the note in place instead of jumping to the list.
      event.preventDefault();
      if (this.#mark === mark) this.#close();
      else this.#open(mark);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#mark) {
        const mark = this.#mark;
        this.#close();
        mark.focus();
      }
    });
    addEventListener('scroll', () => this.#mark && this.#place(), { passive: true });
    let sidenotes = sidenotesShown();
    addEventListener('resize', () => {
      if (this.#mark) this.#place();
      // The essay keeps its width across the breakpoint, so the resize observer misses the change.
      if (sidenotes !== (sidenotes = sidenotesShown())) this.#layoutSidenotes();
    });
    addEventListener(CONSENT_EVENT, () => this.#layoutSidenotes());
    this.#resize.observe(this);
  }

  #markOf(target: EventTarget | null): HTMLAnchorElement | null {
    return target instanceof Element ? target.closest<HTMLAnchorElement>('a.note-mark') : null;
  }

  #noteOf(mark: HTMLAnchorElement): HTMLElement | null {
    return document.getElementById(mark.getAttribute('aria-describedby') ?? '');
  }

  #allowed(mark: HTMLAnchorElement): boolean {
    const level = mark.dataset.spoiler as SpoilerLevel | undefined;
    const film = this.closest<HTMLElement>('[data-film]')?.dataset.film;
    return !level || !film || consent.allows(film, level);
  }

  #schedule(action: () => void, delay: number) {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(action, delay);
  }

  #open(mark: HTMLAnchorElement) {
    clearTimeout(this.#timer);
    const note = this.#noteOf(mark);
    if (sidenotesShown() || !note || !this.#allowed(mark)) return;
    this.#popover.replaceChildren(...[...note.childNodes].map((node) => node.cloneNode(true)));
    for (const link of this.#popover.querySelectorAll('a')) link.tabIndex = -1;
    this.#mark = mark;
    mark.setAttribute('aria-expanded', 'true');
    if (SUPPORTS_POPOVER) this.#popover.showPopover();
    else this.#popover.hidden = false;
    this.#place();
  }

  #close() {
    clearTimeout(this.#timer);
    if (!this.#mark) return;
    this.#mark.removeAttribute('aria-expanded');
    this.#mark = null;
    if (SUPPORTS_POPOVER) this.#popover.hidePopover();
    else this.#popover.hidden = true;
  }

  /** Below the mark if it fits, else above; clamped to the viewport either way. */
  #place() {
    const popover = this.#popover;
    const mark = this.#mark!.getBoundingClientRect();
    const { innerWidth: width, innerHeight: height } = window;
    const { offsetWidth: w, offsetHeight: h } = popover;
    const left = Math.max(GAP, Math.min(mark.left + mark.width / 2 - w / 2, width - w - GAP));
    const spaceBelow = height - mark.bottom - GAP;
    const below = h <= spaceBelow - GAP || spaceBelow >= mark.top - GAP;
    const top = below ? mark.bottom + GAP : Math.max(GAP, mark.top - GAP - h);
    popover.style.left = `${left}px`;
    popover.style.top = `${Math.min(top, Math.max(GAP, height - h - GAP))}px`;
    popover.dataset.side = below ? 'below' : 'above';
  }

  /** Sidenotes beside their marks, in order, each pushed below the one before. */
  #layoutSidenotes() {
    for (const old of this.querySelectorAll(':scope > .sidenote')) old.remove();
    if (!sidenotesShown() || !this.offsetParent) return;
    this.#close();
    const origin = this.getBoundingClientRect().top;
    let floor = 0;
    for (const mark of this.querySelectorAll<HTMLAnchorElement>('a.note-mark')) {
      const note = this.#noteOf(mark);
      if (!note || !mark.offsetParent || !this.#allowed(mark)) continue;
      const sidenote = document.createElement('aside');
      sidenote.className = 'sidenote';
      sidenote.setAttribute('aria-hidden', 'true');
      sidenote.append(
        Object.assign(document.createElement('span'), { className: 'sidenote-number', textContent: `${mark.textContent}.` }),
        ...[...note.childNodes].map((node) => node.cloneNode(true)),
      );
      for (const link of sidenote.querySelectorAll('a')) link.tabIndex = -1;
      this.append(sidenote);
      const top = Math.max(mark.getBoundingClientRect().top - origin, floor);
      sidenote.style.top = `${top}px`;
      floor = top + sidenote.offsetHeight + SIDENOTE_GAP;
    }
  }
}

customElements.define('essay-notes', EssayNotes);
