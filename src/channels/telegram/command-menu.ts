import type { Api } from "grammy";
import type { LoggerPort } from "../../engine/logger-port.ts";

/** A command list for one audience and language, as shown in Telegram's menu. */
export interface CommandMenu {
  readonly scope: "private" | "group";
  /** undefined: the default for every language. */
  readonly languageCode?: "vi" | "en";
  readonly commands: readonly { readonly command: string; readonly description: string }[];
}

/** Sets every menu; a failure is logged and never stops the bot. */
export async function setCommandMenus(api: Api, menus: readonly CommandMenu[], logger: LoggerPort): Promise<void> {
  for (const menu of menus) {
    try {
      const scope = menu.scope === "private" ? ({ type: "all_private_chats" } as const) : ({ type: "all_group_chats" } as const);
      await api.setMyCommands([...menu.commands], menu.languageCode ? { scope, language_code: menu.languageCode } : { scope });
    } catch (error) {
      logger.warn({ err: error, scope: menu.scope, language: menu.languageCode }, "could not set the command menu");
    }
  }
}
