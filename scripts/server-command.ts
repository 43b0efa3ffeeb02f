import { join } from 'node:path';

/**
 * The V8 flags the production server runs with, wherever it is started: `npm start`,
 * `npm run demo`, the bench and the end-to-end fault tests.
 *
 * `--max-semi-space-size=8` (MB; Node's default on 64-bit is 16): under a burst of opinions the
 * server allocates fast and V8 grows its young generation to the maximum, which it keeps. Capped
 * at 8 MB, the bench's intake load with 200 000 opinions stored measured a resident size of
 * 156–180 MB at most (median 133–140) instead of 172–206 (median 146–183) in three runs of each,
 * at the same requests/s.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8'] as const;

/** `node`'s arguments to run the production build in `buildDir`. */
export function serverArgs(buildDir = 'build'): string[] {
	return [...SERVER_NODE_FLAGS, join(buildDir, 'index.js')];
}
