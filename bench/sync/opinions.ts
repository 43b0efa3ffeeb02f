import { kioskComments, onlineComments } from '../../scripts/demo/corpus';
import { DISTRICT_CODES } from '../../src/lib/domain/districts';
import type { KioskConfig, OpinionItem } from '../../src/lib/domain/kiosk';
import { generateReceiptCode } from '../../src/lib/domain/receipt';
import { AGE_BANDS } from '../../src/lib/domain/vocabularies';

const TEXT_LENGTH = 300;
const sentences = [...kioskComments, ...onlineComments];

/** What a resident types at the stand: the demo's own texts, strung to about 300 characters. */
export function makeOpinion(config: KioskConfig): OpinionItem {
	const areaIds = config.areas.map((a) => a.id);
	return {
		uuid: crypto.randomUUID(),
		text: opinionText(),
		questionId: maybe(0.6, () => pick(config.questions).id),
		areaIds: Math.random() < 0.3 ? [] : sample(areaIds, 1 + Math.floor(Math.random() * 2)),
		district: maybe(0.6, () => pick(DISTRICT_CODES)),
		ageBand: maybe(0.5, () => pick(AGE_BANDS)),
		language: 'pl',
		receiptCode: generateReceiptCode(),
		submittedAt: new Date().toISOString()
	};
}

export function makeBatch(config: KioskConfig, size: number): OpinionItem[] {
	return Array.from({ length: size }, () => makeOpinion(config));
}

/** The demo's own texts strung to about 300 characters, like a resident's opinion. */
export function opinionText(): string {
	let text = pick(sentences);
	while (text.length < TEXT_LENGTH) text += `. ${pick(sentences)}`;
	return text.slice(0, TEXT_LENGTH);
}

export function pick<T>(items: readonly T[]): T {
	const item = items[Math.floor(Math.random() * items.length)];
	if (item === undefined) throw new Error('Nothing to pick from: the demo seed changed?');
	return item;
}

export function maybe<T>(share: number, value: () => T): T | null {
	return Math.random() < share ? value() : null;
}

export function sample<T>(items: readonly T[], count: number): T[] {
	return [...items].sort(() => Math.random() - 0.5).slice(0, Math.min(count, items.length));
}
