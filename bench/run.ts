/** `npm run bench`: every benchmark, printed as numbers and ratios (never a pass/fail timing). */
import { benchGfx } from './gfxBench';
import { benchHal } from './halBench';

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
benchHal();
benchGfx();
