// Local stand-in for the `chromedriver` npm package, whose installer downloads a driver (impossible
// offline). tachometer only needs `chromedriver` to be importable, and the driver on PATH for Selenium;
// this one points at the system's driver (Debian's chromium-driver) instead.
/* global process */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

const candidates = [process.env.CHROMEDRIVER_PATH, '/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver'];

/** The driver's path: CHROMEDRIVER_PATH, else the system's; plain `chromedriver` (from PATH) if none is found. */
export const path = candidates.find((p) => p && existsSync(p)) ?? 'chromedriver';
export const version = '156.0.0';
export default { path, version };

// Selenium looks for `chromedriver` on PATH when it is not told where it is.
if (path !== 'chromedriver' && !(process.env.PATH ?? '').split(':').includes(dirname(path)))
  process.env.PATH = `${dirname(path)}:${process.env.PATH ?? ''}`;
