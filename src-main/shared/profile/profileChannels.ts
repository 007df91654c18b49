// The profile's channels (its pages, skills and goals): names and result types.
import { returns } from '../channelParts';
import type { Entry, Goal, Skill } from '../domain';

export const profileChannels = {
  'profile.get': returns<Entry>(),
  'skills.list': returns<Skill[]>(),
  'skills.add': returns<Skill>(),
  'skills.rename': returns<Skill>(),
  'skills.rate': returns<Skill>(),
  'skills.setColleaguesView': returns<Skill>(),
  'skills.remove': returns<null>(),
  'goals.list': returns<Goal[]>(),
  'goals.save': returns<Goal>(),
  'goals.remove': returns<null>(),
};
