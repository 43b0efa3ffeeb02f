import type { Database } from '../../src/lib/server/db/connect';
import { fold } from '../../src/lib/domain/fold';
import { listThemes } from '../../src/lib/server/repositories/codebook';
import { findUserByEmail } from '../../src/lib/server/repositories/users';
import { codeOpinion } from '../../src/lib/server/services/coding';
import { excludeOpinions } from '../../src/lib/server/services/moderation';
import { respondToTheme } from '../../src/lib/server/services/responses';
import * as corpus from './corpus';
import { demoUsers } from './program-wspolnota';

/** Word stems (folded) that send an opinion to a theme, as a demo analyst would read them. */
const THEME_CUES: Record<string, readonly string[]> = {
	'Spotkania sąsiedzkie': [
		'piknik',
		'festyn',
		'sasiad',
		'grill',
		'potancow',
		'spotkan',
		'kino plen',
		'sasiedz',
		'znaj',
		'znal',
		'dzien dobry',
		'klatc'
	],
	'Integracja nowych mieszkańców': ['nowi ', 'nowych', 'ukrain', 'cudzoziem', 'expat', 'integr'],
	'Relacje międzypokoleniowe': ['senior', 'babci', 'dzieci', 'mlodziez', 'pokolen', 'dziadk'],
	'Miejsca spotkań': ['dom kultury', 'mal ', 'bibliotek', 'swietlic', 'klub'],
	'Wolontariat i pomoc sąsiedzka': ['wolontar', 'pomoc', 'zakup', 'odwiedz', 'samotn'],
	'Wsparcie dla inicjatyw lokalnych': ['inicjatyw', 'grant', 'organizac', 'fundacj', 'partnerst'],
	'Informacja i komunikacja': ['informac', 'info ', 'tablic', 'ogloszen', 'wiedzial', 'internet'],
	'Przestrzeń publiczna i zieleń': [
		'lawk',
		'drzew',
		'zielen',
		'skwer',
		'podwork',
		'park',
		'kwiat',
		'ogrod',
		'lawek',
		'kosz',
		'smieci',
		'plac zabaw',
		'boisk'
	],
	'Tożsamość i historia miejsca': ['histori', 'tradycj', 'kamienic', 'dum', 'kocham', 'najlepsz'],
	Bezpieczeństwo: ['bezpiecz', 'oswietl', 'strach'],
	'Dostępność i włączanie': ['niepelnospraw', 'wozk', 'bariera', 'migow', 'jezyk', 'english']
};

/** The last opinions received stay waiting, so the workspace has something to do. */
const LEFT_WAITING = 60;

/**
 * Codes the 2018 consultation the way its analysts would have: themes by the words used, areas
 * from the themes, spam and off-topic excluded, a few themes answered. Runs inside the seeding
 * transaction, through the same services the workspace uses, so the audit log tells the story.
 */
export async function seedCoding(db: Database, consultationId: number) {
	const analyst = await findUserByEmail(db, demoUsers.find((u) => u.role === 'analyst')!.email);
	if (!analyst) return;
	const themes = await listThemes(db, consultationId);
	const comments = await db
		.selectFrom('comments')
		.select(['id', 'text'])
		.where('consultation_id', '=', consultationId)
		.orderBy('received_at')
		.orderBy('id')
		.execute();
	const excluded = new Set([...corpus.spamComments, ...corpus.offTopicComments]);
	const waiting = new Set(comments.slice(-LEFT_WAITING).map((c) => c.id));
	for (const comment of comments) {
		// Spam is set aside as it arrives; coding lags behind.
		if (excluded.has(comment.text)) {
			const reason = corpus.spamComments.includes(comment.text) ? 'spam' : 'off_topic';
			await excludeOpinions(db, analyst.id, consultationId, [comment.id], {
				reason,
				duplicateOfId: null
			});
			continue;
		}
		if (waiting.has(comment.id)) continue;
		const text = ` ${fold(comment.text)} `;
		const matched = themes.filter((t) => THEME_CUES[t.name]?.some((cue) => text.includes(cue)));
		const areaIds = [
			...new Set(matched.flatMap((t) => (t.area_id === null ? [] : [t.area_id])))
		].slice(0, 3);
		await codeOpinion(db, analyst.id, consultationId, comment.id, {
			areaIds,
			themeIds: matched.map((t) => t.id),
			expectedVersion: 0
		});
	}
	const themeId = (name: string) => themes.find((t) => t.name === name)?.id;
	for (const [name, status, justification] of RESPONSES) {
		const id = themeId(name);
		if (id !== undefined)
			await respondToTheme(db, analyst.id, consultationId, id, { status, justification });
	}
}

const RESPONSES: [string, string, string][] = [
	[
		'Spotkania sąsiedzkie',
		'accepted',
		'Program przewiduje wsparcie dla cyklicznych spotkań sąsiedzkich, także poza Warszawskim Dniem Sąsiada.'
	],
	[
		'Przestrzeń publiczna i zieleń',
		'partly_accepted',
		'Zagospodarowanie zieleni i małej architektury należy do dzielnic; program wesprze inicjatywy mieszkańców w tym zakresie.'
	],
	[
		'Bezpieczeństwo',
		'out_of_scope',
		'Sprawy bezpieczeństwa i oświetlenia przekazano do właściwych biur urzędu i do dzielnic.'
	]
];
