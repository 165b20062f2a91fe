// The review loop in the real window: import the sample article, dispute the "80,000 fighters"
// figure with a reason, a refuting source and a note, quit, start again on the same database,
// and find everything as it was left; then export the article to HTML through the Export dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_TIMEOUT_MS, openApp, pick, scratchDir } from './app.mjs';

const REASON = 'Estimates range widely; no primary source.';
const SOURCE_URL = 'https://example.org/militia-estimates';
const SOURCE_TITLE = 'Think-tank estimate of militia strength';
const NOTE = 'The figure traces back to one unnamed estimate.';

const byTestId = (id) => `[data-testid="${id}"]`;

/** The highlight of the quantity claim on the "80,000 fighters" figure. */
async function fightersHighlight(browser) {
  let found;
  await browser.waitUntil(async () => {
    for (const el of await browser.$$(`${byTestId('claim-highlight')}[data-kind="quantity"]`)) {
      if ((await el.getText()).includes('80,000 fighters')) {
        found = el;
        return true;
      }
    }
    return false;
  }, { timeoutMsg: 'no highlighted quantity claim on "80,000 fighters"' });
  return found;
}

test('a reviewed claim keeps its status, source, note and history across a restart', { timeout: TEST_TIMEOUT_MS }, async () => {
  const dir = scratchDir();
  const db = join(dir, 'claimdesk.sqlite3');
  let claimId;

  const first = await openApp(db);
  try {
    const { browser } = first;
    await browser.$(byTestId('import-sample')).click();
    const highlight = await fightersHighlight(browser);
    claimId = await highlight.getAttribute('data-claim-id');
    assert.equal(await highlight.getAttribute('data-status'), 'pending');
    await pick(browser, highlight);
    await browser.$(byTestId('claim-text')).waitUntil(
      async function () { return (await this.getText()).includes('80,000 fighters'); },
      { timeoutMsg: 'the claim panel did not show the selected claim' },
    );

    await browser.$(byTestId('status-reason')).setValue(REASON);
    await browser.$(byTestId('status-disputed')).click();
    const selector = `${byTestId('claim-highlight')}[data-claim-id="${claimId}"]`;
    await browser.waitUntil(
      async () => (await browser.$(selector).getAttribute('data-status')) === 'disputed',
      { timeoutMsg: 'the highlight did not turn disputed' },
    );

    await browser.$(byTestId('source-new')).click();
    await browser.$(byTestId('source-url')).setValue(SOURCE_URL);
    await browser.$(byTestId('source-title')).setValue(SOURCE_TITLE);
    await browser.$(byTestId('source-stance')).selectByAttribute('value', 'refutes');
    await browser.$(byTestId('source-add')).click();
    await browser.$(`${byTestId('source-item')}[data-stance="refutes"]`).waitForExist();

    await browser.$(byTestId('note-input')).setValue(NOTE);
    await browser.waitUntil(
      async () => (await browser.$(byTestId('note-saved')).getText()) === 'Saved',
      { timeoutMsg: 'the note was not saved' },
    );
  } finally {
    await first.quit();
  }

  const second = await openApp(db);
  try {
    const { browser } = second;
    const selector = `${byTestId('claim-highlight')}[data-claim-id="${claimId}"]`;
    await browser.$(selector).waitForExist();
    assert.equal(await browser.$(selector).getAttribute('data-status'), 'disputed');
    await pick(browser, await browser.$(selector));

    const source = browser.$(`${byTestId('source-item')}[data-stance="refutes"]`);
    await source.waitForExist();
    assert.match(await source.getText(), /Think-tank estimate of militia strength/);
    assert.equal(await browser.$(`${byTestId('source-link')}`).getAttribute('href'), SOURCE_URL);

    const notes = await browser.$$(byTestId('note-item')).map((el) => el.getText());
    assert.ok(notes.some((text) => text.includes(NOTE)), `note missing after restart: ${notes}`);

    const history = browser.$(`${byTestId('history-item')}[data-to="disputed"]`);
    await history.waitForExist();
    assert.match(await history.getText(), /no primary source/);

    // The editor's copy: an HTML report of this article, written through the Export dialog.
    const report = join(dir, 'review-report.html');
    await browser.$(byTestId('export-open')).click();
    await browser.$(byTestId('export-format')).selectByAttribute('value', 'html');
    await browser.$(byTestId('export-scope')).selectByAttribute('value', 'article');
    await browser.$(byTestId('export-path')).setValue(report);
    await browser.$(byTestId('export-save')).click();
    await browser.$(byTestId('export-done')).waitForExist({ timeoutMsg: 'the export did not finish' });
    assert.ok(existsSync(report), 'no report file was written');
    const html = readFileSync(report, 'utf8');
    assert.match(html, /80,000 fighters/);
    assert.match(html, /[Dd]isputed/);
    assert.ok(html.includes(SOURCE_URL), 'the source link is missing from the report');
    assert.ok(html.includes(NOTE), 'the note is missing from the report');
    assert.ok(!/<script/i.test(html), 'the report must not contain scripts');
  } finally {
    await second.quit();
  }
});
