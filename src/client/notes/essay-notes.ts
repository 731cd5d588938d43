import { parseScopes } from '../../shared/spoilers/scopes';
import { CONSENT_EVENT, consent } from '../spoilers/consent';

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
/** What opens a popover: a note's mark, or a film mention (remark-film-mentions). */
const TRIGGER = 'a.note-mark, a.film-mention';

/**
 * Whether the page is wide enough for sidenotes: the stylesheet says so in `--lt-notes`, so the
 * breakpoint is written once, in CSS.
 */
const sidenotesShown = () => getComputedStyle(document.documentElement).getPropertyValue('--lt-notes').trim() === 'sidenotes';

/** The id of a mark's note text: `#user-content-fn-x` → `note-x` (rehype-note-marks). */
const noteIdOf = (mark: HTMLAnchorElement) => `note-${mark.hash.replace(/^#user-content-fn-/, '')}`;

/**
 * `<essay-notes>` wraps an essay's text and shows, in place, what its marks point to: each
 * footnote (from the notes the build rendered at the end, `.note-body#note-<id>`) and each film
 * mention's preview (`#film-preview-<id>`, rendered by the page). What a popover shows is the same text
 * that describes the mark for screen readers, so the popover itself is hidden from them:
 * - one popover at a time, on hover (after a delay; it stays open while the pointer is over the
 *   mark or the popover), on focus, and on tap (the page does not jump; a tap elsewhere closes
 *   it). Escape closes it, and a hovered one stays closed until the pointer leaves and returns.
 *   It flips above or below the mark and is clamped to the viewport;
 * - on wide screens, notes stand in the margin instead, each level with its mark, pushed down so
 *   none overlap; film previews still pop over.
 * A note that waits for spoiler consent (`data-scopes` on its mark) shows neither way, and its mark
 * is described by the line that says so, until the reader's consent covers it.
 * Without script, a mark is a link to its note and a mention a link to the film's page.
 */
export class EssayNotes extends HTMLElement {
  #popover = document.createElement('div');
  #mark: HTMLAnchorElement | null = null;
  /** A mark whose hovered popover the reader dismissed with Escape: it waits for the pointer to leave. */
  #dismissed: HTMLAnchorElement | null = null;
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
      const mark = this.#markOf(event.target);
      if (event.pointerType !== 'touch' && mark && mark !== this.#dismissed) this.#schedule(() => this.#open(mark), OPEN_DELAY_MS);
    });
    this.addEventListener('pointerout', (event) => {
      const mark = this.#markOf(event.target);
      if (event.pointerType === 'touch' || !mark || mark.contains(event.relatedTarget as Node | null)) return;
      if (mark === this.#dismissed) this.#dismissed = null;
      this.#schedule(() => this.#close(), CLOSE_DELAY_MS);
    });
    popover.addEventListener('pointerover', () => clearTimeout(this.#timer));
    popover.addEventListener('pointerout', () => this.#schedule(() => this.#close(), CLOSE_DELAY_MS));
    this.addEventListener('focusin', (event) => {
      const mark = this.#markOf(event.target);
      // A tap focuses the mark too: the click that follows decides, so the two don't cancel out.
      if (mark && !this.#touch) this.#open(mark);
    });
    this.addEventListener('focusout', (event) => {
      // A tap on a link in the popover moves focus there: that is using the popover, not leaving it.
      if (this.#markOf(event.target) && !popover.contains(event.relatedTarget as Node | null)) this.#close();
    });
    document.addEventListener('pointerdown', (event) => {
      this.#touch = event.pointerType === 'touch';
      const target = event.target as Node;
      if (this.#mark && !popover.contains(target) && !this.#mark.contains(target)) this.#close();
    });
    this.addEventListener('click', (event) => {
      const mark = this.#markOf(event.target);
      if (!mark || !this.#touch || !this.#content(mark)) return;
      // A tap shows the note or preview in place instead of leaving; the preview links to the film's page.
      event.preventDefault();
      if (this.#mark === mark) this.#close();
      else this.#open(mark);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.#mark) return;
      // Focus stays where it is: on the mark when the popover opened by focus, elsewhere when by hover.
      this.#dismissed = this.#mark;
      this.#close();
    });
    addEventListener('scroll', () => this.#mark && this.#place(), { passive: true });
    let sidenotes = sidenotesShown();
    addEventListener('resize', () => {
      if (this.#mark) this.#place();
      // The essay keeps its width across the breakpoint, so the resize observer misses the change.
      if (sidenotes !== (sidenotes = sidenotesShown())) this.#layoutSidenotes();
    });
    addEventListener(CONSENT_EVENT, () => {
      this.#describeMarks();
      this.#layoutSidenotes();
    });
    this.#describeMarks();
    // Observing calls back once at once: that lays the sidenotes out the first time.
    this.#resize.observe(this);
  }

  #markOf(target: EventTarget | null): HTMLAnchorElement | null {
    return target instanceof Element ? target.closest<HTMLAnchorElement>(TRIGGER) : null;
  }

  #allowed(mark: HTMLAnchorElement): boolean {
    return consent.covers(parseScopes(mark.dataset.scopes));
  }

  /** What a mark's popover shows: its film preview or note text, or nothing while the note waits for consent. */
  #content(mark: HTMLAnchorElement): HTMLElement | null {
    if (mark.classList.contains('film-mention')) return document.getElementById(`film-preview-${mark.dataset.film}`);
    return this.#allowed(mark) ? document.getElementById(noteIdOf(mark)) : null;
  }

  /** Spoiler notes: a mark is described by its text once consent covers it, by the line that withholds it before. */
  #describeMarks() {
    for (const mark of this.querySelectorAll<HTMLAnchorElement>('a.note-mark[data-scopes]')) {
      const id = noteIdOf(mark);
      mark.setAttribute('aria-describedby', this.#allowed(mark) ? id : `${id}-withheld`);
    }
  }

  #schedule(action: () => void, delay: number) {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(action, delay);
  }

  #open(mark: HTMLAnchorElement) {
    clearTimeout(this.#timer);
    const content = this.#content(mark);
    if (!content || (sidenotesShown() && mark.classList.contains('note-mark'))) return;
    this.#popover.replaceChildren(...[...content.childNodes].map((node) => node.cloneNode(true)));
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
    if (this.#mark?.classList.contains('note-mark')) this.#close();
    const origin = this.getBoundingClientRect().top;
    let floor = 0;
    for (const mark of this.querySelectorAll<HTMLAnchorElement>('a.note-mark')) {
      const note = this.#content(mark);
      if (!note || !mark.offsetParent) continue;
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
