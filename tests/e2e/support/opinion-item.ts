import type { OpinionItem } from '../../../src/lib/domain/kiosk';
import { generateReceiptCode } from '../../../src/lib/domain/receipt';

/** One kiosk opinion as a tablet sends it, with nothing chosen but the text. */
export function kioskItem(text: string, overrides: Partial<OpinionItem> = {}): OpinionItem {
	return {
		uuid: crypto.randomUUID(),
		text,
		questionId: null,
		areaIds: [],
		district: null,
		ageBand: null,
		language: 'pl',
		receiptCode: generateReceiptCode(),
		submittedAt: new Date().toISOString(),
		...overrides
	};
}
