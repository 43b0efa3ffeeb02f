import { describe, expect, it } from 'vitest';
import { codingKey } from './keys';

const press = (key: string, target: unknown = { tagName: 'ARTICLE' }, modifiers = {}) =>
	codingKey({
		key,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		target: target as EventTarget,
		...modifiers
	});

describe('codingKey', () => {
	it.each([
		['j', { kind: 'next' }],
		['ArrowDown', { kind: 'next' }],
		['k', { kind: 'previous' }],
		['1', { kind: 'area', code: 1 }],
		['3', { kind: 'area', code: 3 }],
		['t', { kind: 'themes' }],
		['x', { kind: 'exclude' }],
		['s', { kind: 'select' }],
		['o', { kind: 'open' }],
		['a', { kind: 'accept' }]
	])('reads %s on an opinion', (key, expected) => {
		expect(press(key)).toEqual(expected);
	});

	it.each(['b', '0', 'Enter', ' ', 'J'])('ignores %j', (key) => {
		expect(press(key)).toBeNull();
	});

	it.each(['INPUT', 'TEXTAREA', 'SELECT'])(
		'leaves letters to someone typing in a %s',
		(tagName) => {
			expect(press('j', { tagName, type: 'text' })).toBeNull();
			expect(press('1', { tagName, type: 'search' })).toBeNull();
		}
	);

	it('still reads shortcuts on a focused checkbox', () => {
		expect(press('2', { tagName: 'INPUT', type: 'checkbox' })).toEqual({ kind: 'area', code: 2 });
	});

	it('leaves browser shortcuts alone', () => {
		expect(press('k', undefined, { ctrlKey: true })).toBeNull();
		expect(press('1', undefined, { altKey: true })).toBeNull();
	});
});
