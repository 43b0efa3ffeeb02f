import type { ReportEvent } from '$lib/domain/report';
import { formatDate, formatTimeRange } from '$lib/domain/format';
import type { EventKind } from '$lib/domain/vocabularies';
import { accessibilityLabel, districtLabel, eventKindLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { opt, type DocxContext } from './context';

export const eventKind = (ctx: DocxContext, kind: EventKind) => eventKindLabel[kind]({}, opt(ctx));

export function areaLabel(ctx: DocxContext, areaId: number | null): string {
	const area = ctx.report.areas.find((a) => a.id === areaId);
	if (!area) return m.report_without_area({}, opt(ctx));
	return `${m.report_area_short({ code: area.code }, opt(ctx))} ${area.name}`;
}

/** "29 maja 2018 r., 17.30–20.00", or only the day when no hour was recorded. */
export function eventWhen(ctx: DocxContext, event: ReportEvent): string {
	if (!event.startsAt) return '—';
	const day = formatDate(event.startsAt, ctx.locale);
	if (!event.startsAt.includes('T')) return day;
	return `${day}, ${formatTimeRange(event.startsAt, event.endsAt, ctx.locale)}`;
}

export function eventWhere(ctx: DocxContext, event: ReportEvent): string {
	const district = event.district ? districtLabel(event.district, ctx.locale) : '';
	return [event.place, event.address, district].filter((s) => s.trim()).join(', ') || '—';
}

export function accessibilityOf(ctx: DocxContext, event: ReportEvent): string {
	return event.accessibility.map((f) => accessibilityLabel[f]({}, opt(ctx))).join(', ');
}
