/**
 * The link-preview image of each published essay: its title, and the film it is about. One list,
 * read by the dev server's image endpoint and by the list a build writes for its last step.
 */
import { catalogue } from '../content/queries';
import type { SocialImageText } from './social-image-drawing';
import { essaySocialImagePath } from './social-image';

/** What an essay's preview image says and where it goes, relative to the site's base. */
export interface EssaySocialImage {
  id: string;
  file: string;
  text: SocialImageText;
}

export async function essaySocialImages(): Promise<EssaySocialImage[]> {
  const cat = await catalogue();
  return cat.essays.map((essay) => {
    const film = cat.film(essay.data.films[0]!.id).data;
    return {
      id: essay.id,
      file: essaySocialImagePath(essay.id),
      text: { title: essay.data.title, footer: { film: film.title, year: film.year, directors: film.directors } },
    };
  });
}
