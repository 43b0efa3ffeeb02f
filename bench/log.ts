/** stdout carries only the JSON result, so everything a person watches goes to stderr. */
export function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}

/** A failed check of the server's answers: the run stops and exits non-zero. */
export class BenchFailure extends Error {
	override name = 'BenchFailure';
}
