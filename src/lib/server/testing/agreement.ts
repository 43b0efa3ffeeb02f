import type { Database } from '../db/connect';
import { createSample, saveBlindCoding } from '../services/agreement';
import { makeCodebook, makeOpinion } from './coding';
import { makeUser, unwrap } from './factories';

/** mulberry32: a tiny seeded generator, so a test's sample is the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A codebook, `opinions` opinions and two analysts, with every opinion in one sample. */
export async function makeSample(db: Database, opinions = 4) {
	const book = await makeCodebook(db);
	const second = await makeUser(db, 'analyst');
	const commentIds: number[] = [];
	for (let i = 0; i < opinions; i++) {
		commentIds.push(await makeOpinion(db, book.consultation.id, { text: `Opinia ${i + 1}` }));
	}
	const coders = [book.analyst, second] as const;
	const { id } = unwrap(
		await createSample(db, book.analyst.id, book.consultation.id, {
			name: 'Próba',
			size: opinions,
			coderIds: coders.map((c) => c.id)
		})
	);
	return { ...book, sampleId: id, coders, commentIds };
}

/** Saves one coder's blind coding, failing the test if it is refused. */
export async function codeBlind(
	db: Database,
	sampleId: number,
	userId: number,
	commentId: number,
	areaIds: number[],
	themeIds: number[] = []
) {
	unwrap(await saveBlindCoding(db, sampleId, commentId, userId, { areaIds, themeIds }));
}
