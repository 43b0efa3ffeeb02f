import type { Database } from './db/connect';
import { purgeExpiredContacts } from './services/retention';

export interface RetentionJobOptions {
	intervalMs: number;
	/** Where a run reports; counts only, never an address. */
	log?: (line: string) => void;
	now?: () => Date;
}

/**
 * Removes expired contact addresses now and then every interval, for as long as the server
 * runs; the timer does not keep the process alive. Returns a function that stops it.
 */
export function startRetentionJob(
	db: Database,
	{ intervalMs, log = console.info, now = () => new Date() }: RetentionJobOptions
): () => void {
	const run = async () => {
		try {
			const purged = await purgeExpiredContacts(db, now());
			const contacts = purged.reduce((sum, p) => sum + p.contacts, 0);
			if (contacts > 0) {
				log(
					`retention: removed ${contacts} contact address(es) in ${purged.length} consultation(s)`
				);
			}
		} catch (cause) {
			console.error(
				`retention: run failed: ${cause instanceof Error ? cause.message : String(cause)}`
			);
		}
	};
	void run();
	const timer = setInterval(() => void run(), intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
