import * as v from 'valibot';
import { OPINION_LIMITS, opinionTextUpTo } from './opinion';

/** The widest limit here; the service holds each opinion to its own channel's limit. */
export const redactionSchema = v.object({
	redacted_text: opinionTextUpTo(OPINION_LIMITS.recordedText)
});
