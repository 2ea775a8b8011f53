// dist/embed.js: embed.html loads it; it draws what the query string asks for.
import { startEmbed } from './embed-page';

startEmbed(document, location.search, window.parent);
