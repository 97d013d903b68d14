/**
 * Reading produced PDFs as files (issue 18) with poppler's `pdftotext` and `pdffonts` (Debian package
 * poppler-utils; .ci/run installs it). Without them locally the tests skip with a message; with
 * REQUIRE_SHARED_DATA=1 or CI set they fail, so CI never passes without checking the PDFs.
 */
import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';
import { isSharedDataRequired } from './shared-data';

export { pdfFontList, pdfPageTexts } from './poppler-read';

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `describe` that runs when pdftotext and pdffonts are installed; skips (or, on CI, fails) otherwise. */
export function describeWithPoppler(name: string, body: () => void): void {
  if (hasTool('pdftotext') && hasTool('pdffonts')) {
    describe(name, body);
    return;
  }
  const why = 'needs pdftotext and pdffonts (apt-get install poppler-utils)';
  if (isSharedDataRequired || process.env.CI) {
    describe(name, () => it(`${name}: ${why}; on CI this is a failure`, () => {
      throw new Error(why);
    }));
  } else {
    console.warn(`[skip] ${name}: ${why}`);
    describe.skip(`${name} (skipped: ${why})`, body);
  }
}
