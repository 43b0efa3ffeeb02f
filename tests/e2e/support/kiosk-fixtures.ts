import { test as base } from './fixtures';
import { DevicesPage, KioskPage } from './kiosk';

type KioskFixtures = { devices: DevicesPage; deviceName: string; tablet: KioskPage };

/**
 * A facilitator on the open Neighbour Day event, and a tablet of its own (a fresh browser context,
 * no staff cookies) paired to that event by code.
 */
export const test = base.extend<KioskFixtures>({
	devices: async ({ facilitatorPage }, use) => {
		const devices = new DevicesPage(facilitatorPage);
		await devices.open();
		await use(devices);
	},
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for
	deviceName: async ({}, use, testInfo) => {
		await use(`Tablet ${testInfo.testId.slice(-10)}`);
	},
	tablet: async ({ browser, devices, deviceName }, use) => {
		const code = await devices.add(deviceName);
		const context = await browser.newContext();
		const tablet = new KioskPage(await context.newPage());
		await tablet.pair(code);
		await use(tablet);
		await context.close();
	}
});

export { expect } from './fixtures';
