import type { Database } from '../db/connect';

// SQLite allows 32 766 parameters a statement; an mbox may hold more messages than that.
const CHUNK = 500;

/** Which of these Message-IDs this consultation has stored already. */
export async function storedMessageIds(
	db: Database,
	consultationId: number,
	messageIds: readonly string[]
): Promise<Set<string>> {
	const stored = new Set<string>();
	for (let i = 0; i < messageIds.length; i += CHUNK) {
		const rows = await db
			.selectFrom('comments')
			.select('message_id')
			.where('consultation_id', '=', consultationId)
			.where('message_id', 'in', messageIds.slice(i, i + CHUNK))
			.execute();
		for (const row of rows) if (row.message_id !== null) stored.add(row.message_id);
	}
	return stored;
}
