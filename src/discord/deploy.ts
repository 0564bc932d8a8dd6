// `npm run deploy`: registers the slash commands over REST, to one server or globally. The bot never does this itself.
import { REST, Routes } from 'discord.js';
import { ConfigError, readConfig } from '../config.js';
import { loadCommands } from '../commands-loader.js';
import { redact } from '../log.js';
import { slashCommandJson } from './slash.js';

async function deploy(): Promise<number> {
  const config = readConfig();
  if (!config.discord) throw new ConfigError(['DISCORD_TOKEN fehlt: ohne Token kann ich keine Befehle registrieren.']);
  if (!config.discord.clientId) throw new ConfigError(['DISCORD_CLIENT_ID fehlt: die Anwendungs-ID aus dem Developer Portal.']);
  const { commands, problems } = await loadCommands();
  for (const p of problems) process.stderr.write(`Übersprungen: commands/${p.file} – ${p.reason}\n`);
  const body = [...commands.values()].map(slashCommandJson);
  const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(config.discord.token);
  const { clientId, guildId } = config.discord;
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  try {
    await rest.put(route, { body });
  } catch (err) {
    process.stderr.write(`Registrieren fehlgeschlagen: ${redact((err as Error).message, [config.discord.token])}\n`);
    return 1;
  }
  process.stdout.write(`${body.length} Befehle ${guildId ? `auf dem Server ${guildId}` : 'global (kann bis zu einer Stunde dauern)'} registriert:\n`);
  for (const c of body) process.stdout.write(`  /${c.name} (de: /${c.name_localizations?.de}) – ${c.description_localizations?.de}\n`);
  return 0;
}

try {
  process.exitCode = await deploy();
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Fehler: ${(err as Error).message}`}\n`);
  process.exitCode = 1;
}
