// The fenced code blocks of a Markdown file, as JSON: [{ section, lang, file, code }]. `section` is the nearest
// `## ` heading above the block; `file` the name in backticks on the line before it (`` `cdktf.json`: ``), if any.
// Usage: node .ci/readme-blocks.js README.md
'use strict';
const fs = require('fs');

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const blocks = [];
let section = '';
let lastText = '';
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line.startsWith('## ')) section = line.slice(3).trim();
  const open = /^```(\w*)/.exec(line);
  if (open) {
    const body = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    const named = /^`([\w.-]+)`.*:\s*$/.exec(lastText);
    blocks.push({ section, lang: open[1], file: named ? named[1] : undefined, code: body.join('\n') + '\n' });
    lastText = '';
    continue;
  }
  if (line.trim() !== '') lastText = line.trim();
}
process.stdout.write(JSON.stringify(blocks, null, 2) + '\n');
