import type { Database } from '../../src/lib/server/db/connect';
import { insertUser } from '../../src/lib/server/repositories/users';
import { saveArea, saveTheme } from '../../src/lib/server/services/codebook';
import { createConsultation } from '../../src/lib/server/services/consultations';
import { saveEvent, saveTable } from '../../src/lib/server/services/events';
import type { DistrictCode } from '../../src/lib/domain/districts';
import type { EventInput } from '../../src/lib/schemas/event';
import type { BenchContext, BenchEvent } from './opinions';

const AREAS = [
	'Budowanie otwartości i wspieranie nawiązywania relacji w środowisku lokalnym',
	'Rozwijanie aktywności społecznej i współpracy lokalnej',
	'Budowanie poczucia przynależności i identyfikacji z miejscem'
];

const THEMES: [name: string, area: number | null][] = [
	['Miejsca spotkań sąsiadów', 0],
	['Seniorzy i samotność', 0],
	['Integracja nowych mieszkańców', 0],
	['Wolontariat i pomoc sąsiedzka', 1],
	['Domy kultury i biblioteki', 1],
	['Inicjatywy i budżet mieszkańców', 1],
	['Historia i tożsamość dzielnicy', 2],
	['Zieleń i podwórka', 2],
	['Wydarzenia lokalne', 2],
	['Informacja i komunikacja', null],
	['Dostępność', null],
	['Cudzoziemcy i język', null]
];

const STANDS: DistrictCode[] = [
	'wola',
	'bielany',
	'targowek',
	'mokotow',
	'ursynow',
	'praga-polnoc',
	'bemowo',
	'bialoleka'
];

function event(
	kind: EventInput['kind'],
	title: string,
	overrides: Partial<EventInput>
): EventInput {
	return {
		kind,
		title,
		place: '',
		address: '',
		district: null,
		organiser: '',
		starts_at: null,
		ends_at: null,
		participants_count: null,
		accessibility_notes: '',
		...overrides
	};
}

/** A consultation with 3 areas, 12 themes, a meeting with 3 tables, 8 stands, an online form. */
export async function createBenchConsultation(
	db: Database,
	seed: number
): Promise<Omit<BenchContext, 'seed'>> {
	const earlier = await db
		.selectFrom('consultations')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	const stamp = `${seed}-${Number(earlier.n) + 1}`;
	const created = await createConsultation(
		db,
		{
			title: `Benchmark ${stamp}`,
			slug: `benchmark-${stamp}`,
			description: '',
			vision_text: '',
			questions: [],
			opens_on: '2026-05-04',
			closes_on: '2026-05-31',
			status: 'open',
			rodo_clause: ''
		},
		null
	);
	if (!created.ok) throw new Error(`bench consultation: ${JSON.stringify(created.errors)}`);
	const consultationId = created.id;
	const areaIds: number[] = [];
	for (const [i, name] of AREAS.entries()) {
		const area = await saveArea(
			db,
			consultationId,
			null,
			{ code: i + 1, name_pl: name, name_en: '', description: '', colour: '#1f5fa8' },
			null
		);
		if (!area?.ok) throw new Error('bench area not saved');
		areaIds.push(area.id);
	}
	const themeIds: number[] = [];
	for (const [name, area] of THEMES) {
		const areaId = area === null ? null : areaIds[area]!;
		const theme = await saveTheme(
			db,
			consultationId,
			null,
			{ name, description: '', area_id: areaId },
			null
		);
		if (!theme?.ok) throw new Error('bench theme not saved');
		themeIds.push(theme.id);
	}
	const events: BenchEvent[] = [];
	const tables: { id: number; eventId: number }[] = [];
	const add = async (input: EventInput) => {
		const saved = await saveEvent(db, consultationId, null, input, null);
		if (!saved) throw new Error('bench event not saved');
		events.push({
			id: saved.id,
			kind: input.kind,
			district: input.district,
			startsAt: input.starts_at
		});
		return saved.id;
	};
	const meetingId = await add(
		event('open_meeting', 'Otwarte spotkanie konsultacyjne', {
			district: 'srodmiescie',
			starts_at: '2026-05-12T17:30',
			ends_at: '2026-05-12T20:00'
		})
	);
	for (const [i, areaId] of areaIds.entries()) {
		const input = { name: `Stolik ${i + 1}`, area_id: areaId, participants_count: 8 + i };
		const table = await saveTable(
			db,
			{ id: meetingId, consultation_id: consultationId },
			null,
			input,
			null
		);
		if (!table?.ok) throw new Error('bench table not saved');
		tables.push({ id: table.id, eventId: meetingId });
	}
	for (const [i, district] of STANDS.entries()) {
		const day = String(5 + i * 3).padStart(2, '0');
		await add(
			event('neighbour_day', `Dzień Sąsiada ${i + 1}`, {
				district,
				starts_at: `2026-05-${day}T12:00`,
				ends_at: `2026-05-${day}T18:00`
			})
		);
	}
	await add(event('online', 'Formularz online', {}));
	const users: number[] = [];
	for (const n of [1, 2, 3]) {
		const email = `analyst${n}.${stamp}@bench.example.org`;
		users.push(await insertUser(db, { email, displayName: `Analityk ${n}`, role: 'analyst' }));
	}
	return {
		consultationId,
		events,
		tables,
		areaIds,
		themeIds,
		users,
		startsOn: '2026-05-04T00:00:00Z'
	};
}
