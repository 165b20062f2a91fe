// Article text is shown as text: markup in an article is displayed literally and never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_TIMEOUT_MS, openApp, scratchDir } from './app.mjs';

const byTestId = (id) => `[data-testid="${id}"]`;

test('script and onerror markup in an article is shown literally and runs nothing', { timeout: TEST_TIMEOUT_MS }, async () => {
  const dir = scratchDir();
  const article = join(dir, 'hostile.txt');
  writeFileSync(
    article,
    'Markup in the wire copy\n\n' +
      'The page said <script>window.__claimdeskPwned = 1</script> and then ' +
      '<img src=x onerror="window.__claimdeskPwned = 2"> before 3,000 people left the square.\n',
  );

  const app = await openApp(join(dir, 'claimdesk.sqlite3'));
  try {
    const { browser } = app;
    await browser.$(byTestId('import-open')).click();
    await browser.$(byTestId('import-path')).setValue(article);
    await browser.$(byTestId('import-path-go')).click();

    const body = browser.$(byTestId('article-body'));
    await browser.waitUntil(
      async () => (await body.isExisting()) && (await body.getText()).includes('<script>'),
      { timeoutMsg: 'the article with markup was not shown' },
    );
    const text = await body.getText();
    assert.ok(text.includes('<script>window.__claimdeskPwned = 1</script>'), text);
    assert.ok(text.includes('<img src=x onerror="window.__claimdeskPwned = 2">'), text);
    assert.equal((await body.$$('script')).length, 0);
    assert.equal((await body.$$('img')).length, 0);
    // Give a broken image's onerror a moment to fire, had one been created.
    await browser.pause(500);
    assert.equal(await browser.execute(() => window.__claimdeskPwned ?? null), null);
  } finally {
    await app.quit();
  }
});
