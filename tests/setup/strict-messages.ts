// Unit and DOM tests: a message that no locale file has is an error that fails the test, not a key
// quietly shown to the reader (components/ui/i18n.ts reports it on the console in the extension).
import { setMissingMessageHandler } from '../../components/ui/i18n';

export function throwOnMissingMessage(name: string): never {
  throw new Error(`No message "${name}" in public/_locales: add it to en/messages.json and every other locale`);
}

setMissingMessageHandler(throwOnMissingMessage);
