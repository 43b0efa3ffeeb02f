import { describe, expect, it } from 'vitest';
import { reconcile as sut } from './verify';

describe('reconcile', () => {
	it('is equal when the database holds exactly the acknowledged opinions', () => {
		expect(sut(new Set(['a', 'b']), ['b', 'a'])).toEqual({
			acknowledged: 2,
			stored: 2,
			lost: 0,
			duplicates: 0,
			unacknowledged: 0,
			equal: true
		});
	});

	it('counts acknowledged opinions that are missing, stored twice, or stored unacknowledged', () => {
		const result = sut(new Set(['a', 'b', 'c']), ['a', 'a', 'b', 'x']);

		expect(result).toMatchObject({ lost: 1, duplicates: 1, unacknowledged: 1, equal: false });
	});
});
