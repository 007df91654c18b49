// "Search: Find in Journal" asks the search view to focus its box.
import { viewFocus } from '../../ui/focusRequests';

const searchFocus = viewFocus();

export const useSearchFocus = searchFocus.useRequests;
export const requestSearchFocus = searchFocus.request;
export const takeSearchFocus = searchFocus.take;
