import { authorize } from '$lib/server/auth/guards';
import type { RequestHandler } from './$types';

// Semicolons and a BOM: what a Polish Excel opens as columns with the letters intact.
const TEMPLATE = '\uFEFFTreść;Data wpływu;Dzielnica;Wiek;Obszar;Zgłaszający\r\n';

export const GET: RequestHandler = (event) => {
	authorize(event, 'comments:import');
	return new Response(TEMPLATE, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="szablon-import-opinii.csv"'
		}
	});
};
