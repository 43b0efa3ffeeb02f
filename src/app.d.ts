import type { SessionValidation } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionValidation['user'];
			session: SessionValidation['session'];
			requestId: string;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
		interface PageData {
			user?: SessionValidation['user'];
		}
	}
}

export {};
