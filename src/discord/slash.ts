// Turns a command definition into the JSON that registers it as a slash command, with German localisations.
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type APIApplicationCommandBasicOption } from 'discord.js';
import type { CommandDef, OptionDef } from '../command.js';

const TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  attachment: ApplicationCommandOptionType.Attachment,
} as const;

function optionJson(o: OptionDef): APIApplicationCommandBasicOption {
  const base = {
    name: o.name,
    name_localizations: { de: o.nameDe },
    description: o.descriptionEn.slice(0, 100),
    description_localizations: { de: o.description.slice(0, 100) },
    required: o.required ?? false,
  };
  if (o.type === 'string') {
    return { ...base, type: TYPES.string, ...(o.maxLength ? { max_length: o.maxLength } : {}), ...(o.autocomplete ? { autocomplete: true } : {}) };
  }
  if (o.type === 'integer') return { ...base, type: TYPES.integer, min_value: o.min, max_value: o.max };
  if (o.type === 'attachment') return { ...base, type: TYPES.attachment };
  return { ...base, type: TYPES.boolean };
}

export function slashCommandJson(def: CommandDef): RESTPostAPIChatInputApplicationCommandsJSONBody {
  // Discord wants required options first.
  const options = [...def.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map(optionJson);
  return {
    name: def.name,
    name_localizations: { de: def.nameDe },
    description: def.descriptionEn.slice(0, 100),
    description_localizations: { de: def.description.slice(0, 100) },
    options,
    // Changing the corpus: for members who may manage the server, and only on a server (not in direct messages).
    ...(def.permission === 'manage-server'
      ? { default_member_permissions: PermissionFlagsBits.ManageGuild.toString(), contexts: [InteractionContextType.Guild] } : {}),
  };
}
