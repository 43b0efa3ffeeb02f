import { describe, expect, it } from 'vitest';
import { chooseSections as sut, SECTIONS } from './sections';

describe('chooseSections', () => {
	it('runs every section when none is named', () => {
		expect(sut([])).toEqual({ ok: true, sections: [...SECTIONS] });
	});

	it('runs the named ones once each, in the bench order', () => {
		expect(sut(['memory', 'intake', 'memory'])).toEqual({
			ok: true,
			sections: ['intake', 'memory']
		});
	});

	it('refuses names it does not know, listing them', () => {
		expect(sut(['intake', 'intak', '--fast'])).toEqual({ ok: false, unknown: ['intak', '--fast'] });
	});
});
