#pragma once

#include <QString>

namespace Chairside {

// What went wrong with the local store, in a form the UI can show and tests can check.
struct StoreError
{
    enum class Kind {
        CannotOpen,  // the file or folder cannot be opened or created
        NewerSchema, // written by a newer Chairside; refused, never downgraded
        Corrupt,     // not a database, or PRAGMA quick_check failed
        DiskFull,    // SQLITE_FULL: nothing was written
        Migration,   // a schema step failed and was rolled back
        Query,       // any other SQL error
    };
    Kind kind = Kind::Query;
    QString message; // one sentence for a person, already translated
    QString detail;  // the driver's text, for logs (never personal data)
};

} // namespace Chairside
