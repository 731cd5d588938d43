/**
 * The link-preview card of each published essay: its title, and the film it is about. One list,
 * read by the dev server's card endpoint and by the list a build writes for its last step.
 */
import { catalogue } from '../content/queries';
import type { SocialCard } from './social-card';
import { essayCardPath } from './social-image';

/** An essay's card and where it goes, relative to the site's base. */
export interface EssayCard {
  id: string;
  file: string;
  card: SocialCard;
}

export async function essayCards(): Promise<EssayCard[]> {
  const cat = await catalogue();
  return cat.essays.map((essay) => {
    const film = cat.film(essay.data.films[0]!.id).data;
    return {
      id: essay.id,
      file: essayCardPath(essay.id),
      card: { title: essay.data.title, footer: { film: film.title, year: film.year, directors: film.directors } },
    };
  });
}
