// The search channel: name and result type.
import { returns } from '../channelParts';
import type { SearchHit } from '../domain';

export const searchChannels = {
  'search.query': returns<SearchHit[]>(),
};
