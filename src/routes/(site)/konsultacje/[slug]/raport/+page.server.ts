import { publishedReportPage } from './published';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => publishedReportPage(event, null);
