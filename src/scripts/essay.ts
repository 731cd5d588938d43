// The essay page's behaviour, as one module (one request): each import defines a custom element.
import './spoiler-gate';
import './spoiler-text';
import './essay-notes';
