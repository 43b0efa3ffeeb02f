import { ageBandLabel, channelLabel, districtLabel } from '$lib/i18n/labels';
import { formatDate } from '$lib/domain/format';
import { nextDay } from '$lib/domain/warsaw-date';
import type { ReportSnapshot } from '$lib/domain/report';
import { CHANNELS } from '$lib/domain/vocabularies';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * A chart as ready series: the page draws it with Chart.js in the browser, the DOCX export on the
 * server, and both print the same numbers in a table beside it. `links` (per series, per label)
 * open the opinions behind a figure in the workspace; the public report has none.
 */
export interface ChartSpec {
	id: string;
	title: string;
	kind: 'bar' | 'line';
	horizontal: boolean;
	stacked: boolean;
	/** Header of the data table's first column. */
	categoryLabel: string;
	labels: string[];
	series: ChartSeries[];
}

export interface ChartSeries {
	label: string;
	values: number[];
	links: (string | null)[] | null;
}

/** Inbox filters (as the inbox's query string has them) for the opinions behind a figure. */
export type Filters = Record<string, string>;
/** Makes a link from filters, or null where the reader has no workspace (the public report). */
export type DrillLink = ((filters: Filters) => string) | null;

export function reportCharts(
	report: ReportSnapshot,
	locale: Locale,
	drill: DrillLink
): ChartSpec[] {
	const link = (filters: Filters[]) => (drill ? filters.map(drill) : null);
	const areaName = (code: number) => m.report_area_short({ code }, { locale });
	const opinions = m.report_series_opinions({}, { locale });
	const bar = (
		id: string,
		title: string,
		categoryLabel: string,
		rows: { label: string; n: number; filters: Filters }[],
		horizontal = true
	): ChartSpec => ({
		id,
		title,
		kind: 'bar',
		horizontal,
		stacked: false,
		categoryLabel,
		labels: rows.map((r) => r.label),
		series: [
			{ label: opinions, values: rows.map((r) => r.n), links: link(rows.map((r) => r.filters)) }
		]
	});
	const charts: ChartSpec[] = [
		bar('areas', m.report_chart_areas({}, { locale }), m.report_col_area({}, { locale }), [
			...report.areas.map((a) => ({
				label: `${areaName(a.code)} ${a.name}`,
				n: a.opinions,
				filters: { area: String(a.id) }
			})),
			{
				label: m.report_without_area({}, { locale }),
				n: report.withoutArea,
				filters: { area: 'none' }
			}
		])
	];
	for (const area of report.areas.filter((a) => a.themes.length > 0)) {
		charts.push(
			bar(
				`themes-${area.code}`,
				m.report_chart_themes({ area: `${areaName(area.code)} ${area.name}` }, { locale }),
				m.report_col_theme({}, { locale }),
				area.themes.map((t) => ({
					label: t.name,
					n: t.n,
					filters: { area: String(area.id), theme: String(t.id) }
				}))
			)
		);
	}
	charts.push(areaByChannel(report, locale, link));
	charts.push(
		bar('events', m.report_chart_events({}, { locale }), m.report_col_event({}, { locale }), [
			...report.events.map((e) => ({
				label: e.title,
				n: e.opinions,
				filters: { event: String(e.id) }
			})),
			{
				label: m.report_without_event({}, { locale }),
				n: report.withoutEvent,
				filters: { event: 'none' }
			}
		]),
		bar(
			'districts',
			m.report_chart_districts({}, { locale }),
			m.report_col_district({}, { locale }),
			report.districts.map((d) => ({
				label: d.key === 'none' ? m.not_given({}, { locale }) : districtLabel(d.key, locale),
				n: d.n,
				filters: { district: d.key }
			}))
		),
		bar(
			'ages',
			m.report_chart_ages({}, { locale }),
			m.report_col_age({}, { locale }),
			report.ageBands.map((a) => ({
				label: a.key === 'none' ? m.not_given({}, { locale }) : ageBandLabel[a.key]({}, { locale }),
				n: a.n,
				filters: { age: a.key }
			})),
			false
		),
		{
			...bar(
				'time',
				m.report_chart_time({}, { locale }),
				m.report_col_day({}, { locale }),
				everyDay(report.overTime).map((d) => ({
					label: formatDate(d.key, locale),
					n: d.n,
					filters: { from: d.key, to: d.key }
				})),
				false
			),
			kind: 'line'
		}
	);
	return charts;
}

function areaByChannel(
	report: ReportSnapshot,
	locale: Locale,
	link: (filters: Filters[]) => (string | null)[] | null
): ChartSpec {
	const channels = CHANNELS.filter((c) => report.areaByChannel.some((r) => r.channel === c));
	const rows = [
		...report.areas.map((a) => ({
			id: a.id,
			label: m.report_area_short({ code: a.code }, { locale })
		})),
		{ id: null, label: m.report_without_area({}, { locale }) }
	];
	const count = (areaId: number | null, channel: string) =>
		report.areaByChannel.find((r) => r.areaId === areaId && r.channel === channel)?.n ?? 0;
	return {
		id: 'area-channel',
		title: m.report_chart_area_channel({}, { locale }),
		kind: 'bar',
		horizontal: true,
		stacked: true,
		categoryLabel: m.report_col_area({}, { locale }),
		labels: rows.map((r) => r.label),
		series: channels.map((channel) => ({
			label: channelLabel[channel]({}, { locale }),
			values: rows.map((r) => count(r.id, channel)),
			links: link(rows.map((r) => ({ area: r.id === null ? 'none' : String(r.id), channel })))
		}))
	};
}

/** Days without opinions as zeros, so that a line's spacing is time; a long span stays sparse. */
function everyDay(days: ReportSnapshot['overTime']): ReportSnapshot['overTime'] {
	const first = days[0];
	const last = days.at(-1);
	if (!first || !last) return [];
	const span = (Date.parse(last.key) - Date.parse(first.key)) / 86_400_000;
	if (span > 366) return days;
	const counts = new Map(days.map((d) => [d.key, d.n]));
	const filled: ReportSnapshot['overTime'] = [];
	for (let day = first.key; day <= last.key; day = nextDay(day)) {
		filled.push({ key: day, n: counts.get(day) ?? 0 });
	}
	return filled;
}
