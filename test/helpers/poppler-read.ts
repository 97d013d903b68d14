/** Reading a PDF's pages and fonts with poppler's pdftotext and pdffonts (unit and browser tests alike). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function saved(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-pdf-')), 'report.pdf');
  writeFileSync(path, bytes);
  return path;
}

/** The text of each page, as pdftotext reads it in reading order (pages split at its form feeds). */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved(bytes), '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** The fonts pdffonts lists: name, type and whether each is embedded. */
export function pdfFontList(bytes: Uint8Array): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [saved(bytes)], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/);
    // name type [type…] encoding emb sub uni object ID: the emb/sub/uni columns are the 5th–3rd from the end.
    return { name: parts[0], type: parts.slice(1, -6).join(' '), embedded: parts[parts.length - 5] === 'yes' };
  });
}
