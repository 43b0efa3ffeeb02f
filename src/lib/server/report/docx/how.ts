import { formatDate } from '$lib/domain/format';
import { channelLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { opt, type DocxContext } from './context';
import { eventsBlocks } from './events';
import { chartBlocks } from './figures';
import { heading, para, type Block } from './text';

/** Dates, channels, the events and their accessibility, written from the data. */
export function howBlocks(ctx: DocxContext): Block[] {
	const { report, locale } = ctx;
	const o = opt(ctx);
	const date = (d: string) => formatDate(d, locale);
	const { opensOn, closesOn } = report.consultation;
	const blocks: Block[] = [heading(2, m.docx_how({}, o))];
	if (opensOn && closesOn) {
		blocks.push(para(m.docx_dates_span({ from: date(opensOn), to: date(closesOn) }, o)));
	} else if (opensOn) blocks.push(para(m.docx_dates_from({ from: date(opensOn) }, o)));
	else if (closesOn) blocks.push(para(m.docx_dates_to({ to: date(closesOn) }, o)));
	const { firstAt, lastAt } = report.figures;
	if (firstAt && lastAt) {
		blocks.push(para(m.docx_arrivals({ first: date(firstAt), last: date(lastAt) }, o)));
	}
	const channels = report.channels.map((c) => channelLabel[c.key]({}, o));
	blocks.push(
		para(
			channels.length > 0
				? m.docx_channels_used({ channels: channels.join(', ') }, o)
				: m.docx_no_channels({}, o)
		),
		...chartBlocks(ctx, 'time'),
		...eventsBlocks(ctx)
	);
	return blocks;
}
