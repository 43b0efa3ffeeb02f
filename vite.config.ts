import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Under Vitest the messages come from `npm run sync`; the plugin's file watcher would keep the
		// test run alive for Vitest's 10 s close timeout.
		process.env.VITEST
			? null
			: paraglideVitePlugin({
					project: './project.inlang',
					outdir: './src/lib/paraglide',
					strategy: ['cookie', 'baseLocale']
				})
	],
	test: {
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'bench/**/*.test.ts',
			'tests/**/*.test.ts'
		],
		environment: 'node'
	}
});
