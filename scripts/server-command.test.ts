import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS, serverArgs } from './server-command';

describe('serverArgs', () => {
	it('runs the build with the production flags', () => {
		expect(serverArgs('/srv/glosy/build')).toEqual([
			...SERVER_NODE_FLAGS,
			'/srv/glosy/build/index.js'
		]);
	});

	it('is what `npm start` runs, so that the bench measures the server as it is deployed', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };

		expect(pkg.scripts.start).toBe(`node ${serverArgs().join(' ')}`);
	});
});
