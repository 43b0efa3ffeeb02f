import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Only the kiosk registers the worker: staff and public pages have no use for offline.
		serviceWorker: { register: false },
		// docs/security.md: why each directive is what it is. Kit adds a nonce (SSR) or a hash
		// (prerendered) to its own inline scripts; nothing else runs inline.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Area colours and chart heights come from data and are rendered as style="…" on the
				// server; no <style> element and no stylesheet from elsewhere is allowed.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			config(config) {
				config.include.push('../db/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
