// Entry file of the people domain: what other domains may import.
export { createPeopleService, type PeopleService } from './person.service.ts';
export { personPath, type Person, type PersonInput, type PersonLink, type PersonRecord } from './person.ts';
