/**
 * Plain, slow formulations of the HAL format written straight from domain-spec §1, used as oracles
 * for the fast codec: a decoder with a fresh zeroed buffer per call, inhal's greedy choice with
 * brute-force searches, and the smallest possible stream size by exhaustive dynamic programming.
 */

export type ReferenceDecode =
  | { ok: true; data: Uint8Array; compressedSize: number }
  | { ok: false; reason: string; at: number };

const rev = (v: number): number => {
  let r = 0;
  for (let b = 0; b < 8; b++) if (v & (1 << b)) r |= 0x80 >> b;
  return r;
};

export function referenceDecode(input: Uint8Array, start: number, strict: boolean): ReferenceDecode {
  const out = new Uint8Array(65536);
  const end = Math.min(input.length, start + 65536);
  let ip = start;
  let op = 0;
  for (;;) {
    const at = ip;
    const fail = (reason: string): ReferenceDecode => ({ ok: false, reason, at });
    if (ip + 1 > end) return fail('eof');
    const h = input[ip++];
    if (h === 0xff) return op === 0 ? fail('empty') : { ok: true, data: out.slice(0, op), compressedSize: ip - start };
    let cmd: number;
    let len: number;
    if ((h & 0xe0) === 0xe0) {
      if (ip + 1 > end) return fail('eof');
      cmd = (h >> 2) & 7;
      len = ((h & 3) * 256 + input[ip++]) + 1;
    } else {
      cmd = h >> 5;
      len = (h & 31) + 1;
    }
    if (cmd === 7) {
      if (strict) return fail('reservedCommand');
      cmd = 4;
    }
    if (op + (cmd === 2 ? 2 * len : len) > 65536) return fail('outputTooLarge');
    if (cmd === 0) {
      if (ip + len > end) return fail('eof');
      for (let k = 0; k < len; k++) out[op++] = input[ip++];
    } else if (cmd === 1 || cmd === 3) {
      if (ip + 1 > end) return fail('eof');
      const v = input[ip++];
      for (let k = 0; k < len; k++) out[op++] = cmd === 1 ? v : (v + k) % 256;
    } else if (cmd === 2) {
      if (ip + 2 > end) return fail('eof');
      const a = input[ip++];
      const b = input[ip++];
      for (let k = 0; k < len; k++) {
        out[op++] = a;
        out[op++] = b;
      }
    } else {
      if (ip + 2 > end) return fail('eof');
      const p = input[ip] * 256 + input[ip + 1];
      ip += 2;
      if (cmd !== 6 && p + len > 65536) return fail('copyOutOfRange');
      if (cmd === 6 && p < len - 1) return fail('copyOutOfRange');
      if (strict && p >= op) return fail('copyFromUnwritten');
      for (let k = 0; k < len; k++) {
        out[op] = cmd === 4 ? out[p + k] : cmd === 5 ? rev(out[p + k]) : out[p - k];
        op++;
      }
    }
  }
}

/** Longest matches by brute force: [length, earliest source] per method, or length 0. */
function naiveMatches(s: Uint8Array, i: number): Array<[number, number]> {
  const n = s.length;
  const best: Array<[number, number]> = [[0, 0], [0, 0], [0, 0]];
  for (let p = 0; p < i; p++) {
    let a = 0;
    while (a < 1024 && i + a < n && s[p + a] === s[i + a]) a++;
    if (a > best[0][0]) best[0] = [a, p];
    let b = 0;
    while (b < 1024 && i + b < n && rev(s[p + b]) === s[i + b]) b++;
    if (b > best[1][0]) best[1] = [b, p];
    let c = 0;
    while (c < 1024 && c <= p && i + c < n && s[p - c] === s[i + c]) c++;
    if (c > best[2][0]) best[2] = [c, p];
  }
  return best;
}

/** inhal's greedy packer, following §1.10.2 literally (quadratic: keep inputs small). */
export function referenceInhal(s: Uint8Array, fast: boolean): Uint8Array {
  const n = s.length;
  const out: number[] = [];
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const k = pending.length - 1;
    if (k < 32) out.push(k);
    else out.push(0xe0 | (k >> 8), k & 0xff);
    out.push(...pending);
    pending = [];
  };
  const header = (cmd: number, units: number): void => {
    flush();
    const k = units - 1;
    if (k < 32) out.push((cmd << 5) | k);
    else out.push(0xe0 | (cmd << 2) | (k >> 8), k & 0xff);
  };
  let i = 0;
  while (i < n) {
    let fillSize = 0;
    let fillCmd = 0;
    let size = 0;
    while (size <= 1024 && i + size < n && s[i + size] === s[i]) size++;
    size = Math.min(size, 1024);
    if (size > 2) [fillSize, fillCmd] = [size, 1];
    size = 0;
    while (size <= 2048 && i + size < n - 1 && s[i + size] === s[i] && s[i + size + 1] === s[i + 1]) size += 2;
    if (size >= 2048) size = 2048;
    else if (size > 1024) size = 1024;
    if (size > 2 && size > fillSize) [fillSize, fillCmd] = [size, 2];
    if (!fast) {
      size = 0;
      while (size <= 1024 && i + size < n && s[i + size] === s[i] + size) size++;
      size = Math.min(size, 1024);
      if (size > 2 && size > fillSize) [fillSize, fillCmd] = [size, 3];
    }
    let copySize = 0;
    let copyCmd = 0;
    let copyPos = 0;
    if (fillSize < 1024 && n - i >= 4) {
      const m = naiveMatches(s, i);
      for (let k = 0; k < (fast ? 1 : 3); k++) {
        if (m[k][0] >= 4 && m[k][0] > copySize) [copySize, copyCmd, copyPos] = [m[k][0], 4 + k, m[k][1]];
      }
    }
    if (copySize > fillSize) {
      header(copyCmd, copySize);
      out.push(copyPos >> 8, copyPos & 0xff);
      i += copySize;
    } else if (fillSize > 0) {
      header(fillCmd, fillCmd === 2 ? fillSize / 2 : fillSize);
      out.push(s[i]);
      if (fillCmd === 2) out.push(s[i + 1]);
      i += fillSize;
    } else {
      pending.push(s[i++]);
      if (pending.length === 1024) flush();
    }
  }
  flush();
  out.push(0xff);
  return Uint8Array.from(out);
}

/** The size of the smallest stream for `s`, by trying every command and length at every position. */
export function referenceOptimalSize(s: Uint8Array): number {
  const n = s.length;
  const INF = 1 << 30;
  const dist = new Array<number>(n + 1).fill(INF);
  dist[0] = 0;
  const h = (units: number): number => (units <= 32 ? 1 : 2);
  for (let i = 0; i < n; i++) {
    const d = dist[i];
    const relax = (j: number, cost: number): void => {
      if (j <= n && d + cost < dist[j]) dist[j] = d + cost;
    };
    for (let len = 1; len <= 1024 && i + len <= n; len++) relax(i + len, h(len) + len);
    for (let len = 1; len <= 1024 && i + len <= n && s[i + len - 1] === s[i]; len++) relax(i + len, h(len) + 1);
    for (let len = 1; len <= 1024 && i + len <= n && s[i + len - 1] === (s[i] + len - 1) % 256; len++) relax(i + len, h(len) + 1);
    for (let w = 1; w <= 1024 && i + 2 * w <= n; w++) {
      if (s[i + 2 * w - 2] !== s[i] || s[i + 2 * w - 1] !== s[i + 1]) break;
      relax(i + 2 * w, h(w) + 2);
    }
    const longest = Math.max(...naiveMatches(s, i).map((m) => m[0]));
    for (let len = 1; len <= longest; len++) relax(i + len, h(len) + 2);
  }
  return dist[n] + 1;
}
