import { demoUsers } from '../../../scripts/demo/program-wspolnota';
import type { Role } from '../../../src/lib/domain/roles';

export const accounts = Object.fromEntries(demoUsers.map((u) => [u.role, u])) as Record<
	Role,
	(typeof demoUsers)[number]
>;

export const storageStateFor = (role: Role) => `tmp/e2e-auth/${role}.json`;
