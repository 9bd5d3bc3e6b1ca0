/**
 * Writes HAL commands the way inhal does (domain-spec §1.10.1). Literal bytes collect in a pending
 * run that is written as one command when it reaches 1024 bytes or before any other command.
 */
import { HAL_MAX_RUN, HAL_SHORT_RUN, HAL_TERMINATOR, HalCommand } from './format';

// Local copies of imported constants: unbundled CommonJS turns each imported use into a getter call.
const MAX_RUN = HAL_MAX_RUN;
const SHORT_RUN = HAL_SHORT_RUN;
const TERMINATOR = HAL_TERMINATOR;
export class HalStreamWriter {
  private readonly out: Uint8Array;
  private length = 0;
  private pendingFrom = 0;
  private pendingCount = 0;

  constructor(private readonly input: Uint8Array) {
    // No command costs more than two bytes per input byte it covers (a one-byte literal run).
    this.out = new Uint8Array(2 * input.length + 1);
  }

  /** Adds input[inputPos] to the pending literal run. */
  literal(inputPos: number): void {
    if (this.pendingCount === 0) this.pendingFrom = inputPos;
    this.pendingCount++;
    if (this.pendingCount === MAX_RUN) this.flushLiterals();
  }

  byteFill(value: number, count: number): void {
    this.header(HalCommand.byteFill, count);
    this.out[this.length++] = value;
  }

  sequenceFill(first: number, count: number): void {
    this.header(HalCommand.sequenceFill, count);
    this.out[this.length++] = first;
  }

  wordFill(a: number, b: number, words: number): void {
    this.header(HalCommand.wordFill, words);
    this.out[this.length++] = a;
    this.out[this.length++] = b;
  }

  copy(command: HalCommand, position: number, count: number): void {
    this.header(command, count);
    this.out[this.length++] = position >> 8;
    this.out[this.length++] = position & 0xff;
  }

  /** The finished stream, terminator included. */
  finish(): Uint8Array {
    this.flushLiterals();
    this.out[this.length++] = TERMINATOR;
    return this.out.slice(0, this.length);
  }

  private flushLiterals(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    this.pendingCount = 0;
    this.writeHeader(HalCommand.literal, count);
    this.out.set(this.input.subarray(this.pendingFrom, this.pendingFrom + count), this.length);
    this.length += count;
  }

  private header(command: HalCommand, units: number): void {
    this.flushLiterals();
    this.writeHeader(command, units);
  }

  private writeHeader(command: HalCommand, units: number): void {
    const k = units - 1;
    if (units <= SHORT_RUN) {
      this.out[this.length++] = (command << 5) | k;
    } else {
      this.out[this.length++] = 0xe0 | (command << 2) | (k >> 8);
      this.out[this.length++] = k & 0xff;
    }
  }
}
