/** The report's only stylesheet, inlined: readable on screen, and on paper (no navigation, no split steps). */
export const reportCss = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa; --accent: #0969da; --bad: #cf222e; --good: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1080px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 1.9em; margin: 0 0 .4em; line-height: 1.25; }
h2 { font-size: 1.45em; margin: 2.2em 0 .6em; padding-bottom: .25em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15em; margin: 1.6em 0 .5em; }
h4 { font-size: 1em; margin: 0 0 .4em; }
p, ul, ol, dl, table, figure, pre { margin: 0 0 1em; }
code { font: .88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg-soft); padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
pre { background: var(--bg-soft); padding: 12px; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; color: var(--muted); }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
nav.toc { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 12px 20px; margin: 1.5em 0; }
nav.toc h2 { font-size: 1em; margin: 0 0 .4em; border: 0; padding: 0; }
nav.toc ol { columns: 2; margin: 0; }
a { color: var(--accent); text-decoration: none; }
.stage { display: inline-block; font-size: .8em; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: 0 .7em; margin: 0 0 1em; }
.table-wrap { overflow-x: auto; margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--bg-soft); }
td.num, th.num { text-align: right; white-space: nowrap; }
td.fail { color: var(--bad); font-weight: 600; }
td.pass { color: var(--good); }
figure.diagram { border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
figure.diagram figcaption { font-weight: 600; margin-bottom: 8px; }
figure.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
details summary { cursor: pointer; color: var(--muted); margin-top: 8px; }
.step { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: 12px 16px; margin: 0 0 1em; }
.step dl { display: grid; grid-template-columns: max-content 1fr; gap: .3em 1em; margin: 0; }
.step dt { font-weight: 600; }
.step dd { margin: 0; }
.step dd ul { margin: 0; padding-left: 1.2em; }
.rule { font-weight: 600; }
footer { margin-top: 3em; color: var(--muted); font-size: .85em; }
@media print {
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  nav.toc, details { display: none; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  .step, figure.diagram, tr { break-inside: avoid; }
  a { color: inherit; }
  .table-wrap { overflow: visible; }
}
`;
