import { describe, expect, it } from 'vitest';
import { pairingView as sut } from './pairing-view';

describe('pairingView', () => {
	it('points the QR code at the kiosk page with the code, and keeps the expiry', async () => {
		const device = { id: 4, name: 'Tablet 1' } as Parameters<typeof sut>[0]['device'];
		const expiresAt = new Date('2026-06-05T10:15:00Z');

		const view = await sut(
			{ device, pairingCode: 'K7F2-9QXM', expiresAt },
			'https://glosy.um.warszawa.pl'
		);

		expect(view).toMatchObject({
			deviceId: 4,
			name: 'Tablet 1',
			code: 'K7F2-9QXM',
			expiresAt: '2026-06-05T10:15:00.000Z',
			url: 'https://glosy.um.warszawa.pl/kiosk?code=K7F2-9QXM'
		});
		expect(view.qrSvg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
		expect(view.qrSvg).not.toMatch(/<script|on\w+=/i);
	});
});
