// Starts the real Claimdesk window under WebDriver (tauri-driver + WebKitWebDriver) and stops it.
// Every test gets its own database file; a restart on the same file checks persistence.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { remote } from 'webdriverio';

/** A port nobody listens on now, so a driver left over from another run cannot answer. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function tauriDriverPath() {
  const local = join(homedir(), '.cargo', 'bin', 'tauri-driver');
  if (existsSync(local)) return local;
  return execFileSync('sh', ['-c', 'command -v tauri-driver'], { encoding: 'utf8' }).trim();
}

function appPath() {
  const app = process.env.APP;
  if (!app || !existsSync(app)) {
    throw new Error(`APP must point at the built Claimdesk binary (got ${app}); run it through 'make e2e'`);
  }
  return app;
}

async function waitForPort(port, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on port ${port}`);
}

/** Clicks `element` as a reader would pick it. A highlight that wraps over two lines has its
 *  centre outside its own text, which WebDriver's click refuses, so the click is sent from
 *  inside the page after scrolling the element into view. */
export async function pick(browser, element) {
  await browser.execute((el) => {
    el.scrollIntoView({ block: 'center' });
    el.click();
  }, element);
}

/** Each test's limit, so a stuck window fails the run instead of hanging it. */
export const TEST_TIMEOUT_MS = 240000;

/** A fresh folder for one test's database and files, removed when the test file's process
 *  ends (the scale test's folder holds half a gigabyte). */
export function scratchDir() {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens the app on the database at `dbPath`; returns the WebDriver browser and a `quit()`. */
export async function openApp(dbPath) {
  const port = await freePort();
  const nativePort = await freePort();
  // Its own process group, so stopping it also stops the WebKitWebDriver it starts.
  const driver = spawn(
    tauriDriverPath(),
    ['--port', String(port), '--native-port', String(nativePort)],
    {
      // The window's own data (its web storage: note drafts) lives beside the test's database,
      // so a run never sees what an earlier run left in the user's data folder, while a
      // restart on the same database still finds it.
      env: { ...process.env, CLAIMDESK_DB: dbPath, XDG_DATA_HOME: join(dirname(dbPath), 'data') },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  const stopDriver = async () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  };
  try {
    await waitForPort(port);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      waitforTimeout: 15000,
      capabilities: {
        browserName: 'wry',
        'wdio:enforceWebDriverClassic': true,
        'tauri:options': { application: appPath() },
      },
    });
    const quit = async () => {
      await browser.deleteSession().catch(() => {});
      await stopDriver();
    };
    return { browser, quit };
  } catch (error) {
    await stopDriver();
    throw error;
  }
}
