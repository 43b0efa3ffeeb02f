import { createHash } from 'node:crypto';
import type { Database } from '../../src/lib/server/db/connect';
import type { NewComment } from '../../src/lib/server/db/types';
import { AGE_BANDS } from '../../src/lib/domain/vocabularies';
import { WARSAW_DISTRICTS } from '../../src/lib/domain/districts';
import { warsawDate } from '../../src/lib/domain/warsaw-date';
import { findConsultationBySlug } from '../../src/lib/server/repositories/consultations';
import { findUserByEmail } from '../../src/lib/server/repositories/users';
import { saveArea, saveTheme } from '../../src/lib/server/services/codebook';
import { createConsultation } from '../../src/lib/server/services/consultations';
import { saveEvent, saveTable } from '../../src/lib/server/services/events';
import { storeOpinions } from '../../src/lib/server/services/intake';
import { createUserWithPassword } from '../../src/lib/server/services/users';
import { publishReport } from '../../src/lib/server/services/report-publish';
import { seedCoding } from './coding';
import * as corpus from './corpus';
import * as demo from './program-wspolnota';
import { openConsultation, openMeeting, openNeighbourDay } from './wspolnota-open';

export interface SeedSummary {
	consultationsCreated: number;
	usersCreated: number;
	commentsInserted: number;
}

/** Seeds the demo; running it again adds nothing that is already there. */
export async function seedDemo(db: Database, now = new Date()): Promise<SeedSummary> {
	const summary = {
		consultationsCreated: 0,
		usersCreated: await seedUsers(db),
		commentsInserted: 0
	};
	if (!(await findConsultationBySlug(db, demo.consultation.slug))) {
		summary.commentsInserted = await db.transaction().execute(seedConsultation);
		summary.consultationsCreated++;
	}
	const today = warsawDate(now);
	if (!(await findConsultationBySlug(db, openConsultation(today).slug))) {
		await db.transaction().execute((tx) => seedOpenConsultation(tx, today));
		summary.consultationsCreated++;
	}
	return summary;
}

async function seedUsers(db: Database): Promise<number> {
	let created = 0;
	for (const user of demo.demoUsers) {
		if (await findUserByEmail(db, user.email)) continue;
		await createUserWithPassword(db, user);
		created++;
	}
	return created;
}

async function seedConsultation(db: Database): Promise<number> {
	const saved = await createConsultation(db, demo.consultation, null);
	if (!saved.ok) throw new Error('The demo consultation could not be created');
	const consultationId = saved.id;

	const areaIds = await seedAreas(db, consultationId);
	for (const theme of demo.themes) {
		const areaId = theme.area === null ? null : (areaIds.get(theme.area) ?? null);
		await saveTheme(
			db,
			consultationId,
			null,
			{ name: theme.name, description: theme.description, area_id: areaId },
			null
		);
	}

	const { tables, ...meetingFields } = demo.openMeeting;
	const meeting = await saveEvent(db, consultationId, null, meetingFields, null);
	if (!meeting) throw new Error('The demo meeting could not be created');
	const tableIds = new Map<number, number>();
	for (const table of tables) {
		const result = await saveTable(
			db,
			{ id: meeting.id, consultation_id: consultationId },
			null,
			{
				name: table.name,
				area_id: areaIds.get(table.area) ?? null,
				participants_count: table.participants_count
			},
			null
		);
		if (result?.ok) tableIds.set(table.area, result.id);
	}
	const stands = [];
	for (const event of demo.neighbourDays) {
		const result = await saveEvent(db, consultationId, null, event, null);
		if (result) stands.push({ id: result.id, ...event });
	}
	const online = await saveEvent(db, consultationId, null, demo.onlineChannel, null);

	const comments = composeComments({
		consultationId,
		meeting: { id: meeting.id, starts_at: demo.openMeeting.starts_at },
		tableIds,
		stands,
		onlineId: online?.id ?? null
	});
	const stored = await storeOpinions(
		db,
		comments.map((comment) => ({ comment }))
	);
	await seedCoding(db, consultationId);
	// The 2018 report was published; version 1 lets the public report and its exports be tried.
	await publishReport(db, null, (await findConsultationBySlug(db, demo.consultation.slug))!);
	return stored.size;
}

async function seedAreas(db: Database, consultationId: number) {
	const areaIds = new Map<number, number>();
	for (const area of demo.areas) {
		const result = await saveArea(db, consultationId, null, area, null);
		if (result?.ok) areaIds.set(area.code, result.id);
	}
	return areaIds;
}

async function seedOpenConsultation(db: Database, today: string) {
	const saved = await createConsultation(db, openConsultation(today), null);
	if (!saved.ok) throw new Error('The open demo consultation could not be created');
	const areaIds = await seedAreas(db, saved.id);
	await saveEvent(db, saved.id, null, openNeighbourDay(today), null);
	const { tables, ...meetingFields } = openMeeting(today);
	const meeting = await saveEvent(db, saved.id, null, meetingFields, null);
	if (!meeting) throw new Error('The open demo meeting could not be created');
	for (const table of tables) {
		const input = {
			name: table.name,
			area_id: areaIds.get(table.area) ?? null,
			participants_count: null
		};
		await saveTable(db, { id: meeting.id, consultation_id: saved.id }, null, input, null);
	}
}

interface Plan {
	consultationId: number;
	meeting: { id: number; starts_at: string };
	tableIds: Map<number, number>;
	stands: { id: number; district: string; starts_at: string }[];
	onlineId: number | null;
}

function composeComments(plan: Plan): NewComment[] {
	const random = mulberry32(2018);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const maybe = <T>(share: number, value: () => T): T | null => (random() < share ? value() : null);
	const districts = WARSAW_DISTRICTS.map((d) => d.code);
	const comments: NewComment[] = [];
	const add = (
		text: string,
		fields: Partial<NewComment> & Pick<NewComment, 'channel' | 'received_at'>
	) =>
		comments.push({
			uuid: demoUuid(comments.length),
			consultation_id: plan.consultationId,
			text,
			submitted_at: fields.received_at,
			...fields
		});

	const stand = (i: number) => plan.stands[i % plan.stands.length]!;
	corpus.kioskComments.forEach((text, i) => {
		const at = stand(i);
		add(text, {
			channel: 'kiosk',
			event_id: at.id,
			district: maybe(0.6, () => (random() < 0.7 ? at.district : pick(districts))),
			age_band: maybe(0.5, () => pick(AGE_BANDS)),
			received_at: minutesAfter(at.starts_at, 10 + Math.floor(random() * 240))
		});
	});
	corpus.paperCards.forEach((text, i) => {
		const at = stand(i + 3);
		add(text, {
			channel: 'paper',
			event_id: at.id,
			district: maybe(0.4, () => at.district),
			received_at: minutesAfter(at.starts_at, 60)
		});
	});
	for (const [code, notes] of Object.entries(corpus.meetingTableNotes)) {
		const tableId = plan.tableIds.get(Number(code)) ?? null;
		notes.forEach((text, i) => add(text, meetingFields(plan, tableId, i)));
	}
	corpus.meetingNotes.forEach((text, i) =>
		add(text, meetingFields(plan, plan.tableIds.get((i % 3) + 1) ?? null, i))
	);
	corpus.onlineComments.forEach((text, i) => {
		add(text, {
			channel: 'online',
			event_id: plan.onlineId,
			district: maybe(0.7, () => pick([...districts, 'outside-warsaw', 'undisclosed'])),
			age_band: maybe(0.6, () => pick(AGE_BANDS)),
			received_at: dayOfConsultation(i * 7919)
		});
	});
	corpus.emailComments.forEach((text, i) =>
		add(text, { channel: 'email', received_at: dayOfConsultation(i * 104729) })
	);
	const mixed = [
		...corpus.offTopicComments,
		...corpus.personalDataComments,
		...corpus.spamComments
	];
	mixed.forEach((text, i) => {
		const channel = pick(['kiosk', 'online', 'email'] as const);
		const at = stand(i);
		add(text, {
			channel,
			event_id: channel === 'kiosk' ? at.id : channel === 'online' ? plan.onlineId : null,
			received_at:
				channel === 'kiosk' ? minutesAfter(at.starts_at, 30 + i) : dayOfConsultation(i * 15485863)
		});
	});
	return comments;
}

function meetingFields(plan: Plan, tableId: number | null, i: number) {
	return {
		channel: 'meeting' as const,
		event_id: plan.meeting.id,
		table_id: tableId,
		received_at: minutesAfter(plan.meeting.starts_at, 30 + (i % 120))
	};
}

/** A stable UUID per demo comment, so a second seed run is a replay, not new opinions. */
function demoUuid(index: number): string {
	const hex = createHash('sha256').update(`glosy-demo-comment-${index}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function minutesAfter(localStart: string, minutes: number): string {
	return new Date(new Date(`${localStart}:00+02:00`).getTime() + minutes * 60000).toISOString();
}

function dayOfConsultation(seed: number): string {
	const start = new Date('2018-05-15T06:00:00Z').getTime();
	const span = 29 * 24 * 60 * 60 * 1000;
	return new Date(start + (seed % span)).toISOString();
}

function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
