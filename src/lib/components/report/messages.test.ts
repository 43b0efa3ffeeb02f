import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

describe('report plurals', () => {
	it.each([
		[0, 'uwag'],
		[1, 'uwaga'],
		[2, 'uwagi'],
		[5, 'uwag'],
		[12, 'uwag'],
		[22, 'uwagi']
	])('names %d opinions „%s” beside the number', (count, noun) => {
		expect(m.rep_fig_opinions({ count }, { locale: 'pl' })).toBe(noun);
	});

	it('takes the genitive after „z” and keeps the other figure as given', () => {
		expect(m.rep_coded({ total: 1, coded: '1' }, { locale: 'pl' })).toBe(
			'Do obszaru lub tematu przypisano 1 z 1 uwagi.'
		);
		expect(m.rep_coded({ total: 22, coded: '7' }, { locale: 'pl' })).toBe(
			'Do obszaru lub tematu przypisano 7 z 22 uwag.'
		);
	});

	it('counts an area’s opinions with their share, in each language', () => {
		expect(m.rep_area_count({ count: 3, share: '12,5%' }, { locale: 'pl' })).toBe(
			'3 uwagi (12,5% wszystkich uwag).'
		);
		expect(m.rep_area_count({ count: 1, share: '50%' }, { locale: 'en' })).toBe(
			'1 opinion (50% of all opinions).'
		);
		expect(m.rep_area_count({ count: 5, share: '10%' }, { locale: 'uk' })).toBe(
			'5 думок (10% усіх думок).'
		);
	});

	it('says an empty table has „0 uwag”', () => {
		expect(m.rep_table_lead({ count: 0 }, { locale: 'pl' })).toBe(
			'Zestawienie obejmuje 0 uwag, w treści po anonimizacji.'
		);
	});
});
