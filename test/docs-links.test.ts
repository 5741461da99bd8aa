import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

// Every relative link of README.md, CONTRIBUTING.md and docs/*.md leads somewhere: the file exists and, for a
// `#heading` of a Markdown file, the heading does (GitHub's anchors: lower case, punctuation dropped, spaces to -).
const ROOT = path.join(__dirname, '..');
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const withoutCode = (md: string): string => md.replace(/```[\s\S]*?```/g, '');
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of withoutCode(readFileSync(file, 'utf8')).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

test.each(DOCS)('every relative link of %s resolves', (doc) => {
  const broken: string[] = [];
  for (const m of withoutCode(readFileSync(path.join(ROOT, doc), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
    const link = m[1];
    if (/^[a-z]+:/.test(link)) continue;
    const [file, anchor] = link.split('#');
    const target = file ? path.join(ROOT, path.dirname(doc), file) : path.join(ROOT, doc);
    if (!existsSync(target)) broken.push(link);
    else if (anchor && target.endsWith('.md') && !anchors(target).has(anchor)) broken.push(link);
  }
  expect(broken).toEqual([]);
});
