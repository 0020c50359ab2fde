#pragma once

namespace Chairside::SqliteLibrary {

// Sets up the SQLite library for this process, once, before its first connection opens:
// SQLite keeps no memory statistics (each of its allocations would otherwise take a global
// mutex to count itself; nothing in Chairside reads them). A no-op once SQLite is in use.
void configure();

} // namespace Chairside::SqliteLibrary
