// Writes demo/spritepal-demo.sfc: pvsneslib's AnimatedSprite ROM (from ../shared/data or the path
// given) with the HAL blocks listed in test/support/demoRom.ts. Run `node esbuild.mjs` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildDemoRom, DEMO_BLOCKS } = require('../out/test/support/demoRom.js');
const source = process.argv[2] ?? '../shared/data/roms/pvsneslib/AnimatedSprite.sfc';
const rom = buildDemoRom(new Uint8Array(readFileSync(source)));
writeFileSync('demo/spritepal-demo.sfc', rom);
for (const b of DEMO_BLOCKS) console.log(`0x${b.romOffset.toString(16).padStart(6, '0')}  ${b.name}`);
