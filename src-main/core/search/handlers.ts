// The search channel → the search service.
import type { Handlers } from '../../shared/contract';
import type { searchChannels } from '../../shared/search/searchChannels';
import type { SearchService } from './searchService';

export function searchHandlers(s: {
  search: SearchService;
}): Handlers<keyof typeof searchChannels> {
  return {
    'search.query': s.search.query,
  };
}
