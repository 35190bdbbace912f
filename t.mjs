import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
const p = unified().use(remarkParse).use(remarkGfm);
const md = "# 1. Current State\n\n| a | b |\n|---|---|\n| `pve1` | 32 GB |\n\n1. Step one\n   - Validation: ok\n2. Two\n\n```sh\nzpool destroy tank\n```\n";
const tree = p.parse(md);
console.log(JSON.stringify(tree.children.map(c=>[c.type,c.position.start, toString(c).slice(0,40)])));
for (const n of [1e3, 1e4, 1e5]) {
  for (const s of ['>'.repeat(n)+' x', '- '.repeat(n)+'x', '['.repeat(n), '*'.repeat(n)+'x'+'*'.repeat(n), '  '.repeat(n)+'1. x']) {
    const t0=Date.now();
    try { const t = p.parse(s); toString(t); console.log(n, s.slice(0,3), 'ok', Date.now()-t0); } catch(e) { console.log(n, s.slice(0,3), 'ERR', e.message.slice(0,80)); }
  }
}
