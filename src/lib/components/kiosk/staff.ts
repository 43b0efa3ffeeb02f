export { default as PinPrompt } from './PinPrompt.svelte';
export { default as StaffPanel } from './StaffPanel.svelte';
