// Starts the real Claimdesk window under WebDriver (tauri-driver + WebKitWebDriver) and stops it.
// Every test gets its own database file; a restart on the same file checks persistence.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';

const DRIVER_PORT = 4444;

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

/** A fresh folder for one test's database and files. */
export function scratchDir() {
  return mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
}

/** Opens the app on the database at `dbPath`; returns the WebDriver browser and a `quit()`. */
export async function openApp(dbPath) {
  const driver = spawn(tauriDriverPath(), ['--port', String(DRIVER_PORT)], {
    env: { ...process.env, CLAIMDESK_DB: dbPath },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  try {
    await waitForPort(DRIVER_PORT);
    const browser = await remote({
      hostname: '127.0.0.1',
      port: DRIVER_PORT,
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
      driver.kill();
      await exited;
    };
    return { browser, quit };
  } catch (error) {
    driver.kill();
    await exited;
    throw error;
  }
}
