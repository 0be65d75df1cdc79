// The ordered list of schema migrations: entry i moves the database from user_version i to i+1.
// Append only: never edit a migration that has shipped, add the next one instead.
import { INITIAL_SCHEMA } from './001-initial'
import { OPTIONAL_FIELDS_SCHEMA } from './002-optional-fields'
import { NATURAL_SORT_SCHEMA } from './003-natural-sort'

export const MIGRATIONS: readonly string[] = [INITIAL_SCHEMA, OPTIONAL_FIELDS_SCHEMA, NATURAL_SORT_SCHEMA]
