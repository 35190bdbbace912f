// The stdio transport answers what it cannot read and keeps reading: oversized lines (id found at
// either end), bad JSON, JSON that is not JSON-RPC, lines split across chunks.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineTransport } from '../../src/mcp/line-transport.js';

async function harness(maxBytes: number) {
  const input = new PassThrough();
  const output = new PassThrough();
  const transport = new LineTransport(input, output, maxBytes);
  const received: unknown[] = [];
  const sent: unknown[] = [];
  const errors: string[] = [];
  transport.onmessage = (message) => received.push(message);
  transport.onerror = (error) => errors.push(error.message);
  let closed = false;
  transport.onclose = () => {
    closed = true;
  };
  output.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) sent.push(JSON.parse(line));
  });
  await transport.start();
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { input, transport, received, sent, errors, closed: () => closed, settle };
}

describe('LineTransport', () => {
  it('delivers messages split across chunks and several in one chunk', async () => {
    const h = await harness(1024);
    h.input.write('{"jsonrpc":"2.0","method":"a"');
    h.input.write('}\n{"jsonrpc":"2.0","method":"b"}\r\n{"jsonrpc":"2.0","id":3,"method":"c"}\n\n');
    await h.settle();
    expect(h.received).toEqual([
      { jsonrpc: '2.0', method: 'a' },
      { jsonrpc: '2.0', method: 'b' },
      { jsonrpc: '2.0', id: 3, method: 'c' },
    ]);
    expect(h.sent).toEqual([]);
  });

  it('answers a line over the limit with the id from its end (the SDK puts it last), then reads on', async () => {
    const h = await harness(64);
    const head = `{"jsonrpc":"2.0","method":"tools/call","params":{"x":"${'y'.repeat(200)}`;
    const tail = '"},"id":41}';
    h.input.write(head);
    h.input.write(`${tail}\n{"jsonrpc":"2.0","id":42,"method":"ping"}\n`);
    await h.settle();
    const message = `the message is ${head.length + tail.length} bytes, more than the 64 bytes this server reads`;
    expect(h.sent).toEqual([{ jsonrpc: '2.0', id: 41, error: { code: -32600, message, data: { code: 'input-too-large' } } }]);
    expect(h.received).toEqual([{ jsonrpc: '2.0', id: 42, method: 'ping' }]);
  });

  it('finds the id at the start of an oversized line too', async () => {
    const h = await harness(64);
    h.input.write(`{"jsonrpc":"2.0","id":"req-7","method":"tools/call","params":{"x":"${'y'.repeat(200)}"}}\n`);
    await h.settle();
    expect(h.sent).toMatchObject([{ id: 'req-7', error: { code: -32600 } }]);
  });

  it('answers bad JSON with a parse error (id null) and JSON that is not JSON-RPC with invalid request', async () => {
    const h = await harness(1024);
    h.input.write('nope\n{"id":5,"hello":1}\n[1,2]\n{"jsonrpc":"2.0","id":6,"method":"ping"}\n');
    await h.settle();
    expect(h.sent).toMatchObject([
      { id: null, error: { code: -32700 } },
      { id: 5, error: { code: -32600 } },
      { id: null, error: { code: -32600 } },
    ]);
    expect(h.received).toEqual([{ jsonrpc: '2.0', id: 6, method: 'ping' }]);
    expect(h.errors).toHaveLength(3);
  });

  it('closes when the input ends, reading a last line without a newline', async () => {
    const h = await harness(1024);
    h.input.end('{"jsonrpc":"2.0","method":"last"}');
    await h.settle();
    expect(h.received).toEqual([{ jsonrpc: '2.0', method: 'last' }]);
    expect(h.closed()).toBe(true);
    await h.transport.send({ jsonrpc: '2.0', method: 'after-close' });
    expect(h.sent).toEqual([]);
  });
});
