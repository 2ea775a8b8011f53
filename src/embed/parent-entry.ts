// dist/embed-parent.js: the embedding page loads it; it resizes every embed iframe to its content.
import { resizeEmbeds } from './embed-parent';

resizeEmbeds(document);
