/** The HAL encoder's entry point: input checks, level choice, and the output size limit. */
import { err, ok, Result } from '../result';
import { encodeGreedy } from './encodeGreedy';
import { encodeOptimal } from './encodeOptimal';
import { HAL_INPUT_WINDOW, HAL_MAX_OUTPUT } from './format';

/**
 * - `fast`: inhal -fast (fills and normal copies only);
 * - `default`: inhal's default, output byte for byte the same;
 * - `optimal`: the smallest stream the format allows.
 */
export type HalLevel = 'fast' | 'default' | 'optimal';
export const HAL_LEVELS: readonly HalLevel[] = ['fast', 'default', 'optimal'];

export type HalEncodeErrorCode = 'emptyInput' | 'inputTooLarge' | 'outputTooLarge';

export interface HalEncodeError {
  readonly code: HalEncodeErrorCode;
  readonly message: string;
}

/** Largest stream, terminator included, that exhal can read from one offset. */
export const HAL_MAX_COMPRESSED = HAL_INPUT_WINDOW;

export function compressHal(input: Uint8Array, level: HalLevel = 'default'): Result<Uint8Array, HalEncodeError> {
  if (input.length === 0) return err({ code: 'emptyInput', message: 'the input is empty' });
  if (input.length > HAL_MAX_OUTPUT) {
    return err({
      code: 'inputTooLarge',
      message: `the input is ${input.length} bytes; HAL compression holds at most 65,536 bytes`,
    });
  }
  const stream = level === 'optimal' ? encodeOptimal(input) : encodeGreedy(input, level === 'fast');
  if (stream.length > HAL_MAX_COMPRESSED) {
    return err({
      code: 'outputTooLarge',
      message: `the compressed stream would be ${stream.length} bytes, more than the 65,536 a decoder reads`,
    });
  }
  return ok(stream);
}
