import { describe, expect, it } from 'vitest';
import * as sut from './roles';
import type { Action, Role } from './roles';

/** Who may do what, written out independently of the matrix in roles.ts. */
const allowed: Record<Action, readonly Role[]> = {
	'staff:enter': ['admin', 'analyst', 'facilitator'],
	'users:manage': ['admin'],
	'consultations:view': ['admin', 'analyst', 'facilitator'],
	'consultations:manage': ['admin'],
	'events:manage': ['admin'],
	'devices:manage': ['admin', 'facilitator'],
	'comments:enter': ['admin', 'facilitator'],
	'comments:import': ['admin', 'analyst'],
	'comments:code': ['admin', 'analyst'],
	'codebook:manage': ['admin', 'analyst'],
	'reports:view': ['admin', 'analyst'],
	'reports:publish': ['admin'],
	'audit:view': ['admin'],
	'personal_data:manage': ['admin']
};

const cases = sut.ACTIONS.flatMap((action) =>
	sut.ROLES.map((role) => ({ role, action, expected: allowed[action].includes(role) }))
);

describe('can', () => {
	it('has a table row for every action, and no row for an unknown action', () => {
		expect(Object.keys(allowed).sort()).toEqual([...sut.ACTIONS].sort());
	});

	it.each(cases)('$role may $action: $expected', ({ role, action, expected }) => {
		expect(sut.can(role, action)).toBe(expected);
	});

	it.each(sut.ACTIONS)('refuses %s to a visitor without a role', (action) => {
		expect(sut.can(null, action)).toBe(false);
		expect(sut.can(undefined, action)).toBe(false);
	});

	it('gives every action to admin and at least one action to every role', () => {
		expect(sut.ACTIONS.every((action) => sut.can('admin', action))).toBe(true);
		for (const role of sut.ROLES) {
			expect(sut.ACTIONS.some((action) => sut.can(role, action))).toBe(true);
		}
	});
});

describe('isRole', () => {
	it.each([...sut.ROLES])('accepts %s', (role) => {
		expect(sut.isRole(role)).toBe(true);
	});

	it.each(['Admin', 'root', '', null, undefined, 1])('rejects %j', (value) => {
		expect(sut.isRole(value)).toBe(false);
	});
});
