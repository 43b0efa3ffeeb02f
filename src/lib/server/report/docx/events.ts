import type { ReportEvent } from '$lib/domain/report';
import { m } from '$lib/paraglide/messages';
import { num, opt, PAGE, type DocxContext } from './context';
import { accessibilityOf, areaLabel, eventKind, eventWhen, eventWhere } from './labels';
import { dataTable } from './table';
import { bullet, heading, para, type Block } from './text';

/** The events table, each meeting with its themed tables, and the accessibility measures. */
export function eventsBlocks(ctx: DocxContext): Block[] {
	const o = opt(ctx);
	const { events } = ctx.report;
	const blocks: Block[] = [heading(3, m.docx_events({}, o))];
	if (events.length === 0) return [...blocks, para(m.docx_no_events({}, o))];
	blocks.push(eventsTable(ctx, events));
	for (const event of events.filter((e) => e.kind === 'open_meeting' || e.tables.length > 0)) {
		blocks.push(...meetingBlocks(ctx, event));
	}
	blocks.push(heading(3, m.docx_accessibility({}, o)));
	const accessible = events.filter(
		(e) => e.accessibility.length > 0 || e.accessibilityNotes.trim()
	);
	if (accessible.length === 0) blocks.push(para(m.docx_no_accessibility({}, o)));
	for (const event of accessible) {
		const measures = [accessibilityOf(ctx, event), event.accessibilityNotes.trim()];
		blocks.push(bullet(`${event.title}: ${measures.filter(Boolean).join('. ')}`));
	}
	return blocks;
}

function eventsTable(ctx: DocxContext, events: ReportEvent[]) {
	const o = opt(ctx);
	const columns = [
		{ header: m.report_col_event({}, o), width: 2400 },
		{ header: m.docx_col_kind({}, o), width: 1300 },
		{ header: m.docx_col_place({}, o), width: 2200 },
		{ header: m.docx_col_date({}, o), width: 1700 },
		{ header: m.docx_col_participants({}, o), width: 1019, numeric: true },
		{ header: m.docx_col_opinions({}, o), width: PAGE.portrait - 8619, numeric: true }
	];
	const rows = events.map((e) => [
		e.title,
		eventKind(ctx, e.kind),
		eventWhere(ctx, e),
		eventWhen(ctx, e),
		e.participants === null ? '—' : num(ctx, e.participants),
		num(ctx, e.opinions)
	]);
	return dataTable(columns, rows, { size: 18 });
}

function meetingBlocks(ctx: DocxContext, event: ReportEvent): Block[] {
	const o = opt(ctx);
	const title =
		event.kind === 'open_meeting' ? m.docx_open_meeting({ title: event.title }, o) : event.title;
	const blocks: Block[] = [
		heading(3, title),
		para(`${eventWhen(ctx, event)}; ${eventWhere(ctx, event)}`)
	];
	if (event.participants !== null) {
		blocks.push(para(m.docx_meeting_participants({ count: num(ctx, event.participants) }, o)));
	}
	if (event.accessibility.length > 0) {
		blocks.push(para(m.docx_meeting_access({ features: accessibilityOf(ctx, event) }, o)));
	}
	if (event.tables.length === 0) return blocks;
	const columns = [
		{ header: m.docx_col_table({}, o), width: 3438 },
		{ header: m.report_col_area({}, o), width: 3400 },
		{ header: m.docx_col_participants({}, o), width: 1400, numeric: true },
		{ header: m.docx_col_opinions({}, o), width: 1400, numeric: true }
	];
	const rows = event.tables.map((t) => [
		t.name,
		areaLabel(ctx, t.areaId),
		t.participants === null ? '—' : num(ctx, t.participants),
		num(ctx, t.opinions)
	]);
	return [...blocks, para(m.docx_meeting_tables({}, o), { bold: true }), dataTable(columns, rows)];
}
