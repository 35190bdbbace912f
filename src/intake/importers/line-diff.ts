/**
 * Line diff (Myers' O(ND) algorithm, "An O(ND) Difference Algorithm and Its Variations", 1986)
 * with the common head and tail trimmed first, so a small change to a large spec stays cheap.
 */

export type LineEdit =
  | { readonly kind: 'equal'; readonly before: number; readonly after: number }
  | { readonly kind: 'delete'; readonly before: number }
  | { readonly kind: 'insert'; readonly after: number };

/** The shortest edit script turning `before` into `after`, as line indexes into each. */
export function diffLines(before: readonly string[], after: readonly string[]): LineEdit[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;

  const edits: LineEdit[] = [];
  for (let index = 0; index < head; index++) edits.push({ kind: 'equal', before: index, after: index });
  const middle = myers(before.slice(head, before.length - tail), after.slice(head, after.length - tail));
  for (const edit of middle) {
    if (edit.kind === 'equal') edits.push({ kind: 'equal', before: edit.before + head, after: edit.after + head });
    else if (edit.kind === 'delete') edits.push({ kind: 'delete', before: edit.before + head });
    else edits.push({ kind: 'insert', after: edit.after + head });
  }
  for (let index = 0; index < tail; index++) {
    edits.push({ kind: 'equal', before: before.length - tail + index, after: after.length - tail + index });
  }
  return edits;
}

function myers(before: readonly string[], after: readonly string[]): LineEdit[] {
  const n = before.length;
  const m = after.length;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (frontier[offset + k - 1] ?? 0) < (frontier[offset + k + 1] ?? 0));
      let x = down ? (frontier[offset + k + 1] ?? 0) : (frontier[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to recover the path.
  const edits: LineEdit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const snapshot = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (snapshot[offset + k - 1] ?? 0) < (snapshot[offset + k + 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : (snapshot[offset + previousK] ?? 0);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ kind: 'equal', before: x, after: y });
    }
    if (d > 0) {
      if (down) edits.push({ kind: 'insert', after: --y });
      else edits.push({ kind: 'delete', before: --x });
    }
  }
  return edits.reverse();
}
