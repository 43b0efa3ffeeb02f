import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '$lib/domain/format';
import { reportCharts } from '$lib/report/charts';
import type { Database } from '../db/connect';
import { renderReportCharts } from '../report/docx/figures';
import { packDocument, reportDocument } from '../report/docx/document';
import { createTestDb } from '../testing/db';
import {
	descendants,
	headings,
	PNG_SIGNATURE,
	readDocx,
	type DocxPackage
} from '../testing/docx-package';
import { makeConsultation, makeUser } from '../testing/factories';
import { consultationRow, makeDocxReport, NAUGHTY_TEXT } from '../testing/report-docx';
import { buildReport } from './report';
import { publishReport } from './report-publish';
import { reportDocx as sut } from './report-docx';

let db: Database;
let fixture: Awaited<ReturnType<typeof makeDocxReport>>;
let live: DocxPackage;
let progress: [number, number][];

beforeAll(async () => {
	db = await createTestDb();
	fixture = await makeDocxReport(db);
	progress = [];
	live = readDocx(await sut(db, fixture.consultation, null, (d, t) => progress.push([d, t])));
});

describe('reportDocx', () => {
	it('makes a Word package whose document parses as XML', () => {
		expect(live.parts).toEqual(
			expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml'])
		);
		expect(live.document.elements?.[0]?.name).toBe('w:document');
	});

	it('heads the report and its sections with Word heading styles in Polish', () => {
		expect(headings(live, 'Heading1')).toEqual(['Raport z konsultacji']);
		expect(headings(live, 'Heading2')).toEqual([
			'Najważniejsze liczby',
			'O co pytaliśmy',
			'Jak pytaliśmy',
			'Kto wziął udział',
			'Co usłyszeliśmy',
			'Odpowiedzi na uwagi',
			'Zestawienie uwag'
		]);
		expect(headings(live, 'Heading3')).toEqual(
			expect.arrayContaining([
				'Wydarzenia',
				'Spotkanie otwarte: Otwarte spotkanie konsultacyjne',
				'Dostępność',
				'Reprezentatywność',
				'Obszar 1. Budowanie otwartości',
				'Tematy przekrojowe'
			])
		);
	});

	it('draws every chart of the report as a PNG with alt text', async () => {
		const charts = reportCharts(await buildReport(db, fixture.consultation), 'pl', null);
		const altTexts = [...descendants(live.document, 'wp:docPr')].map((e) => e.attributes);

		expect(live.images).toHaveLength(charts.length);
		for (const png of live.images) expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(altTexts.map((a) => a?.title)).toEqual(
			expect.arrayContaining(charts.map((c) => c.title))
		);
		expect(altTexts.every((a) => String(a?.descr).includes('w tabeli pod nim'))).toBe(true);
		expect(new Set(altTexts.map((a) => a?.id)).size).toBe(charts.length);
	});

	it('writes figures, dates and plurals in Polish', () => {
		expect(live.text).toContain('5 uwag');
		expect(live.text).toContain('zakodowano 4 z 5 uwag');
		expect(live.text).toContain('65 osób na spotkaniach i wydarzeniach');
		expect(live.text).toContain('2 wydarzenia');
		expect(live.text).toContain('1 uwaga odłożona');
		expect(live.text).toContain('Konsultacje trwały od 15 maja 2018 r. do 13 czerwca 2018 r.');
		expect(live.text).toContain('29 maja 2018 r., 17.30–20.00');
		expect(live.text).toContain('Tłumacz lub tłumaczka PJM');
		expect(live.text).toContain('nie podano');
		expect(live.text).not.toContain('NaN');
	});

	it('attributes quotes without naming anyone', () => {
		expect(live.text).toContain('mieszkanka lub mieszkaniec Woli, Otwarte spotkanie konsultacyjne');
	});

	it('lists every counted opinion in the zestawienie, under a header repeated on each page', () => {
		const tables = [...descendants(live.document, 'w:tbl')];
		const zestawienie = tables.at(-1)!;
		const rows = [...descendants(zestawienie, 'w:tr')];

		expect(rows).toHaveLength(1 + 5);
		expect([...descendants(rows[0]!, 'w:tblHeader')]).toHaveLength(1);
		expect(live.text).toContain('Nie dotyczy programu <b>Wspólnota</b>.');
		expect(live.text).not.toContain('Tanie kredyty');
	});

	it('keeps hostile opinion text inert: escaped markup, the formula as text, no control characters', () => {
		const inert = NAUGHTY_TEXT.replace('\u0001', '');

		expect(live.text).toContain(inert);
		expect(live.documentXml).toContain('&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;wstrzyknięte');
		expect(live.documentXml).not.toContain('\u0001');
		expect(live.paragraphs.some((p) => p.text === 'wstrzyknięte')).toBe(false);
	});

	it('reports its progress up to the end', () => {
		const [lastDone, lastTotal] = progress.at(-1)!;

		expect(lastDone).toBe(lastTotal);
		expect(progress.map(([done]) => done)).toEqual(
			[...progress.map(([d]) => d)].sort((a, b) => a - b)
		);
		expect(progress.length).toBeGreaterThan(5);
	});

	it('follows an English reader', async () => {
		const docx = readDocx(await sut(db, fixture.consultation, null, undefined, 'en'));

		expect(headings(docx, 'Heading1')).toEqual(['Consultation report']);
		expect(headings(docx, 'Heading2')).toContain('Who took part');
	});
});

describe('reportDocx of a published version', () => {
	it('shows the frozen figures, whatever happened since', async () => {
		const admin = await makeUser(db, 'admin');
		const published = await publishReport(db, admin.id, fixture.consultation);
		if (!published.ok) throw new Error('fixture: not published');
		await db
			.updateTable('comments')
			.set({ status: 'excluded', excluded_reason: 'duplicate' })
			.where('id', '=', fixture.ids.online)
			.execute();

		const frozen = readDocx((await sut(db, fixture.consultation, { version: published.version }))!);
		const now = readDocx(await sut(db, fixture.consultation, null));

		expect(frozen.text).toContain(`Wersja ${published.version}, opublikowana`);
		expect(frozen.text).toContain('5 uwag');
		expect(now.text).toContain('4 uwagi');
		expect(now.text).toContain('Wersja robocza');
	});

	it('is null for a version that does not exist', async () => {
		expect(await sut(db, fixture.consultation, { version: 99 })).toBeNull();
	});
});

describe('reportDocx of an empty consultation', () => {
	it('is an honest valid document without charts or NaN', async () => {
		const empty = await makeConsultation(db);

		const docx = readDocx(await sut(db, await consultationRow(db, empty.slug), null));

		expect(headings(docx, 'Heading2')).toContain('Zestawienie uwag');
		expect(docx.images).toHaveLength(0);
		expect(docx.text).toContain('Nie wpłynęły jeszcze żadne uwagi.');
		expect(docx.text).toContain('Brak danych do wykresu: Uwagi według dzielnicy.');
		expect(docx.text).toContain('0 uwag');
		expect(docx.text).not.toContain('NaN');
	});
});

describe('the zestawienie beyond the document limit', () => {
	it('says how many opinions there are and where the full table is', async () => {
		const report = await buildReport(db, fixture.consultation);
		const rows = [];
		for await (const slice of (await import('./report-opinions')).reportOpinionSlices(
			db,
			fixture.consultation.id,
			null
		)) {
			rows.push(...slice);
		}
		const ctx = {
			locale: 'pl' as const,
			report,
			edition: null,
			charts: await renderReportCharts(report, 'pl')
		};

		const docx = readDocx(
			await packDocument(reportDocument(ctx, { rows: rows.slice(0, 2), total: 7012 }))
		);

		expect(docx.text).toContain(
			`Dokument zawiera pierwsze 2 z ${formatNumber(7012, 'pl')} uwag w kolejności wpływu. Pełne zestawienie jest w eksporcie XLSX i CSV.`
		);
		const zestawienie = [...descendants(docx.document, 'w:tbl')].at(-1)!;
		expect([...descendants(zestawienie, 'w:tr')]).toHaveLength(1 + 2);
	});
});
