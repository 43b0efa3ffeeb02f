export const ROLES = ['admin', 'analyst', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const matrix = {
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
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof matrix;
export const ACTIONS = Object.keys(matrix) as Action[];

export function can(role: Role | null | undefined, action: Action): boolean {
	if (!role) return false;
	return (matrix[action] as readonly Role[]).includes(role);
}
