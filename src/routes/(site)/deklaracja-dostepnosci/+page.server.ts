import { error } from '@sveltejs/kit';
import {
	AccessibilityStatementError,
	loadAccessibilityStatement,
	type LocalizedText
} from '$lib/server/config/accessibility-statement';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** A text in the reader's language, else in Polish, with the language it is really in. */
function inLocale(text: LocalizedText, locale: string) {
	const own = text[locale as keyof LocalizedText];
	return own ? { text: own, lang: locale } : { text: text.pl, lang: 'pl' };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const statement = await loadAccessibilityStatement().catch((cause: unknown) => {
		if (!(cause instanceof AccessibilityStatementError)) throw cause;
		console.error(`[${locals.requestId}] ${cause.message}`);
		error(503, { message: m.a11y_unavailable(), requestId: locals.requestId });
	});
	const locale = getLocale();
	const local = (text: LocalizedText) => inLocale(text, locale);
	return {
		statement: {
			publisher: local(statement.publisher),
			siteName: local(statement.siteName),
			siteUrl: `${url.origin}/`,
			publishedOn: statement.publishedOn,
			updatedOn: statement.updatedOn,
			preparedOn: statement.preparedOn,
			reviewedOn: statement.reviewedOn,
			status: statement.status,
			assessment: statement.assessment.method,
			assessedBy: statement.assessment.by ? local(statement.assessment.by) : null,
			contact: statement.contact,
			gaps: statement.gaps.map((gap) => ({
				content: local(gap.content),
				reason: local(gap.reason)
			})),
			architecture: {
				address: local(statement.architecture.address),
				description: statement.architecture.description.map(local),
				example: statement.architecture.example
			},
			mobileApps: local(statement.mobileApps)
		}
	};
};
