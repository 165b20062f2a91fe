// The window on a desk of 20,000 articles, made in setup by the real CLI importing a
// generated folder: the list shows its first screen with the total, keeps only a screenful
// of rows in the page, scrolls to the last article, filters by outlet and searches with the
// right counts, and a status change shows in the open article's progress bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEST_TIMEOUT_MS, openApp, scratchDir } from './app.mjs';
import { MARKER, writeCorpus } from './corpus.mjs';

const ARTICLES = Number(process.env.SCALE_E2E_ARTICLES ?? 20000);
/** Setup (writing and importing the folder) and the window steps together. */
const SCALE_TIMEOUT_MS = Number(process.env.SCALE_E2E_TIMEOUT_MS ?? 30 * 60 * 1000);

const byTestId = (id) => `[data-testid="${id}"]`;

/** The `claimdesk` CLI built beside the app ($CLI overrides). */
function cliPath() {
  const cli = process.env.CLI ?? join(dirname(process.env.APP ?? ''), 'claimdesk');
  if (!existsSync(cli)) throw new Error(`no claimdesk CLI at ${cli}; run this through 'make e2e'`);
  return cli;
}

function importWithCli(db, folder) {
  execFileSync(cliPath(), ['import', '--quiet', folder], {
    env: { ...process.env, CLAIMDESK_DB: db },
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function totalShown(browser) {
  const heading = browser.$(`${byTestId('article-total')}[data-total]`);
  await heading.waitForExist({ timeout: 60000, timeoutMsg: 'the article list never showed its total' });
  return Number(await heading.getAttribute('data-total'));
}

async function waitForTotal(browser, expected, what) {
  await browser.waitUntil(async () => (await totalShown(browser)) === expected, {
    timeout: 30000,
    timeoutMsg: `${what}: the list total did not become ${expected}`,
  });
}

/** How many elements the article list puts in the page. */
const listElements = (browser) =>
  browser.execute(() => document.querySelector('[data-testid="article-list"]').querySelectorAll('*').length);

test(`the window stays usable on ${ARTICLES} articles`, { timeout: SCALE_TIMEOUT_MS }, async () => {
  const dir = scratchDir();
  const db = join(dir, 'claimdesk.sqlite3');
  const { byOutlet, marked } = writeCorpus(join(dir, 'corpus'), ARTICLES);
  importWithCli(db, join(dir, 'corpus'));

  const app = await openApp(db);
  try {
    const { browser } = app;
    browser.setTimeout({ script: TEST_TIMEOUT_MS });
    assert.equal(await totalShown(browser), ARTICLES);
    await browser.$(byTestId('article-item')).waitForExist({ timeoutMsg: 'no article row on the first screen' });
    const firstScreen = await browser.$$(byTestId('article-item')).length;
    assert.ok(firstScreen >= 5 && firstScreen < 100, `first screen has ${firstScreen} rows`);
    assert.ok((await listElements(browser)) < 1000, 'the list put more than a screenful in the page');

    // Dragging the scrollbar to the end reaches the last article.
    await browser.execute(() => {
      const list = document.querySelector('[data-testid="article-list"]');
      list.scrollTop = list.scrollHeight;
    });
    const last = browser.$(`${byTestId('article-item')}[data-index="${ARTICLES - 1}"]`);
    await last.waitForExist({ timeout: 30000, timeoutMsg: 'scrolling to the end did not show the last article' });
    assert.ok((await last.getProperty('textContent')).trim().length > 0, 'the last row is empty');
    assert.ok((await listElements(browser)) < 1000, 'scrolling left rows behind in the page');

    // An outlet filter counts exactly the pages that declared that outlet.
    const [outlet, expected] = [...byOutlet].sort((a, b) => b[1] - a[1])[0];
    await browser.$(byTestId('article-filters-toggle')).click();
    await browser.$(byTestId('article-filter-outlet')).selectByAttribute('value', outlet);
    await waitForTotal(browser, expected, `outlet ${outlet}`);
    await browser.$(byTestId('article-filters-clear')).click();
    await waitForTotal(browser, ARTICLES, 'clearing the filter');

    // A word planted in a known set of articles: the search total and the articles it names.
    const search = browser.$(byTestId('search-input'));
    await search.setValue(MARKER);
    const total = browser.$(`${byTestId('search-total')}[data-total]`);
    await total.waitForExist({ timeout: 30000, timeoutMsg: 'the search gave no total' });
    // Results come while typing: read them in one go, once the whole word has been searched.
    const namedArticles = () =>
      browser.execute(() => new Set(
        [...document.querySelectorAll('[data-testid="search-result"]')].map((el) => el.dataset.articleId),
      ).size);
    await browser.waitUntil(async () => (await namedArticles()) === marked.length, {
      timeout: 30000,
      timeoutMsg: `the search did not name the ${marked.length} marked articles`,
    });
    assert.ok(Number(await total.getAttribute('data-total')) >= marked.length);
    await browser.keys('Escape');

    // Open the top article and dispute its first claim: its row's bar shows it.
    await browser.execute(() => {
      document.querySelector('[data-testid="article-list"]').scrollTop = 0;
    });
    const top = browser.$(`${byTestId('article-item')}[data-index="0"]`);
    await top.waitForExist();
    const articleId = await top.getAttribute('data-article-id');
    await top.click();
    await browser.$(byTestId('claim-text')).waitForExist({ timeoutMsg: 'the article opened with no current claim' });
    await browser.$(byTestId('status-disputed')).click();
    const bar = browser.$(`${byTestId('article-item')}[data-article-id="${articleId}"] ${byTestId('review-progress')}`);
    await browser.waitUntil(async () => /\b1 disputed\b/.test(await bar.getAttribute('aria-label')), {
      timeoutMsg: 'the row progress bar did not show the disputed claim',
    });
    assert.notEqual(await bar.$('[data-part="disputed"]').getAttribute('style'), 'width: 0%;');
  } finally {
    await app.quit();
  }
});
