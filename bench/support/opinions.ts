import { AGE_BANDS, type Channel, type ResponseStatus } from '../../src/lib/domain/vocabularies';
import { districts, justifications } from './phrases';
import { Random } from './random';
import { campaignText, opinionText, type TextStyle } from './texts';

export interface BenchEvent {
	id: number;
	kind: string;
	district: string | null;
	/** Local „2026-05-09T12:00”, as events store it; null for the online channel. */
	startsAt: string | null;
}

export interface BenchContext {
	seed: number;
	consultationId: number;
	events: readonly BenchEvent[];
	tables: readonly { id: number; eventId: number }[];
	areaIds: readonly number[];
	themeIds: readonly number[];
	/** The analysts who code and answer. */
	users: readonly number[];
	/** The consultation's first day (UTC midnight); opinions arrive over the four weeks after. */
	startsOn?: string;
}

/** One opinion row as stored, with its coding and the office's response. */
export interface BenchOpinion {
	comment: {
		uuid: string;
		consultation_id: number;
		event_id: number | null;
		table_id: number | null;
		channel: Channel;
		text: string;
		district: string | null;
		age_band: string | null;
		receipt_code: string | null;
		submitted_at: string | null;
		received_at: string;
		status: 'received' | 'coded' | 'excluded';
		excluded_reason: 'spam' | 'abusive' | 'off_topic' | null;
		language: string;
		version: number;
		coded_by: number | null;
		coded_at: string | null;
	};
	areaIds: number[];
	themeIds: number[];
	response: { status: ResponseStatus; justification: string; responded_by: number } | null;
}

const CHANNELS: readonly (readonly [Channel, number])[] = [
	['kiosk', 30],
	['online', 30],
	['meeting', 10],
	['email', 12],
	['paper', 12],
	['import', 6]
];

const STYLES: Record<Channel, TextStyle> = {
	kiosk: { words: [5, 40], ascii: 0.3, typos: 0.04, contact: 0.01 },
	meeting: { words: [8, 80], ascii: 0, typos: 0.01, contact: 0 },
	online: { words: [10, 250], ascii: 0.1, typos: 0.02, contact: 0.05 },
	email: { words: [20, 400], ascii: 0.05, typos: 0.01, contact: 0.3 },
	paper: { words: [5, 60], ascii: 0.1, typos: 0.03, contact: 0.03 },
	import: { words: [5, 150], ascii: 0.05, typos: 0.02, contact: 0.02 }
};

const DAY = 24 * 60 * 60 * 1000;
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `count` plausible opinions for one consultation; the same seed gives the same rows. */
export function generateOpinions(count: number, context: BenchContext): BenchOpinion[] {
	const random = new Random(context.seed);
	const receipts = new Set<string>();
	const receipt = () => {
		for (;;) {
			let code = '';
			for (let i = 0; i < 8; i++) code += RECEIPT_ALPHABET[random.int(0, 31)];
			code = `${code.slice(0, 4)}-${code.slice(4)}`;
			if (receipts.has(code)) continue;
			receipts.add(code);
			return code;
		}
	};
	return Array.from({ length: count }, () => opinion(random, context, receipt));
}

function opinion(random: Random, context: BenchContext, receipt: () => string): BenchOpinion {
	const channel = random.weighted(CHANNELS);
	const event = eventFor(random, context, channel);
	const table =
		channel === 'meeting' && event
			? random.pick([
					null,
					...context.tables.filter((t) => t.eventId === event.id).map((t) => t.id)
				])
			: null;
	const receivedAt = arrival(random, context, event);
	const campaign = (channel === 'online' || channel === 'email') && random.chance(0.03);
	const coding = codingFor(random, context, receivedAt);
	const [code] = random.pick(districts);
	const district = random.chance(0.55)
		? event?.district && random.chance(0.7)
			? event.district
			: random.chance(0.1)
				? random.pick(['outside-warsaw', 'undisclosed'])
				: code
		: null;
	return {
		comment: {
			uuid: random.uuid(),
			consultation_id: context.consultationId,
			event_id: event?.id ?? null,
			table_id: table,
			channel,
			text: campaign ? campaignText(random) : opinionText(random, STYLES[channel]),
			district,
			age_band: random.chance(0.45) ? random.pick(AGE_BANDS) : null,
			receipt_code: channel === 'kiosk' || channel === 'online' ? receipt() : null,
			submitted_at: channel === 'paper' || channel === 'meeting' ? null : receivedAt,
			received_at: receivedAt,
			language: 'pl',
			...coding.fields
		},
		areaIds: coding.areaIds,
		themeIds: coding.themeIds,
		response: coding.response
	};
}

function eventFor(random: Random, context: BenchContext, channel: Channel): BenchEvent | null {
	const kinds: Partial<Record<Channel, string>> = {
		kiosk: 'neighbour_day',
		paper: 'neighbour_day',
		meeting: 'open_meeting',
		online: 'online'
	};
	const kind = kinds[channel];
	const candidates = context.events.filter((e) => e.kind === kind);
	return kind && candidates.length > 0 ? random.pick(candidates) : null;
}

function arrival(random: Random, context: BenchContext, event: BenchEvent | null): string {
	if (event?.startsAt) {
		const start = new Date(`${event.startsAt}:00+02:00`).getTime();
		return new Date(start + random.int(5, 240) * 60_000).toISOString();
	}
	const first = new Date(context.startsOn ?? '2026-05-04T00:00:00Z').getTime();
	return new Date(first + Math.floor(random.next() * 28 * DAY)).toISOString();
}

type Coding = Pick<BenchOpinion, 'areaIds' | 'themeIds' | 'response'> & {
	fields: Pick<
		BenchOpinion['comment'],
		'status' | 'excluded_reason' | 'version' | 'coded_by' | 'coded_at'
	>;
};

function codingFor(random: Random, context: BenchContext, receivedAt: string): Coding {
	const analyst = () => random.pick(context.users);
	const later = new Date(new Date(receivedAt).getTime() + random.int(1, 7) * DAY).toISOString();
	const roll = random.next();
	if (roll < 0.04) {
		const reason = random.weighted([
			['spam', 3],
			['off_topic', 5],
			['abusive', 1]
		] as const);
		return {
			fields: {
				status: 'excluded',
				excluded_reason: reason,
				version: 1,
				coded_by: analyst(),
				coded_at: later
			},
			areaIds: [],
			themeIds: [],
			response:
				reason === 'off_topic' && random.chance(0.5)
					? { status: 'out_of_scope', justification: justifications[2]!, responded_by: analyst() }
					: null
		};
	}
	if (roll < 0.55) {
		const areas = random.weighted([
			[0, 1],
			[1, 6],
			[2, 2],
			[3, 1]
		] as const);
		return {
			fields: {
				status: 'coded',
				excluded_reason: null,
				version: 1,
				coded_by: analyst(),
				coded_at: later
			},
			areaIds: random.sample(context.areaIds, areas),
			themeIds: random.sample(context.themeIds, random.int(0, 3)),
			response: random.chance(0.4)
				? {
						status: random.pick([
							'accepted',
							'partly_accepted',
							'rejected',
							'explanation'
						] as const),
						justification: random.pick(justifications),
						responded_by: analyst()
					}
				: null
		};
	}
	return {
		fields: {
			status: 'received',
			excluded_reason: null,
			version: 0,
			coded_by: null,
			coded_at: null
		},
		areaIds: [],
		themeIds: [],
		response: null
	};
}
