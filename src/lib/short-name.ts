/** A server-sent name cut to `max` characters for running text; show the full one in a title. */
export function shortName(name: string, max = 80): string {
  const characters = [...name];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : name;
}
