// Builds a folder of news articles for the scale tests from the PolNeAR texts: each copy gets
// one added sentence of its own, so none is a duplicate. Every fourth file is an HTML page
// that declares its outlet and date (the publisher and day in the PolNeAR file name); the
// others are plain text. A made-up marker word goes into a known set of articles, for search.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A word no news text contains, planted in the articles `isMarked` picks. */
export const MARKER = 'quillastrophe';

const SPLITS = ['train', 'dev', 'test'];
const NOTES = ['Wire copy', 'Archive note', 'Desk note', 'Filed note'];

/** The PolNeAR folder: beside the repository's parent (`../shared`), or $SHARED. */
export function polnearDir() {
  return join(process.env.SHARED ?? join(process.cwd(), '..', 'shared'), 'data', 'polnear');
}

function sources(dir) {
  return SPLITS.flatMap((split) => {
    const folder = join(dir, split, 'text');
    return readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const [publisher, date] = name.split('_');
        return { publisher, date, text: readFileSync(join(folder, name), 'utf8') };
      });
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlPage(title, paragraphs, outlet, date) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<meta property="og:site_name" content="${escapeHtml(outlet)}">` +
    `<meta property="article:published_time" content="${date}T09:00:00Z"></head><body><article>` +
    `<h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}` +
    '</article></body></html>';
}

/**
 * Writes `count` articles into `folder` (in nested subfolders of 1,000) and returns what a
 * test needs to know of them: how many HTML pages name each outlet, and which are marked.
 */
export function writeCorpus(folder, count, isMarked = (i) => i % 1000 === 999) {
  const texts = sources(polnearDir());
  const byOutlet = new Map();
  const marked = [];
  for (let i = 0; i < count; i++) {
    const source = texts[i % texts.length];
    const [title, ...rest] = source.text.split('\n');
    const paragraphs = rest.map((line) => line.trim()).filter(Boolean);
    const note = `${NOTES[i % NOTES.length]} ${i + 1}: this copy went out in round ${Math.floor(i / texts.length) + 1}.`;
    paragraphs.push(isMarked(i) ? `${note} Editors flagged it ${MARKER}.` : note);
    if (isMarked(i)) marked.push(i);
    const sub = join(folder, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const name = `article-${String(i).padStart(6, '0')}`;
    if (i % 4 === 0) {
      byOutlet.set(source.publisher, (byOutlet.get(source.publisher) ?? 0) + 1);
      writeFileSync(join(sub, `${name}.html`), htmlPage(title.trim(), paragraphs, source.publisher, source.date));
    } else {
      writeFileSync(join(sub, `${name}.txt`), `${title.trim()}\n\n${paragraphs.join('\n\n')}\n`);
    }
  }
  return { byOutlet, marked };
}
