// The profile's channels (its pages, skills, goals) → its services.
import type { Handlers } from '../../shared/contract';
import type { profileChannels } from '../../shared/profile/profileChannels';
import type { GoalsService } from './goalsService';
import type { ProfileService } from './profileService';
import type { SkillsService } from './skillsService';

export function profileHandlers(s: {
  profile: ProfileService;
  skills: SkillsService;
  goals: GoalsService;
}): Handlers<keyof typeof profileChannels> {
  return {
    'profile.get': s.profile.get,
    'skills.list': s.skills.list,
    'skills.add': s.skills.add,
    'skills.rename': s.skills.rename,
    'skills.rate': s.skills.rate,
    'skills.setColleaguesView': s.skills.setColleaguesView,
    'skills.remove': s.skills.remove,
    'goals.list': s.goals.list,
    'goals.save': s.goals.save,
    'goals.remove': s.goals.remove,
  };
}
