import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const p = unified().use(remarkParse).use(process.argv[3]==='nogfm'?()=>{}:remarkGfm);
const n = Number(process.argv[2]);
const alpha = process.argv[4] ?? 'abc de*_[]()`<>!|-#~\n\n 1.\\:';
let s=''; let x=7; for(let i=0;i<n;i++){x=(x*1103515245+12345)%2147483648; s+=alpha[x%alpha.length];}
const t0 = performance.now(); p.parse(s); console.log(n, Math.round(performance.now()-t0));
