import { describe, expect, it } from 'vitest';
import { neutralise as sut } from './neutralise';

describe('neutralise', () => {
	it.each(['=1+1', '+48 600 700 800', '-2+3', '@SUM(A1:A2)', '\t=cmd', '\r=cmd'])(
		'prefixes %j with an apostrophe',
		(value) => {
			expect(sut(value)).toBe(`'${value}`);
		}
	);

	it('leaves Polish text, inner signs and empty text alone', () => {
		expect(sut('zażółć gęślą jaźń')).toBe('zażółć gęślą jaźń');
		expect(sut('Ławki = zieleń, a nie -parking')).toBe('Ławki = zieleń, a nie -parking');
		expect(sut('')).toBe('');
	});

	it('leaves numbers, dates and nulls alone', () => {
		const day = new Date('2018-05-29T15:30:00Z');
		expect(sut(-5)).toBe(-5);
		expect(sut(1200)).toBe(1200);
		expect(sut(day)).toBe(day);
		expect(sut(null)).toBeNull();
	});
});
