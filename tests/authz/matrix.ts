/**
 * Who may take each way into Głosy, as the HTTP status each of them gets. Written from the rules
 * (src/lib/domain/roles.ts `can()`, the guards, what each route does), not read back from the app.
 * Staff routes act on a throwaway consultation (`$own`, created by the e2e spec) so that nothing
 * here changes the demo data other specs rely on. Actions are posted an empty form unless a way
 * says otherwise: 400 for a role that may act, and nothing stored. docs/authorization.md explains.
 */
import { device, everyone, staff, type RouteEntry } from './cells';

const C = '/(site)/staff/consultations/[slug]';
const own = { slug: '$own' };

/** Who of the staff may act, as `can()` has it: the admin always, analysts, facilitators. */
const allStaff = staff({ facilitator: 200, analyst: 200, admin: 200 });
const forAdmin = (status: number) => staff({ facilitator: 403, analyst: 403, admin: status });
const forAnalysts = (status: number) => staff({ facilitator: 403, analyst: status, admin: status });
const forFacilitators = (status: number) =>
	staff({ facilitator: status, analyst: 403, admin: status });
const loggedInSentOn = (status: number) => ({
	anonymous: status,
	kiosk: status,
	facilitator: '303 /staff' as const,
	analyst: '303 /staff' as const,
	admin: '303 /staff' as const
});

export const matrix: Record<string, RouteEntry> = {
	// Public pages and files.
	'/(site)': { ways: { load: everyone(200) } },
	'/(site)/deklaracja-dostepnosci': { ways: { load: everyone(200) } },
	'/(site)/status': { ways: { load: everyone(200) } },
	'/(site)/invite/[token]': {
		params: { token: 'no-such-invitation' },
		ways: { load: everyone(200), '?/default': everyone(400) }
	},
	'/(site)/konsultacje/[slug]': {
		params: { slug: 'wspolnota-dzialania' },
		ways: { load: everyone(200), '?/default': everyone(400) }
	},
	'/(site)/konsultacje/[slug]/raport': {
		params: { slug: 'program-wspolnota-2018' },
		ways: { load: everyone(200) }
	},
	'/(site)/konsultacje/[slug]/raport/[version]': {
		params: { slug: 'program-wspolnota-2018', version: '1' },
		ways: { load: everyone(200) }
	},
	'/(site)/konsultacje/[slug]/raport/[version]/dane.zip': {
		params: { slug: 'program-wspolnota-2018', version: '1' },
		ways: { GET: everyone(200) }
	},
	'/(site)/konsultacje/[slug]/raport/[version]/raport.docx': {
		params: { slug: 'program-wspolnota-2018', version: '1' },
		ways: { GET: everyone(200) }
	},
	'/healthz': { ways: { GET: everyone(200) } },
	'/lang/[locale]': { params: { locale: 'pl' }, ways: { GET: everyone('303 /') } },
	'/kiosk': { ways: { load: everyone(200) } },

	// Logging in and out: whoever is logged in is sent on; logging out works for anyone.
	'/(site)/login': {
		ways: { load: loggedInSentOn(200), '?/default': loggedInSentOn(400) }
	},
	'/(site)/logout': {
		ways: {
			load: everyone('303 /'),
			'?/default': { expect: everyone('303 /login'), ownSession: true }
		}
	},

	// The kiosk API answers devices only (pairing needs no token: it is how a device gets one).
	'/api/kiosk/pair': { ways: { POST: { expect: everyone(400), json: {} } } },
	'/api/kiosk/config': { ways: { GET: device(200) } },
	'/api/kiosk/opinions': { ways: { POST: { expect: device(400), json: {} } } },
	'/api/kiosk/end': { ways: { POST: { expect: device(204), json: {}, ownDevice: true } } },

	// Staff: the office, users and personal data.
	'/(site)/staff': { ways: { load: allStaff } },
	'/(site)/staff/users': {
		ways: {
			load: forAdmin(200),
			'?/invite': forAdmin(400),
			'?/reinvite': forAdmin(404),
			'?/toggle': forAdmin(404)
		}
	},
	'/(site)/staff/rodo': {
		ways: { load: forAdmin(200), '?/find': forAdmin(400), '?/erase': forAdmin(400) }
	},
	'/(site)/staff/rodo/export': { ways: { POST: forAdmin(400) } },
	'/(site)/staff/consultations': { ways: { load: allStaff } },
	'/(site)/staff/consultations/new': {
		ways: { load: forAdmin(200), '?/default': forAdmin(400) }
	},

	// Staff: one consultation.
	[C]: { params: own, ways: { load: allStaff, '?/default': forAdmin(400) } },
	[`${C}/areas`]: { params: own, ways: { load: allStaff, '?/save': forAdmin(400) } },
	[`${C}/themes`]: {
		params: own,
		ways: {
			load: allStaff,
			'?/save': forAnalysts(400),
			'?/retire': forAnalysts(404),
			'?/reinstate': forAnalysts(404),
			'?/merge': forAnalysts(404)
		}
	},
	[`${C}/events`]: { params: own, ways: { load: allStaff } },
	[`${C}/events/new`]: { params: own, ways: { load: forAdmin(200), '?/save': forAdmin(400) } },
	[`${C}/events/[id]`]: {
		params: { ...own, id: '$ownEvent' },
		ways: {
			load: allStaff,
			'?/save': forAdmin(400),
			'?/saveTable': forAdmin(400),
			'?/deleteTable': forAdmin(404),
			'?/addDevice': forFacilitators(400),
			'?/newPairingCode': forFacilitators(404),
			'?/revokeDevice': forFacilitators(404)
		}
	},
	[`${C}/events/[id]/notes`]: {
		params: { ...own, id: '$ownEvent' },
		ways: {
			load: forFacilitators(200),
			'?/preview': forFacilitators(400),
			'?/save': forFacilitators(400),
			'?/updateNote': forFacilitators(404),
			'?/deleteNote': forFacilitators(404),
			// An empty meeting record is a valid one: it is saved, on the throwaway meeting.
			'?/saveRecord': forFacilitators(200),
			'?/addTable': forFacilitators(400)
		}
	},
	[`${C}/import`]: { params: own, ways: { load: forAnalysts(200) } },
	[`${C}/import/email`]: {
		params: own,
		ways: { load: forAnalysts(200), '?/default': forAnalysts(400) }
	},
	[`${C}/import/table`]: {
		params: own,
		ways: { load: forAnalysts(200), '?/default': forAnalysts(400) }
	},
	[`${C}/import/table/template.csv`]: { params: own, ways: { GET: forAnalysts(200) } },
	// The upload is the admin's: anyone else's answer is the same 404 as for no upload at all.
	[`${C}/import/table/[upload]`]: {
		params: { ...own, upload: '$adminUpload' },
		ways: {
			load: staff({ facilitator: 403, analyst: 404, admin: 200 }),
			'?/preview': staff({ facilitator: 403, analyst: 404, admin: 400 }),
			'?/import': staff({ facilitator: 403, analyst: 404, admin: 400 })
		}
	},
	[`${C}/opinions`]: {
		params: own,
		// The inbox streams part of its data, and kit then sends every page with 200
		// (sveltejs/kit#16933): a refused form arrives as 200 with its errors on the page.
		ways: {
			load: forAnalysts(200),
			'?/code': forAnalysts(200),
			'?/exclude': forAnalysts(200),
			'?/bulk': forAnalysts(200),
			'?/assignBatch': forAnalysts(200)
		}
	},
	[`${C}/opinions/[id]`]: {
		params: { ...own, id: '$ownOpinion' },
		ways: {
			load: forAnalysts(200),
			'?/code': forAnalysts(400),
			'?/exclude': forAnalysts(400),
			'?/split': forAnalysts(400),
			'?/respond': forAnalysts(400),
			// These act on the opinion whatever the form: the throwaway one is neither set aside
			// nor split, and has no response.
			'?/restore': forAnalysts(409),
			'?/join': forAnalysts(404),
			'?/clearResponse': forAnalysts(200)
		}
	},
	[`${C}/opinions/[id]/redaction`]: {
		params: { ...own, id: '$ownOpinion' },
		ways: { load: forAnalysts(200), '?/save': forAnalysts(400), '?/reset': forAnalysts(200) }
	},
	[`${C}/duplicates`]: {
		params: own,
		ways: { load: forAnalysts(200), '?/mark': forAnalysts(400), '?/unmark': forAnalysts(409) }
	},
	[`${C}/responses`]: {
		params: own,
		ways: { load: forAnalysts(200), '?/respondToTheme': forAnalysts(404) }
	},
	[`${C}/agreement`]: {
		params: own,
		ways: { load: forAnalysts(200), '?/create': forAnalysts(400) }
	},
	[`${C}/agreement/[sampleId]`]: {
		params: { ...own, sampleId: '$ownSample' },
		ways: { load: forAnalysts(200) }
	},
	[`${C}/agreement/[sampleId]/adjudicate`]: {
		params: { ...own, sampleId: '$ownSample' },
		ways: { load: forAnalysts(200), '?/adjudicate': forAnalysts(400) }
	},
	// The analyst codes this sample blind; the admin may code, but is not one of its coders.
	[`${C}/agreement/[sampleId]/code`]: {
		params: { ...own, sampleId: '$ownSample' },
		ways: {
			load: staff({ facilitator: 403, analyst: 200, admin: 403 }),
			'?/save': {
				expect: staff({ facilitator: 403, analyst: 400, admin: 403 }),
				form: { comment_id: '1' }
			}
		}
	},
	[`${C}/report`]: {
		params: own,
		ways: {
			load: forAnalysts(200),
			// Publishing needs no form: the admin publishes the throwaway consultation's report.
			'?/publish': forAdmin(200)
		}
	},
	[`${C}/report/export/docx`]: { params: own, ways: { GET: forAnalysts(200) } },
	[`${C}/report/exports`]: {
		params: own,
		ways: { load: forAnalysts(200), '?/start': forAnalysts(400) }
	},
	// The export job is the admin's: to the analyst it does not exist.
	[`${C}/report/exports/[job]`]: {
		params: { ...own, job: '$adminJob' },
		ways: { GET: staff({ facilitator: 403, analyst: 404, admin: 200 }) }
	},
	[`${C}/report/exports/[job]/status`]: {
		params: { ...own, job: '$adminJob' },
		ways: { GET: staff({ facilitator: 403, analyst: 404, admin: 200 }) }
	}
};
