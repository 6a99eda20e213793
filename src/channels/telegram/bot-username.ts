import { Api } from "grammy";

/** The bot's @username from getMe, for invite deep links. */
export async function fetchBotUsername(token: string, apiRoot?: string): Promise<string> {
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  return (await api.getMe()).username;
}
