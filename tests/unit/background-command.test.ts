import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '../../entrypoints/background';

type CommandListener = (command: string, tab?: Browser.tabs.Tab) => Promise<void> | void;
const commandListeners: CommandListener[] = [];

beforeAll(() => {
  // WXT's fake browser has no commands API: keep what the background registers, to call it.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void commandListeners.push(listener));
  background.main(); // once: messaging allows one listener per message type
});

beforeEach(() => {
  vi.restoreAllMocks();
});

/** The tab messages the background sends (the messaging library calls chrome.tabs.sendMessage with a callback). */
const spyOnTabMessages = () =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((...args: unknown[]) => {
    const respond = args.find((a) => typeof a === 'function') as ((response: unknown) => void) | undefined;
    respond?.(undefined);
    return Promise.resolve(undefined);
  }) as typeof fakeBrowser.tabs.sendMessage);

const press = async (command: string, tab?: Browser.tabs.Tab) => {
  for (const listener of commandListeners) await listener(command, tab);
};

describe('background: the keyboard command', () => {
  it('registers one command listener', () => {
    expect(commandListeners).toHaveLength(1);
  });

  it('"next-claim" asks the tab it was pressed in to step to the next highlight', async () => {
    const sent = spyOnTabMessages();
    await press('next-claim', { id: 7 } as Browser.tabs.Tab);
    expect(sent).toHaveBeenCalledTimes(1);
    const [tabId, message] = sent.mock.calls[0]!;
    expect(tabId).toBe(7);
    expect(message).toMatchObject({ type: 'stepHighlight', data: 1 });
  });

  it('ignores other commands and commands without a tab', async () => {
    const sent = spyOnTabMessages();
    await press('something-else', { id: 7 } as Browser.tabs.Tab);
    await press('next-claim', undefined);
    expect(sent).not.toHaveBeenCalled();
  });
});
