/**
 * SQLite result codes that say the disk, not the request, is at fault: full, read-only, failing,
 * missing or held by another writer. better-sqlite3 puts the extended code on `code`
 * (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…); Node's own file errors come from opening.
 */
const UNAVAILABLE = /^(SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY)(_\w+)?|ENOSPC|EROFS)$/;

/** How long a sender should wait before it tries again after a storage fault. */
export const STORAGE_RETRY_SECONDS = 120;

/** The error, or one of its causes, is a storage fault: answer 503 and let the sender retry. */
export function isStorageUnavailable(error: unknown): boolean {
	return storageErrorCode(error) !== undefined;
}

export function storageErrorCode(error: unknown): string | undefined {
	const seen = new Set<unknown>();
	for (let current = error; current instanceof Error && !seen.has(current);) {
		seen.add(current);
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && UNAVAILABLE.test(code)) return code;
		current = current.cause;
	}
	return undefined;
}

/**
 * Logged once per refused request so that the operator learns of a full disk; only the code and
 * the place, since an SQLite message may quote the values it failed to write.
 */
export function logStorageUnavailable(where: string, error: unknown): void {
	console.error(`Storage unavailable in ${where}: ${storageErrorCode(error) ?? 'unknown'}`);
}
