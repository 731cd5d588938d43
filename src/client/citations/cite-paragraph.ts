/**
 * "Cite this paragraph", loaded when "Cite this essay" first opens (site.ts): while the address
 * points at a paragraph of the essay (its "¶" link, or a link from elsewhere), the box shows that
 * paragraph's citations, its number in the slots the engine placed. Without script the box stays
 * hidden and "Cite this essay" explains how to add the number by hand (CiteEssay.astro).
 */
const box = document.getElementById('cite-paragraph');

function showCitedParagraph() {
  const number = document.getElementById(location.hash.slice(1))?.dataset.paragraph;
  box!.hidden = !number;
  if (number) for (const slot of box!.querySelectorAll('[data-paragraph-slot]')) slot.textContent = number;
}

if (box) {
  addEventListener('hashchange', showCitedParagraph);
  showCitedParagraph();
}
